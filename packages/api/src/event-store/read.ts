import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { openRecord } from '../privacy/sealing.js';
import { SUBJECT_KEY_OF_ROW } from '../privacy/subject-keys.js';
import type {
  EventMetadata,
  FeedEvent,
  JsonObject,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoredPersonalRecord,
} from './types.js';

export const MAX_READ_ALL_LIMIT = 10_000;
export const DEFAULT_READ_ALL_LIMIT = 1000;

/** The columns every read selects, timestamps as exact ISO strings on both drivers. */
export const EVENT_COLUMNS = sql.raw(`
  e.id, e.stream_id, e.stream_type, e.stream_version, e.type, e.schema_version, e.data, e.metadata,
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at`);

export interface EventRow {
  id: number | string;
  stream_id: string;
  stream_type: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
  occurred_at: string;
  recorded_at: string;
}

/** An event's own fields as every reader returns them; its storage id and place come beside. */
export const eventFieldsOf = (row: EventRow) => ({
  streamId: row.stream_id,
  streamType: row.stream_type,
  streamVersion: row.stream_version,
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  occurredAt: row.occurred_at,
  recordedAt: row.recorded_at,
});

const eventOf = (row: EventRow) => ({ id: Number(row.id), ...eventFieldsOf(row) });

interface StreamRow extends EventRow {
  position: number | string | null;
  personal: { subject_id: string; data: JsonObject | null; key: string | null }[] | null;
}

const personalOf = (rows: StreamRow['personal']): StoredPersonalRecord[] =>
  (rows ?? []).map(({ subject_id, data, key }) => openRecord(subject_id, data, key));

/** One stream in version order, with its personal data (or what is left of it after erasure). */
export const readStream = async (
  runner: SqlRunner,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> => {
  const filters: SQL[] = [sql`e.stream_id = ${streamId}`];
  if (options.toVersion !== undefined) filters.push(sql`e.stream_version <= ${options.toVersion}`);
  if (options.asOf !== undefined) filters.push(sql`e.recorded_at <= ${options.asOf}::timestamptz`);
  const rows = await runner.rows<StreamRow>(sql`
    SELECT ${EVENT_COLUMNS},
      -- Per-row lookups by unique index: a join would scan event_chain whenever the planner
      -- lacks statistics (a fresh or just-imported log).
      (SELECT c.position FROM event_chain c WHERE c.event_id = e.id) AS position,
      (SELECT jsonb_agg(jsonb_build_object('subject_id', p.subject_id, 'data', p.data,
                                           'key', ${SUBJECT_KEY_OF_ROW}))
         FROM personal_data p WHERE p.event_id = e.id) AS personal
    FROM events e
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY e.stream_version`);
  return rows.map((row) => ({
    ...eventOf(row),
    position: row.position === null ? null : Number(row.position),
    personalData: personalOf(row.personal),
  }));
};

interface FeedRow extends EventRow {
  position: number | string;
  hash: string;
}

/**
 * The global feed in commit order: only events the chain has sealed, and the chain seals an
 * event only once every transaction that could still commit before it has ended.
 */
/** The filters of the feed that do not depend on the page (types, stream, extra condition). */
const feedFilters = (options: Pick<ReadAllOptions, 'types' | 'streamId' | 'where'>): SQL[] => {
  const filters: SQL[] = [];
  if (options.types?.length) {
    filters.push(sql`e.type IN (${sqlList(options.types)})`);
  }
  if (options.streamId !== undefined) filters.push(sql`e.stream_id = ${options.streamId}`);
  if (options.where !== undefined) filters.push(options.where);
  return filters;
};

/** How many sealed events the feed holds with these filters: one COUNT, no rows loaded. */
export const countFeed = async (
  runner: SqlRunner,
  options: Pick<ReadAllOptions, 'types' | 'streamId' | 'where'> = {},
): Promise<number> => {
  const filters = feedFilters(options);
  const [row] = await runner.rows<{ count: string | number }>(sql`
    SELECT count(*) AS count
    FROM event_chain c JOIN events e ON e.id = c.event_id
    ${filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``}`);
  return Number(row?.count ?? 0);
};

export const readFeed = async (
  runner: SqlRunner,
  options: ReadAllOptions = {},
): Promise<FeedEvent[]> => {
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_READ_ALL_LIMIT, 1), MAX_READ_ALL_LIMIT);
  const filters: SQL[] = [sql`c.position > ${options.after ?? 0}`, ...feedFilters(options)];
  if (options.before !== undefined) filters.push(sql`c.position < ${options.before}`);
  const rows = await runner.rows<FeedRow>(sql`
    SELECT ${EVENT_COLUMNS}, c.position, c.hash
    FROM event_chain c JOIN events e ON e.id = c.event_id
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY c.position ${options.newestFirst ? sql`DESC` : sql`ASC`}
    LIMIT ${limit}`);
  // Built field by field, not spread: this loop runs for every event a syncing partner reads.
  return rows.map((row) => ({
    id: Number(row.id),
    position: Number(row.position),
    hash: row.hash,
    streamId: row.stream_id,
    streamType: row.stream_type,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
  }));
};
