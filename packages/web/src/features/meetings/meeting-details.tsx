import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { SECTORS, useKindLabel, useMeetingDate, useSectorLabel } from '../../shared/options.js';
import { Section } from '../../ui/page.js';
import type { MeetingData } from './meeting-query.js';
import { meetingMessages } from './messages.js';

type Counts = MeetingData['participantsBySector'];

const countOf = (counts: Counts, sector: (typeof SECTORS)[number]): number => {
  switch (sector) {
    case 'INDUSTRY':
      return counts.industry;
    case 'SCIENCE':
      return counts.science;
    case 'SOCIETY':
      return counts.society;
    case 'ADMINISTRATION':
      return counts.administration;
  }
};

/** Head counts per sector, e.g. "36 (Wirtschaft 16, Wissenschaft 14, …)"; sectors with none left out. */
export const useParticipantCounts = () => {
  const m = useMessages(meetingMessages);
  const format = useFormat();
  const sectorLabel = useSectorLabel();
  return (counts: Counts): string => {
    if (counts.total === 0) return m.noHeadCount;
    const parts = SECTORS.filter((sector) => countOf(counts, sector) > 0).map(
      (sector) => `${sectorLabel(sector)} ${format.number(countOf(counts, sector))}`,
    );
    return `${format.number(counts.total)} (${parts.join(', ')})`;
  };
};

export const MeetingDetails = ({ meeting }: { meeting: MeetingData }) => {
  const m = useMessages(meetingMessages);
  const kindLabel = useKindLabel();
  const meetingDate = useMeetingDate();
  const fieldName = useActionFieldName();
  const participantCounts = useParticipantCounts();
  return (
    <Section id="meeting-details" title={m.details}>
      <dl className="details">
        <dt>{m.kind}</dt>
        <dd>{kindLabel(meeting.kind)}</dd>
        <dt>{m.date}</dt>
        <dd>{meetingDate(meeting.date)}</dd>
        <dt>{m.place}</dt>
        <dd>{meeting.place}</dd>
        <dt>{m.actionFields}</dt>
        <dd>
          {meeting.actionFields.length > 0
            ? meeting.actionFields.map(fieldName).join(', ')
            : m.noActionFields}
        </dd>
        <dt>{m.headCount}</dt>
        <dd>{participantCounts(meeting.participantsBySector)}</dd>
        {meeting.description ? (
          <>
            <dt>{m.description}</dt>
            <dd className="prose">{meeting.description}</dd>
          </>
        ) : null}
        {meeting.summary ? (
          <>
            <dt>{m.summary}</dt>
            <dd className="prose">{meeting.summary}</dd>
          </>
        ) : null}
        {meeting.cancellationReason ? (
          <>
            <dt>{m.cancellationReason}</dt>
            <dd className="prose">{meeting.cancellationReason}</dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
};
