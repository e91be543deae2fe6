import { AGGREGATE_KINDS } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { fullySeenSql, type ReadScope, visibleSql } from './rules.js';

/*
 * The batch lookups behind the redactor: each answers for a whole batch of keys in one indexed
 * query (item versions by primary key, events by id or by stream), never one query per event.
 */

/** Over an event (alias given): the caller may see the item version it produced. */
const producedVisibleSql = (scope: ReadScope, alias: string) =>
  sql`EXISTS (SELECT 1 FROM item_versions pv
    WHERE pv.kind = ${sql.raw(alias)}.stream_type
      AND pv.id = substr(${sql.raw(alias)}.stream_id, length(${sql.raw(alias)}.stream_type) + 2)
      AND pv.version = ${sql.raw(alias)}.stream_version AND ${visibleSql(scope, 'pv')})`;

/**
 * Which of these strings are ids of items whose current version meets the condition (alias `v`).
 * Driven by the strings: per string a subquery with LIMIT 1 probes the current row of each kind by
 * its key. Filtering the kinds' current rows by the list instead made PostgreSQL read every current
 * row the condition keeps (every draft, for the partner's "hidden"), growing with the log.
 */
const currentItemsAmong = async (
  runner: SqlRunner,
  strings: readonly string[],
  condition: SQL,
): Promise<boolean[]> => {
  const rows = await runner.rows<{ id: string }>(sql`
    SELECT i.id FROM jsonb_array_elements_text(${JSON.stringify(strings)}::jsonb) AS i(id)
    WHERE COALESCE((SELECT true FROM item_versions v
      WHERE v.valid_to IS NULL AND v.kind IN (${sqlList(AGGREGATE_KINDS)}) AND v.id = i.id AND ${condition} LIMIT 1), false)`);
  const found = new Set(rows.map((row) => row.id));
  return strings.map((each) => found.has(each));
};

/** Of these strings, the ids of items the caller may not see now. One indexed query a batch. */
export const hiddenAmong = (runner: SqlRunner, scope: ReadScope, strings: readonly string[]) =>
  currentItemsAmong(runner, strings, sql`NOT ${visibleSql(scope)}`);

export interface CauseKey {
  readonly eventId: number;
  /** The streams of the items the event names. */
  readonly streams: readonly string[];
}

/**
 * Which events were written by one command (same recording instant) together with an event of
 * an item they name that the caller may not see: their reason and evidence are that command's.
 */
export const causeHidden = async (
  runner: SqlRunner,
  scope: ReadScope,
  keys: readonly CauseKey[],
) => {
  const pairs = keys.flatMap(({ eventId, streams }) =>
    streams.map((stream) => ({ event_id: eventId, stream_id: stream })),
  );
  // Per pair a subquery with LIMIT 1, not joins: PostgreSQL would hash-join the batch against
  // every event in the log (a sequential scan, 44 ms a page at 10,000 events and growing with the
  // log); this way each pair is a few index probes into its own stream (3.5 ms a page).
  const rows = await runner.rows<{ event_id: number | string }>(sql`
    SELECT DISTINCT r.event_id
    FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS r(event_id bigint, stream_id text)
    WHERE COALESCE((SELECT true FROM events e
      JOIN events o ON o.stream_id = r.stream_id AND o.recorded_at = e.recorded_at AND o.id <> e.id
      WHERE e.id = r.event_id AND NOT ${producedVisibleSql(scope, 'o')} LIMIT 1), false)`);
  const hidden = new Set(rows.map((row) => Number(row.event_id)));
  return keys.map((key) => hidden.has(key.eventId));
};

/** Which events produced an item version the caller may not see. */
export const eventsHidden = async (runner: SqlRunner, scope: ReadScope, ids: readonly number[]) => {
  const rows = await runner.rows<{ id: number | string }>(sql`
    SELECT e.id FROM events e
    WHERE e.id IN (${sqlList(ids)}) AND NOT ${producedVisibleSql(scope, 'e')}`);
  const hidden = new Set(rows.map((row) => Number(row.id)));
  return ids.map((id) => hidden.has(id));
};

/**
 * Of these item ids, those the caller reads everything of (the item is in a process it is team,
 * ministry or admin in): their internal notes, who acted, personal data.
 */
export const fullySeenAmong = (runner: SqlRunner, scope: ReadScope, ids: readonly string[]) =>
  currentItemsAmong(runner, ids, fullySeenSql(scope));
