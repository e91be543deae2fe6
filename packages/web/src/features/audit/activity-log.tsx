import { ROLE_LABELS, type Role } from '@fahrplan/domain';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { graphql, type VariablesOf } from '../../graphql/graphql.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { Loading, QueryError } from '../../ui/feedback.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { Section } from '../../ui/page.js';
import { EVENT_TYPES, useEventLabel } from '../items/event-labels.js';
import {
  eventsArguments,
  filtersFromSearch,
  type LogFilters,
  searchWithFilters,
} from './log-filters.js';
import { auditMessages } from './messages.js';

const PAGE_SIZE = 50;

const FiltersQuery = graphql(`
  query ActivityLogFilters {
    actors {
      id
      name
    }
    actionFields(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const EventsQuery = graphql(`
  query ActivityLog(
    $first: Int!
    $after: String
    $actor: String
    $since: DateTime
    $until: DateTime
    $types: [String!]
    $actionField: ID
  ) {
    events(
      first: $first
      after: $after
      actor: $actor
      since: $since
      until: $until
      types: $types
      actionField: $actionField
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

const isRole = (role: string | null): role is Role =>
  role !== null && Object.hasOwn(ROLE_LABELS, role);

/** One page of the log; the last page offers the next, so pages simply stack up. */
const LogPage = ({
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

const FilterForm = ({
  initial,
  onApply,
}: {
  initial: LogFilters;
  onApply: (f: LogFilters) => void;
}) => {
  const m = useMessages(auditMessages);
  const eventLabel = useEventLabel();
  const [filters, setFilters] = useState(initial);
  const [{ data }] = useQuery({ query: FiltersQuery });
  const set = (key: keyof LogFilters) => (value: string) =>
    setFilters({ ...filters, [key]: value });
  const empty = { person: '', since: '', until: '', type: '', field: '' };
  return (
    <form
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(filters);
      }}
    >
      <SelectField
        label={m.person}
        value={filters.person}
        onChange={set('person')}
        options={[
          { value: '', label: m.anyone },
          ...(data?.actors ?? []).map((actor) => ({
            value: actor.id,
            label: actor.name ?? actor.id,
          })),
        ]}
      />
      <TextField label={m.since} type="date" value={filters.since} onChange={set('since')} />
      <TextField label={m.until} type="date" value={filters.until} onChange={set('until')} />
      <SelectField
        label={m.type}
        value={filters.type}
        onChange={set('type')}
        options={[
          { value: '', label: m.anyType },
          ...EVENT_TYPES.map((type) => ({ value: type, label: eventLabel(type) })),
        ]}
      />
      <SelectField
        label={m.actionField}
        value={filters.field}
        onChange={set('field')}
        options={[
          { value: '', label: m.anyField },
          ...(data?.actionFields.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: node.title,
          })),
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {m.apply}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setFilters(empty);
            onApply(empty);
          }}
        >
          {m.reset}
        </button>
      </div>
    </form>
  );
};

/** Who changed what and when, filterable by person, dates, kind of change and action field. */
export const ActivityLog = () => {
  const m = useMessages(auditMessages);
  const search = useSearch();
  const [location, navigate] = useLocation();
  const { asOf } = useAsOf();
  const filters = filtersFromSearch(search);
  const base = { first: PAGE_SIZE, ...eventsArguments(filters, asOf) };
  const key = JSON.stringify(base);
  const [cursors, setCursors] = useState<{ key: string; after: string[] }>({ key, after: [] });
  // New filters start the log from its beginning again.
  const after = cursors.key === key ? cursors.after : [];
  const pages = [null, ...after];
  return (
    <Section title={m.log} id="log">
      <p className="meta">{m.logIntro}</p>
      <FilterForm
        key={key}
        initial={filters}
        onApply={(next) => {
          const query = searchWithFilters(search, next);
          navigate(query ? `${location}?${query}` : location);
        }}
      />
      <div className="table-wrap">
        <table className="log">
          <caption className="visually-hidden">{m.log}</caption>
          <thead>
            <tr>
              <th scope="col">{m.recordedAt}</th>
              <th scope="col">{m.person}</th>
              <th scope="col">{m.what}</th>
              <th scope="col">{m.item}</th>
              <th scope="col">{m.reason}</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((cursor, index) => (
              <LogPage
                key={cursor ?? 'first'}
                variables={cursor ? { ...base, after: cursor } : base}
                isLast={index === pages.length - 1}
                onMore={(next) => setCursors({ key, after: [...after, next] })}
              />
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
};
