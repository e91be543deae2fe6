import { ROLE_LABELS } from '@fahrplan/domain';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql, type VariablesOf } from '../../graphql/graphql.js';
import { isRole } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { useEventLabel } from '../../shared/item/event-labels.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { auditMessages } from './messages.js';

const EventsQuery = graphql(`
  query ActivityLog(
    $first: Int!
    $after: String
    $actor: String
    $since: DateTime
    $until: DateTime
    $eventTypes: [EventType!]
    $actionField: ID
    $process: String
  ) {
    events(
      first: $first
      after: $after
      actor: $actor
      since: $since
      until: $until
      eventTypes: $eventTypes
      actionField: $actionField
      process: $process
      newestFirst: true
    ) {
      edges {
        node {
          position
          type
          actor
          actorName
          role
          reason
          occurredAt
          recordedAt
          itemKind
          itemId
          item {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type EventsVariables = VariablesOf<typeof EventsQuery>;

/** One page of the log; the last page offers the next, so pages simply stack up. */
export const LogPage = ({
  variables,
  isLast,
  onMore,
}: {
  variables: EventsVariables;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) => {
  const m = useMessages(auditMessages);
  const format = useFormat();
  const label = useLabel();
  const eventLabel = useEventLabel();
  const href = useHrefWithAsOf();
  const [{ data, fetching, error }, reload] = useQuery({ query: EventsQuery, variables });
  if (error)
    return <QueryError error={error} retry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return fetching ? <Loading /> : null;
  const { edges, pageInfo } = data.events;
  return (
    <>
      {edges.map(({ node: event }) => (
        <tr key={event.position}>
          <td>{format.dateTime(event.recordedAt)}</td>
          <td>
            {event.actorName ?? event.actor ?? '—'}
            {isRole(event.role) ? (
              <span className="meta"> ({label(ROLE_LABELS[event.role])})</span>
            ) : null}
          </td>
          <td>
            {eventLabel(event.type)}
            <div className="meta">
              {m.occurredAt}: {format.date(event.occurredAt)}
            </div>
          </td>
          <td>
            {event.item ? (
              <Link href={href(itemPath(event.itemKind, event.item.id))}>{event.item.title}</Link>
            ) : (
              <span className="meta">{m.hiddenItem}</span>
            )}
          </td>
          <td>{event.reason ?? ''}</td>
        </tr>
      ))}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <tr className="no-print">
          <td colSpan={5}>
            <button
              type="button"
              className="button"
              onClick={() => onMore(pageInfo.endCursor ?? '')}
            >
              {m.more}
            </button>
          </td>
        </tr>
      ) : null}
      {isLast && edges.length === 0 && !variables.after ? (
        <tr>
          <td colSpan={5} className="empty">
            {m.none}
          </td>
        </tr>
      ) : null}
    </>
  );
};
