import { CommandDialog } from '../../commands/command-dialog.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useToday } from '../../i18n/time-zone.js';
import { statusReportMessages } from '../../shared/status-report/messages.js';
import { defaultReferenceDate } from '../../shared/status-report/reference-date.js';
import { ReviewActions } from '../../shared/status-report/review-actions.js';
import { Section } from '../../ui/page.js';
import type { MeasureFormProps } from './lifecycle-forms.js';
import type { OpenCycle } from './measure-query.js';
import { reportMessages } from './report-messages.js';
import { SubmitReportForm } from './submit-report-form.js';

/** The anchor the Lagebild's "missing reports" link to. */
export const REPORT_SECTION_ID = 'sachstandsbericht';

/**
 * The measure's report in the open reporting cycle: its state and, for who may, submitting it
 * (again after a return) or reviewing it.
 */
export const StatusReportSection = ({
  cycle,
  may,
  ...props
}: Omit<MeasureFormProps, 'close'> & {
  readonly cycle: OpenCycle | undefined;
  readonly may: { readonly submit: boolean; readonly review: boolean };
}) => {
  const m = useMessages(reportMessages);
  const r = useMessages(statusReportMessages);
  const format = useFormat();
  const today = useToday();
  const { measure, reload, done } = props;
  if (!cycle) {
    return (
      <Section title={m.title} id={REPORT_SECTION_ID}>
        <p className="meta">{m.noCycle}</p>
      </Section>
    );
  }
  const report = cycle.reports.find((each) => each.measure?.id === measure.id);
  const canSubmit = may.submit && (!report || report.status === 'RETURNED');
  const submitLabel = report ? m.resubmit : m.submit;
  return (
    <Section
      title={m.title}
      id={REPORT_SECTION_ID}
      actions={
        canSubmit ? (
          <CommandDialog label={submitLabel} title={m.submitTitle(cycle.title)} variant="primary">
            {(close) => (
              <SubmitReportForm
                {...props}
                cycle={{ ...cycle, reload }}
                defaultDate={defaultReferenceDate(cycle.deadline, today)}
                close={close}
              />
            )}
          </CommandDialog>
        ) : null
      }
    >
      <p>{m.cycle(cycle.title, format.date(cycle.deadline))}</p>
      {report ? (
        <>
          <p>
            <span className={`badge badge--${report.status}`}>{r[report.status]}</span>{' '}
            {r.submittedOn(format.date(report.submittedAt))}
          </p>
          {report.returnReason ? <p>{r.returnReason(report.returnReason)}</p> : null}
          <p>
            {r.confidence}:{' '}
            <span className={`badge badge--${report.confidence}`}>{r[report.confidence]}</span>
            {report.confidenceReason ? ` ${report.confidenceReason}` : ''}
            {report.measureProgress === null
              ? ''
              : ` · ${r.progress(format.percent(report.measureProgress))}`}
          </p>
          {report.narrative ? <p className="prose">{report.narrative}</p> : null}
          {may.review && report.status === 'SUBMITTED' ? (
            <ReviewActions cycle={{ ...cycle, reload }} measure={measure} done={done} />
          ) : null}
        </>
      ) : (
        <p className="meta">{m.missing}</p>
      )}
    </Section>
  );
};
