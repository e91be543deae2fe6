import { Link } from 'wouter';
import { itemPath } from '../../../app/paths.js';
import { useHrefWithAsOf } from '../../../as-of/as-of.js';
import { useMessages } from '../../../i18n/i18n.js';
import { useActionFieldName } from '../../../shared/action-fields.js';
import { useChannelLabel, useMeetingDate, useSectorLabel } from '../../../shared/options.js';
import { Empty } from '../../../ui/feedback.js';
import { Section } from '../../../ui/page.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import { suggestionMessages } from './messages.js';
import type { SuggestionData } from './suggestion-query.js';

type Submitter = NonNullable<SuggestionData['submitter']>;

/** Who made it: personal data the team and the ministry see, until it is erased. */
const SubmitterText = ({ submitter }: { submitter: SuggestionData['submitter'] }) => {
  const m = useMessages(suggestionMessages);
  if (!submitter) return <>{m.noSubmitter}</>;
  if (submitter.erased) return <em>{m.erased}</em>;
  const parts = [submitter.name, submitter.organisation, submitter.email].filter(
    (part): part is NonNullable<Submitter['name']> => Boolean(part),
  );
  return <>{parts.length > 0 ? parts.join(', ') : m.notPublic}</>;
};

export const SuggestionDetails = ({ suggestion }: { suggestion: SuggestionData }) => {
  const m = useMessages(suggestionMessages);
  const channelLabel = useChannelLabel();
  const href = useHrefWithAsOf();
  const sectorLabel = useSectorLabel();
  const fieldName = useActionFieldName();
  const meetingDate = useMeetingDate();
  return (
    <>
      <Section id="suggestion-text" title={m.textSection}>
        <p className="prose">{suggestion.text}</p>
      </Section>
      <Section id="suggestion-details" title={m.details}>
        <dl className="details">
          <dt>{m.sector}</dt>
          <dd>{sectorLabel(suggestion.sector)}</dd>
          <dt>{m.channel}</dt>
          <dd>{channelLabel(suggestion.channel)}</dd>
          {suggestion.meeting ? (
            <>
              <dt>{m.meeting}</dt>
              <dd>
                <Link href={href(itemPath('Meeting', suggestion.meeting.id))}>
                  {suggestion.meeting.title}
                </Link>{' '}
                <span className="meta">({meetingDate(suggestion.meeting.date)})</span>
              </dd>
            </>
          ) : null}
          <dt>{m.actionFields}</dt>
          <dd>
            {suggestion.actionFields.length > 0
              ? suggestion.actionFields.map(fieldName).join(', ')
              : m.noActionFields}
          </dd>
          <dt>{m.submitter}</dt>
          <dd>
            <SubmitterText submitter={suggestion.submitter} />
          </dd>
          {suggestion.declineReason ? (
            <>
              <dt>{m.declineReason}</dt>
              <dd className="prose">{suggestion.declineReason}</dd>
            </>
          ) : null}
        </dl>
      </Section>
      <Section id="taken-up-by" title={m.takenUpBy}>
        {suggestion.takenUpBy.length === 0 ? (
          <Empty>{m.notTakenUp}</Empty>
        ) : (
          <ul className="link-list">
            {suggestion.takenUpBy.map((item) => (
              <li key={item.id} className="row">
                <Link href={href(itemPath(item.__typename, item.id))}>{item.title}</Link>
                <StatusBadge kind={item.__typename} status={item.status} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
};
