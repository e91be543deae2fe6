import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sealDetails } from '../privacy/sealing.js';
import { subjectKeysFor } from '../privacy/subject-keys.js';
import { ConcurrencyError } from './errors.js';
import { type EventMacKey, eventMacOf } from './event-mac.js';
import type {
  EventMetadata,
  JsonObject,
  NewEvent,
  RecordedEvent,
  StreamAppend,
  StreamAppendResult,
} from './types.js';

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** `Recommendation-0193…` is of type `Recommendation`: the part before the first dash. */
export const streamTypeOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
};

export const currentVersion = async (runner: SqlRunner, streamId: string): Promise<number> => {
  const [row] = await runner.rows<{ version: number | string }>(
    sql`SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = ${streamId}`,
  );
  return Number(row?.version ?? 0);
};

/**
 * The append, one statement: the version check and the insert are one atomic step, and a racing
 * writer on the same stream fails on the (stream, version) key. Fixed text, so the driver
 * prepares it once per connection.
 */
const APPEND = `
  WITH current AS (
    SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1
  )
  INSERT INTO events
    (stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, mac)
  SELECT $1, $2, current.version + e.ordinality,
    e.value->>'type', (e.value->>'schemaVersion')::int, e.value->'data', e.value->'metadata',
    (e.value->>'occurredAt')::timestamptz, e.value->>'mac'
  FROM current, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(value, ordinality)`;
const RETURNING = `
  RETURNING id, stream_version, to_char(recorded_at AT TIME ZONE 'UTC', '${ISO_UTC}') AS recorded_at`;
const APPEND_ANY_VERSION = `${APPEND} ${RETURNING}`;
const APPEND_AT_VERSION = `${APPEND} WHERE current.version = $4::int ${RETURNING}`;

interface InsertedRow {
  id: number | string;
  stream_version: number;
  recorded_at: string;
}

/** The events as the append statement takes them: metadata merged, MAC'd where a key is given. */
const batchOf = (append: StreamAppend, metadata: EventMetadata, macKey?: EventMacKey) => {
  const { streamId, events } = append;
  if (events.length === 0) throw new Error(`An append to ${streamId} needs at least one event`);
  const streamType = streamTypeOf(streamId);
  return events.map((event) => {
    const entry = {
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: { ...metadata, ...event.metadata },
      occurredAt: event.occurredAt,
    };
    return macKey
      ? { ...entry, mac: eventMacOf(macKey, { ...entry, streamId, streamType }) }
      : entry;
  });
};

type Batch = ReturnType<typeof batchOf>;

/** The events as recorded, from what the append returned (or, before it, from what it will). */
const recordedOf = (
  append: StreamAppend,
  batch: Batch,
  rows: readonly InsertedRow[],
): { result: StreamAppendResult; recorded: RecordedEvent[] } => {
  const { streamId, events, expectedVersion } = append;
  const sorted = [...rows].sort((a, b) => a.stream_version - b.stream_version);
  const recorded = sorted.map((row, index): RecordedEvent => {
    const event = events[index] as NewEvent;
    return {
      id: Number(row.id),
      position: null,
      streamId,
      streamType: streamTypeOf(streamId),
      streamVersion: row.stream_version,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: batch[index]?.metadata ?? {},
      occurredAt: new Date(event.occurredAt).toISOString(),
      recordedAt: row.recorded_at,
      personalData: event.personalData ?? [],
    };
  });
  const last = recorded.at(-1);
  return {
    result: {
      streamId,
      nextExpectedVersion: last?.streamVersion ?? expectedVersion ?? 0,
      eventIds: recorded.map((event) => event.id),
    },
    recorded,
  };
};

/** Appends one stream's events in a single statement (see APPEND). */
export const insertStreamEvents = async (
  runner: SqlRunner,
  append: StreamAppend,
  metadata: EventMetadata,
  macKey?: EventMacKey,
): Promise<{ result: StreamAppendResult; recorded: RecordedEvent[] }> => {
  const { streamId, events, expectedVersion } = append;
  const batch = batchOf(append, metadata, macKey);
  const params = [streamId, streamTypeOf(streamId), JSON.stringify(batch)];
  const rows = await runner.query<InsertedRow>(
    expectedVersion === undefined ? APPEND_ANY_VERSION : APPEND_AT_VERSION,
    expectedVersion === undefined ? params : [...params, expectedVersion],
  );
  if (rows.length !== events.length) {
    throw new ConcurrencyError(streamId, expectedVersion, await currentVersion(runner, streamId));
  }
  return recordedOf(append, batch, rows);
};

