import type { AggregateKind } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import type { EventMetadata, JsonObject } from '../event-store/index.js';
import { SUBJECT_KEY_OF_ROW } from '../privacy/subject-keys.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { type PersonalRecord, personalRecordOf } from './personal-data.js';
import type { TimeTravel } from './time-travel.js';

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** One event in an item's life, with what it changed. */
export interface HistoryEntry {
  readonly version: number;
  /** The item's status after this event. */
  readonly status: string;
  readonly eventId: number;
  /** Global position in the feed; null while the chain has not sealed it (milliseconds). */
  readonly position: number | null;
  readonly eventType: string;
  /** The event's data as stored (not exposed as such: what it reveals is judged on it). */
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly actor: string | null;
  readonly role: string | null;
  readonly reason: string | null;
  readonly evidence: unknown[];
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly changes: FieldChange[];
  /** Personal data the event carried, or what is left of it after erasure. */
  readonly people: PersonalRecord[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Top-level fields whose values differ between two states (status included). */
export const diffStates = (before: unknown, after: unknown): FieldChange[] => {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .filter((field) => !same(a[field], b[field]))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
};

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/**
 * What a history entry reads of an item version (alias `v`), its event (`e`) and chain link
 * (`c`): shared by an item's history and the changes of a time window.
 */
export const ENTRY_COLUMNS = sql`v.version, v.status, v.state, v.event_id, c.position,
  v.event_type, e.schema_version, e.data, e.metadata,
  to_char(v.occurred_at AT TIME ZONE 'UTC', ${ISO}) AS occurred_at,
  to_char(v.valid_from AT TIME ZONE 'UTC', ${ISO}) AS recorded_at,
  (SELECT jsonb_agg(jsonb_build_object('subject_id', p.subject_id, 'data', p.data,
                                       'key', ${SUBJECT_KEY_OF_ROW})
                    ORDER BY p.subject_id)
     FROM personal_data p WHERE p.event_id = v.event_id) AS people`;

export const ENTRY_JOINS = sql`JOIN events e ON e.id = v.event_id
  LEFT JOIN event_chain c ON c.event_id = v.event_id`;

export interface EntryRow {
  version: number;
  status: string;
  state: unknown;
  event_id: number | string;
  position: number | string | null;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  occurred_at: string;
  recorded_at: string;
  people: { subject_id: string; data: JsonObject | null; key: string | null }[] | null;
}

/** A history entry from its row and the state of the version before (undefined for the first). */
export const entryOf = (row: EntryRow, previousState: unknown): HistoryEntry => {
  const { actor, role, reason, evidence } = row.metadata;
  return {
    version: row.version,
    status: row.status,
    eventId: Number(row.event_id),
    position: row.position === null ? null : Number(row.position),
    eventType: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    actor: typeof actor === 'string' ? actor : null,
    role: typeof role === 'string' ? role : null,
    reason: typeof reason === 'string' ? reason : null,
    evidence: Array.isArray(evidence) ? evidence : [],
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    changes: diffStates(previousState, row.state),
    people: (row.people ?? []).map(({ subject_id, data, key }) =>
      personalRecordOf(subject_id, data, key),
    ),
  };
};

/** An item's events in order, read from the versioned read model: no stream replay. */
export const itemHistory = async (
  runner: SqlRunner,
  kind: AggregateKind,
  id: string,
  asOf?: TimeTravel,
): Promise<HistoryEntry[]> => {
  const rows = await runner.rows<EntryRow>(sql`
    SELECT ${ENTRY_COLUMNS}
    FROM item_versions v ${ENTRY_JOINS}
    WHERE v.kind = ${kind} AND v.id = ${id} ${untilSql(asOf)}
    ORDER BY v.version`);
  return rows.map((row, index) => entryOf(row, rows[index - 1]?.state));
};

/**
 * The events of one type of several items of a kind, up to the moment, in one query, by item id
 * (oldest first): e.g. every milestone moved on the measures of a Lagebild. Their `changes` are
 * left empty: read an item's history for those.
 */
export const eventsOfType = async (
  runner: SqlRunner,
  kind: AggregateKind,
  ids: readonly string[],
  eventType: string,
  asOf?: TimeTravel,
): Promise<Map<string, HistoryEntry[]>> => {
  const byId = new Map<string, HistoryEntry[]>();
  if (ids.length === 0) return byId;
  const rows = await runner.rows<EntryRow & { id: string }>(sql`
    SELECT v.id, ${ENTRY_COLUMNS}
    FROM item_versions v ${ENTRY_JOINS}
    WHERE v.kind = ${kind} AND v.event_type = ${eventType} AND v.id IN (${sqlList(ids)}) ${untilSql(asOf)}
    ORDER BY v.id, v.version`);
  for (const row of rows) {
    const entries = byId.get(row.id) ?? [];
    entries.push(entryOf(row, row.state));
    byId.set(row.id, entries);
  }
  return byId;
};

const untilSql = (asOf?: TimeTravel) =>
  asOf === undefined
    ? sql``
    : asOf.by === 'recorded'
      ? sql`AND v.valid_from <= ${asOf.at}::timestamptz`
      : sql`AND v.occurred_at <= ${asOf.at}::timestamptz`;

/**
 * A page of an item's history, oldest first, after version `after`; for callers who do not read
 * everything of it, from its publication on. Each entry's changes are taken against the version before it, seen or not.
 */
export const itemHistoryPage = async (
  runner: SqlRunner,
  item: { kind: AggregateKind; id: string; asOf?: TimeTravel | undefined },
  page: { first: number; after: number; scope: ReadScope },
): Promise<HistoryEntry[]> => {
  const rows = await runner.rows<EntryRow & { previous_state: unknown }>(sql`
    SELECT * FROM (
      SELECT ${ENTRY_COLUMNS}, v.kind, v.id, v.action_field_ids, lag(v.state) OVER (ORDER BY v.version) AS previous_state
      FROM item_versions v ${ENTRY_JOINS}
      WHERE v.kind = ${item.kind} AND v.id = ${item.id} ${untilSql(item.asOf)}
    ) v
    WHERE v.version > ${page.after} AND ${visibleSql(page.scope)}
    ORDER BY v.version
    LIMIT ${page.first}`);
  return rows.map((row) => entryOf(row, row.previous_state ?? undefined));
};

/** How many entries an item's history holds for this caller: one COUNT. */
export const countItemHistory = async (
  runner: SqlRunner,
  item: { kind: AggregateKind; id: string; asOf?: TimeTravel | undefined },
  scope: ReadScope,
): Promise<number> => {
  const [row] = await runner.rows<{ count: string | number }>(sql`
    SELECT count(*) AS count FROM item_versions v
    WHERE v.kind = ${item.kind} AND v.id = ${item.id} ${untilSql(item.asOf)}
      AND ${visibleSql(scope)}`);
  return Number(row?.count ?? 0);
};
