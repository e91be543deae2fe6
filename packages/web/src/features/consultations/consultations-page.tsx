import { Link } from 'wouter';
import { readFragment } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useViewer } from '../../session/session.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';
import { consultationMessages } from './messages.js';
import { ConsultationFields, OpenConsultationsQuery, useConsultationQuery } from './queries.js';
import { SubmissionForm } from './submission-form.js';

/** What a consultation is about, in a line. */
export const useSubject = () => {
  const m = useMessages(consultationMessages);
  return (consultation: {
    readonly actionField: { readonly title: string } | null;
    readonly meeting: { readonly title: string } | null;
  }) =>
    consultation.actionField
      ? m.subjectField(consultation.actionField.title)
      : consultation.meeting
        ? m.subjectMeeting(consultation.meeting.title)
        : '';
};

/**
 * The public consultation page (no account): the process's open consultations, each with its
 * form. Mobile first: one column, the form under its call.
 */
export const ConsultationsPage = () => {
  const m = useMessages(consultationMessages);
  const format = useFormat();
  const subject = useSubject();
  const viewer = useViewer();
  const [{ data, fetching, error }, reload] = useConsultationQuery(OpenConsultationsQuery);
  const moderates = viewer.can('acceptSubmission') || viewer.can('openConsultation');
  const consultations = data?.consultations.edges.map((edge) => edge.node) ?? [];
  return (
    <Page
      title={m.title}
      subtitle={m.intro}
      actions={
        moderates ? (
          <Link href="/beteiligung/moderation" className="button">
            {m.moderationLink}
          </Link>
        ) : undefined
      }
    >
      {fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} retry={reload} /> : null}
      {data && consultations.length === 0 ? <Empty>{m.none}</Empty> : null}
      {consultations.map((node) => {
        const consultation = readFragment(ConsultationFields, node);
        const headingId = `consultation-${consultation.id}`;
        return (
          <section
            key={consultation.id}
            className="section consultation"
            aria-labelledby={headingId}
          >
            <h2 id={headingId}>{consultation.title}</h2>
            <p className="consultation__meta">
              {subject(consultation)}
              {' · '}
              {m.period(format.date(consultation.opensOn), format.date(consultation.closesOn))}
            </p>
            <p className="consultation__description">{consultation.description}</p>
            {consultation.acceptsSubmissions ? (
              <SubmissionForm
                consultation={{ id: consultation.id, privacyNotice: node.privacyNotice }}
              />
            ) : (
              <p>{m.notYet(format.date(consultation.opensOn))}</p>
            )}
          </section>
        );
      })}
    </Page>
  );
};