/**
 * A projection's part of the append statement (see `appendFused`): CTEs that read the appended
 * rows from `appended(id, stream_version, recorded_at)`, and what to do once they are known.
 */
export interface FusedPart {
  readonly ctes: SQL;
  finish(recorded: readonly RecordedEvent[]): void;
}

/**
 * One stream's events at a known version, with its projections, in one statement: its own
 * transaction, so no BEGIN and COMMIT round trips. The projections plan their rows from the events
 * as they will be recorded (`plan`, given them with id 0 and the epoch as their recording time); ids and the recording
 * time come from the insert. A version that moved on inserts nothing, and so projects nothing.
 */
const NOT_YET = new Date(0).toISOString();

export const appendFused = async (
  runner: SqlRunner,
  append: StreamAppend & { readonly expectedVersion: number },
  metadata: EventMetadata,
  macKey: EventMacKey | undefined,
  plan: (events: readonly RecordedEvent[]) => readonly FusedPart[] | undefined,
): Promise<{ result: StreamAppendResult; recorded: RecordedEvent[] } | undefined> => {
  const { streamId, events, expectedVersion } = append;
  const batch = batchOf(append, metadata, macKey);
  const planned = recordedOf(
    append,
    batch,
    events.map((_, index) => ({
      id: 0,
      stream_version: expectedVersion + index + 1,
      recorded_at: NOT_YET,
    })),
  );
  const parts = plan(planned.recorded);
  if (!parts) return undefined;
  const rows = await runner.rows<InsertedRow>(sql`
    WITH current AS (
      SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = ${streamId}
    ), appended AS (
      INSERT INTO events
        (stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, mac)
      SELECT ${streamId}, ${streamTypeOf(streamId)}, current.version + e.ordinality,
        e.value->>'type', (e.value->>'schemaVersion')::int, e.value->'data', e.value->'metadata',
        (e.value->>'occurredAt')::timestamptz, e.value->>'mac'
      FROM current, jsonb_array_elements(${JSON.stringify(batch)}::jsonb) WITH ORDINALITY AS e(value, ordinality)
      WHERE current.version = ${expectedVersion}::int
      RETURNING id, stream_version, recorded_at
    ), ${sql.join(
      parts.map((part) => part.ctes),
      sql`, `,
    )}
    SELECT id, stream_version, to_char(recorded_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS recorded_at
    FROM appended`);
  if (rows.length !== events.length) {
    throw new ConcurrencyError(streamId, expectedVersion, await currentVersion(runner, streamId));
  }
  const appended = recordedOf(append, batch, rows);
  for (const part of parts) part.finish(appended.recorded);
  return appended;
};

/**
 * Personal data goes beside the log, keyed by event and subject, never into the hashed bytes, and
 * sealed with the subject's key: erasing destroys the key, and with it every copy.
 */
export const insertPersonalData = async (
  runner: SqlRunner,
  recorded: readonly RecordedEvent[],
): Promise<void> => {
  const records = recorded.flatMap((event) =>
    event.personalData.map((record) => ({ eventId: event.id, record })),
  );
  if (records.length === 0) return;
  const keys = await subjectKeysFor(
    runner,
    records.map(({ record }) => record.subjectId),
  );
  const rows = records.map(({ eventId, record: { subjectId, ...details } }) => {
    const key = keys.get(subjectId);
    if (!key) throw new Error(`No key for subject ${subjectId}`);
    return {
      event_id: eventId,
      subject_id: subjectId,
      data: sealDetails(subjectId, key, details as JsonObject),
    };
  });
  await runner.rows(sql`
    INSERT INTO personal_data (event_id, subject_id, data)
    SELECT event_id, subject_id, data
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(event_id bigint, subject_id text, data jsonb)`);
};
