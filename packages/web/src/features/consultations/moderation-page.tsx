import { useState } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { DECISION_FIELDS } from '../../commands/decision-fields.js';
import { TransitionDialog } from '../../commands/transition-form.js';
import { type FragmentOf, type ResultOf, readFragment } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useViewer } from '../../session/session.js';
import { useSectorLabel } from '../../shared/options.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page, Section } from '../../ui/page.js';
import { useSubject } from './consultations-page.js';
import { consultationMessages } from './messages.js';
import { OpenConsultationForm } from './open-consultation-form.js';
import {
  AcceptSubmission,
  CloseConsultation,
  ConsultationFields,
  DeclineSubmission,
  ModerationQuery,
  useConsultationQuery,
} from './queries.js';

type Consultation = ResultOf<typeof ConsultationFields>;

/**
 * The team's moderation queue of one process: confirmed submissions, taken up as suggestions or
 * declined with a reason the submitter is told; and for the ministry its consultations, opened
 * and closed here.
 */
export const ModerationPage = () => {
  const m = useMessages(consultationMessages);
  const format = useFormat();
  const sectorLabel = useSectorLabel();
  const subject = useSubject();
  const viewer = useViewer();
  const [{ data, fetching, error }, reload] = useConsultationQuery(ModerationQuery);
  const [taken, setTaken] = useState<readonly { id: string; title: string }[]>([]);
  const consultations = (data?.consultations.edges ?? []).map((edge) =>
    readFragment(ConsultationFields, edge.node as FragmentOf<typeof ConsultationFields>),
  );
  const target = (consultation: Consultation) => ({
    id: consultation.id,
    version: consultation.version,
    reload,
  });
  return (
    <Page title={m.moderationTitle}>
      {fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      <div role="status">
        {taken.map((suggestion) => (
          <p key={suggestion.id} className="notice notice--success">
            {m.accepted}{' '}
            <Link href={itemPath('Suggestion', suggestion.id)}>{suggestion.title}</Link>
          </p>
        ))}
      </div>
      {data ? (
        <Section title={m.queueTitle} id="queue">
          {data.consultationModerationQueue.length === 0 ? <Empty>{m.queueEmpty}</Empty> : null}
          <ul className="consultation__queue">
            {data.consultationModerationQueue.map((submission) => {
              const consultation = readFragment(ConsultationFields, submission.consultation);
              const who = submission.submitter.erased
                ? m.erased
                : [submission.submitter.name ?? m.anonymous, submission.submitter.email]
                    .filter(Boolean)
                    .join(' · ');
              return (
                <li key={submission.submissionId} className="consultation__submission">
                  <p className="consultation__meta">
                    {consultation.title} · {sectorLabel(submission.sector)} ·{' '}
                    {m.received(format.dateTime(submission.confirmedAt))}
                  </p>
                  <blockquote>{submission.text}</blockquote>
                  <p className="consultation__meta">{who}</p>
                  {viewer.can('acceptSubmission') ? (
                    <div className="form__actions">
                      <TransitionDialog
                        label={m.accept}
                        variant="primary"
                        small
                        mutation={AcceptSubmission}
                        target={target(consultation)}
                        input={{ submissionId: submission.submissionId }}
                        intro={m.acceptIntro(
                          consultation.actionField
                            ? m.acceptWhereField(consultation.actionField.title)
                            : m.acceptWhereMeeting(consultation.meeting?.title ?? ''),
                        )}
                        onDone={(result) => {
                          const suggestion = result.acceptSubmission.suggestion;
                          if (suggestion) setTaken((before) => [...before, suggestion]);
                          reload();
                        }}
                      />
                      <TransitionDialog
                        label={m.decline}
                        variant="danger"
                        small
                        mutation={DeclineSubmission}
                        target={target(consultation)}
                        input={{ submissionId: submission.submissionId }}
                        formFields={DECISION_FIELDS}
                        intro={m.declineIntro}
                        reason="required"
                        onDone={reload}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      {data ? (
        <Section title={m.manageTitle} id="consultations">
          {consultations.length === 0 ? <Empty>{m.manageEmpty}</Empty> : null}
          <ul className="consultation__list">
            {consultations.map((consultation) => (
              <li key={consultation.id}>
                <strong>{consultation.title}</strong>{' '}
                <span className="consultation__meta">
                  ({consultation.open ? m.open : m.closed} · {subject(consultation)} ·{' '}
                  {m.period(format.date(consultation.opensOn), format.date(consultation.closesOn))})
                </span>{' '}
                {consultation.open && viewer.can('closeConsultation') ? (
                  <TransitionDialog
                    label={m.close}
                    small
                    accessibleLabel={`${m.close}: ${consultation.title}`}
                    mutation={CloseConsultation}
                    target={target(consultation)}
                    intro={m.closeIntro}
                    onDone={reload}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {viewer.can('openConsultation') ? (
            <OpenConsultationForm
              actionFields={(data.actionFields.edges ?? [])
                .map((edge) => edge.node)
                .filter((field) => field.status === 'active')}
              meetings={data.meetings.edges.map((edge) => edge.node)}
              onDone={reload}
            />
          ) : null}
        </Section>
      ) : null}
    </Page>
  );
};
