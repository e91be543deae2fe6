import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { statusReportMessages } from '../../shared/status-report/messages.js';
import { ReviewActions } from '../../shared/status-report/review-actions.js';
import { Section } from '../../ui/page.js';
import { CloseCycleDialog, OpenCycleButton } from './cycle-forms.js';
import { cycleMessages } from './cycle-messages.js';
import type { Lagebild } from './lagebild-query.js';
import { lagebildMessages } from './messages.js';

/** The measure page's status report section (features/measures), where a report is submitted. */
const REPORT_ANCHOR = '#sachstandsbericht-title';

export interface CycleRights {
  readonly open: boolean;
  readonly close: boolean;
  readonly review: boolean;
  readonly submit: boolean;
  readonly reportValues: boolean;
}

/**
 * The open reporting cycle: how many reports are in and which are missing (each a way to
 * submit it), the reports awaiting the ministry's review, and opening and closing cycles.
 * With an action field chosen, only its measures' reports count.
 */
export const CycleSection = ({
  data,
  inFilter,
  may,
  valuesHref,
  reload,
  done,
}: {
  readonly data: Lagebild;
  /** Whether a measure is in the chosen action field (every measure without a filter). */
  readonly inFilter: (measureId: string) => boolean;
  readonly may: CycleRights;
  /** The bulk values table, for the action field chosen. */
  readonly valuesHref: string;
  readonly reload: () => void;
  readonly done: (message: string) => void;
}) => {
  const m = useMessages(lagebildMessages);
  const c = useMessages(cycleMessages);
  const r = useMessages(statusReportMessages);
  const format = useFormat();
  const href = useHrefWithAsOf();
  const cycle = data.reportingCycles[0];
  const reports = (cycle?.reports ?? []).filter(
    (report) => report.measure !== null && inFilter(report.measure.id),
  );
  const toReview = reports.filter((report) => report.status === 'SUBMITTED');
  const missing = data.missingReports;
  const actions = cycle ? (
    <span className="row">
      {may.reportValues ? (
        <Link className="button" href={valuesHref}>
          {c.reportValues}
        </Link>
      ) : null}
      {may.close ? <CloseCycleDialog cycle={cycle} reload={reload} done={done} /> : null}
    </span>
  ) : may.open ? (
    <OpenCycleButton done={done} />
  ) : null;
  return (
    <Section title={m.cycle} id="lagebild-cycle" actions={actions}>
      {cycle === undefined ? (
        <p className="meta">{m.noCycle}</p>
      ) : (
        <>
          <p>
            {m.cycleProgress(
              cycle.title,
              format.date(cycle.deadline),
              reports.length,
              missing.length,
            )}
          </p>
          {missing.length > 0 ? (
            <>
              <h3>{m.missing}</h3>
              <ul>
                {missing.map(({ measure, returned }) => (
                  <li key={measure.id}>
                    <Link href={href(itemPath('Measure', measure.id))}>{measure.title}</Link>
                    {returned ? ` (${m.returned})` : ''}
                    {may.submit ? (
                      <>
                        {' · '}
                        <Link
                          href={`${href(itemPath('Measure', measure.id))}${REPORT_ANCHOR}`}
                          aria-label={c.submitReportFor(measure.title)}
                        >
                          {c.submitReport}
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{c.toReview}</h3>
          {toReview.length === 0 ? (
            <p className="meta">{c.noneToReview}</p>
          ) : (
            <ul>
              {toReview.map((report) =>
                report.measure ? (
                  <li key={report.measure.id}>
                    <Link href={href(itemPath('Measure', report.measure.id))}>
                      {report.measure.title}
                    </Link>{' '}
                    <span className={`badge badge--${report.confidence}`}>
                      {r[report.confidence]}
                    </span>{' '}
                    <span className="meta">{r.submittedOn(format.date(report.submittedAt))}</span>
                    {report.narrative ? <p className="prose">{report.narrative}</p> : null}
                    {may.review ? (
                      <ReviewActions
                        cycle={{ ...cycle, reload }}
                        measure={report.measure}
                        done={done}
                      />
                    ) : null}
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </>
      )}
    </Section>
  );
};
