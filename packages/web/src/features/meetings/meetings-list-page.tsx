import type { MeetingEvent, SuggestionEvent } from '@fahrplan/domain';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { useActionFieldName } from '../../shared/action-fields.js';
import { ItemListPage, useItemListQuery } from '../../shared/item-list-page.js';
import {
  ActionFieldOption,
  isMeetingKind,
  useKindLabel,
  useKindOptions,
  useMeetingDate,
} from '../../shared/options.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { useParticipantCounts } from './meeting-details.js';
import { meetingMessages } from './messages.js';
import { PlanMeetingButton } from './plan-meeting.js';

const MeetingsListQuery = graphql(
  `
    query MeetingsList($process: String, $asOf: DateTime, $asOfBasis: TimeBasis, $kind: MeetingKind, $actionField: ID, $search: String) {
      meetings(
        process: $process
        first: 100
        asOf: $asOf, asOfBasis: $asOfBasis
        kind: $kind
        actionField: $actionField
        search: $search
      ) {
        edges {
          node {
            id
            title
            status
            kind
            date
            place
            actionFields {
              id
              key
              title
            }
            participantsBySector {
              industry
              science
              society
              administration
              total
            }
            # One COUNT per meeting (priced by the API's cost limit), no rows.
            suggestions(first: 1) {
              totalCount
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      actionFields(process: $process, first: 50, asOf: $asOf, asOfBasis: $asOfBasis) {
        edges {
          node {
            ...ActionFieldOption
          }
        }
      }
    }
  `,
  [ActionFieldOption],
);

type MeetingRow = ResultOf<typeof MeetingsListQuery>['meetings']['edges'][number]['node'];

/** Planning, holding, cancelling, registering and capturing all change what the list shows. */
const LIST_EVENTS: readonly (MeetingEvent | SuggestionEvent)['type'][] = [
  'MeetingPlanned',
  'MeetingRevised',
  'MeetingHeld',
  'MeetingCancelled',
  'ParticipantRegistered',
  'ParticipantRemoved',
  'SuggestionCaptured',
  'SuggestionTakenUp',
  'SuggestionDeclined',
  'SuggestionReopened',
];

const MeetingItem = ({ meeting }: { readonly meeting: MeetingRow }) => {
  const m = useMessages(meetingMessages);
  const href = useHrefWithAsOf();
  const format = useFormat();
  const meetingDate = useMeetingDate();
  const kindLabel = useKindLabel();
  const fieldName = useActionFieldName();
  const participantCounts = useParticipantCounts();
  const suggestionCount = format.number(meeting.suggestions.totalCount);
  return (
    <li className="card meeting-item">
      <p className="meeting-item__date">{meetingDate(meeting.date)}</p>
      <div className="stack">
        <h2 className="meeting-item__title">
          <Link href={href(itemPath('Meeting', meeting.id))}>{meeting.title}</Link>
        </h2>
        <p className="row meta">
          <StatusBadge kind="Meeting" status={meeting.status} />
          <span>{kindLabel(meeting.kind)}</span>
          <span>{meeting.place}</span>
        </p>
        <dl className="details details--compact">
          <dt>{m.headCount}</dt>
          <dd>{participantCounts(meeting.participantsBySector)}</dd>
          <dt>{m.suggestions}</dt>
          <dd>{suggestionCount}</dd>
          {meeting.actionFields.length > 0 ? (
            <>
              <dt>{m.actionFields}</dt>
              <dd>{meeting.actionFields.map(fieldName).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </div>
    </li>
  );
};

/** `/meetings`: workshops, talks and conferences by date, the latest first. */
export const MeetingsListPage = () => {
  const m = useMessages(meetingMessages);
  const kindOptions = useKindOptions();
  const [kind, setKind] = useState('');
  const list = useItemListQuery(
    MeetingsListQuery,
    (common) => ({ ...common, kind: isMeetingKind(kind) ? kind : null }),
    LIST_EVENTS,
  );
  const { data } = list.result;
  // The API lists by title; the team thinks of meetings by when they took place.
  const meetings = useMemo(
    () =>
      (data?.meetings.edges.map((edge) => edge.node) ?? []).sort((a, b) =>
        b.date.localeCompare(a.date),
      ),
    [data],
  );
  return (
    <ItemListPage
      texts={m}
      list={list}
      create={{
        command: 'planMeeting',
        button: (actionFields) => <PlanMeetingButton actionFields={actionFields} />,
      }}
      choice={{
        label: m.kind,
        allLabel: m.allKinds,
        options: kindOptions,
        value: kind,
        onChange: setKind,
      }}
      count={meetings.length}
      empty={m.noMeetings}
      more={data?.meetings.pageInfo.hasNextPage ? m.moreMeetings : null}
    >
      <ul className="meeting-list long-list">
        {meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} />
        ))}
      </ul>
    </ItemListPage>
  );
};
