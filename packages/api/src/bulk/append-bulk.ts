import { sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../database/index.js';
import { insertPersonalData } from '../event-store/append.js';
import { sealPending } from '../event-store/chain.js';
import { eventMacOf } from '../event-store/event-mac.js';
import {
  ConcurrencyError,
  type EventMacKey,
  type EventMetadata,
  type InlineProjection,
  type NewEvent,
  type RecordedEvent,
  type StreamAppend,
  streamTypeOf,
} from '../event-store/index.js';
import { INLINE_PROJECTIONS } from '../projections/inline.js';

/** One stream's events with the metadata of the command that decided them. */
export interface BulkAppend extends StreamAppend {
  /** Merged under each event's own metadata, as the store does with an append's metadata. */
  readonly metadata?: EventMetadata;
}

export interface BulkOptions {
  /** Mark the events as the application's, as the API does where a signing key is configured. */
  readonly eventMacKey?: EventMacKey;
  /** Default: the API's inline projections (the same code that projects every append). */
  readonly projections?: readonly InlineProjection[];
  /**
   * Each stream's projected row, carried from one batch to the next by a caller that writes many
   * (an import, the generator): the projections continue from it instead of reading the row back.
   * An entry whose version is not the one before the batch's is ignored and the row read.
   */
  readonly projected?: Map<string, unknown>;
}

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

interface Inserted {
  id: number | string;
  stream_id: string;
  stream_version: number;
  recorded_at: string;
}

const currentVersions = async (
  runner: SqlRunner,
  streamIds: readonly string[],
): Promise<Map<string, number>> => {
  const rows = await runner.rows<{ stream_id: string; version: number | string }>(sql`
    SELECT e.stream_id, max(e.stream_version) AS version
    FROM events e
    WHERE e.stream_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(streamIds)}::jsonb))
    GROUP BY e.stream_id`);
  return new Map(rows.map((row) => [row.stream_id, Number(row.version)]));
};

/**
 * Appends many streams' events in one transaction — one INSERT for all of them — with their
 * personal data and the inline projections, the same as the store's `appendMany` would, but
 * without a round trip per stream. Expected versions are checked (a racer loses on the
 * (stream, version) key as with any append). Appends to one stream may follow each other in
 * the batch. Sealing is left to the caller (`appendBulkAndSeal` or the store's sealer): the chain
 * covers only committed transactions.
 */
export const appendBulkInTransaction = async (
  tx: SqlRunner,
  appends: readonly BulkAppend[],
  options: BulkOptions = {},
): Promise<RecordedEvent[]> => {
  const streamIds = [...new Set(appends.map((append) => append.streamId))];
  const versions = await currentVersions(tx, streamIds);
  const pending: { streamId: string; version: number; event: NewEvent; metadata: EventMetadata }[] =
    [];
  for (const append of appends) {
    const current = versions.get(append.streamId) ?? 0;
    if (append.expectedVersion !== undefined && append.expectedVersion !== current) {
      throw new ConcurrencyError(append.streamId, append.expectedVersion, current);
    }
    if (append.events.length === 0) {
      throw new Error(`An append to ${append.streamId} needs at least one event`);
    }
    append.events.forEach((event, index) => {
      pending.push({
        streamId: append.streamId,
        version: current + index + 1,
        event,
        metadata: { ...append.metadata, ...event.metadata },
      });
    });
    versions.set(append.streamId, current + append.events.length);
  }
  if (pending.length === 0) return [];
  const rows = pending.map(({ streamId, version, event, metadata }) => {
    const streamType = streamTypeOf(streamId);
    const entry = {
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata,
      occurredAt: event.occurredAt,
    };
    return {
      stream_id: streamId,
      stream_type: streamType,
      stream_version: version,
      type: event.type,
      schema_version: event.schemaVersion,
      data: event.data,
      metadata,
      occurred_at: event.occurredAt,
      mac: options.eventMacKey
        ? eventMacOf(options.eventMacKey, { ...entry, streamId, streamType })
        : null,
    };
  });
  // WITH ORDINALITY keeps the batch's order in the ids (the order readers and the chain follow).
  const inserted = await tx.rows<Inserted>(sql`
    INSERT INTO events
      (stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, mac)
    SELECT r.stream_id, r.stream_type, r.stream_version, r.type, r.schema_version, r.data,
      r.metadata, r.occurred_at, r.mac
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS e(value, ordinality),
      jsonb_to_record(e.value) AS r(stream_id text, stream_type text, stream_version int, type text,
        schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz, mac text)
    ORDER BY e.ordinality
    RETURNING id, stream_id, stream_version,
      to_char(recorded_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS recorded_at`);
  const byKey = new Map(
    inserted.map((row) => [`${row.stream_id}\u0000${row.stream_version}`, row]),
  );
  const recorded = pending.map(({ streamId, version, event, metadata }): RecordedEvent => {
    const row = byKey.get(`${streamId}\u0000${version}`);
    if (!row) throw new Error(`The insert of ${streamId} version ${version} returned no row`);
    return {
      id: Number(row.id),
      position: null,
      streamId,
      streamType: streamTypeOf(streamId),
      streamVersion: version,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata,
      occurredAt: new Date(event.occurredAt).toISOString(),
      recordedAt: row.recorded_at,
      personalData: event.personalData ?? [],
    };
  });
  recorded.sort((a, b) => a.id - b.id);
  await insertPersonalData(tx, recorded);
  // Nothing read beforehand: each projection reads the rows it continues, unless the caller
  // carries them over from its previous batch.
  const projected = options.projected;
  for (const project of options.projections ?? INLINE_PROJECTIONS)
    await project(tx, recorded, projected ?? new Map(), projected);
  return recorded;
};

/** Appends a batch in one transaction (see `appendBulkInTransaction`). */
export const appendBulk = async (
  database: Database,
  appends: readonly BulkAppend[],
  options: BulkOptions = {},
): Promise<number> => {
  const recorded = await database.transaction(async (tx) => {
    // A batch's rows reach the statements as one JSON document each: in memory, not temp files.
    await tx.rows(sql`SET LOCAL work_mem = '64MB'`);
    return appendBulkInTransaction(tx, appends, options);
  });
  return recorded.length;
};

/** Appends one batch and extends the hash chain over it: what an import or a generator calls. */
export const appendBulkAndSeal = async (
  database: Database,
  appends: readonly BulkAppend[],
  options: BulkOptions = {},
): Promise<number> => {
  const count = await appendBulk(database, appends, options);
  await sealPending(database, 5000);
  return count;
};

/**
 * Seals until every event committed so far is in the chain. The sealer waits for every older
 * transaction on the server (its snapshot's xmin, cluster-wide), so another database's open
 * transaction can hold it back for a while: this waits it out, up to `timeoutMs`.
 */
export const sealUntilCaughtUp = async (database: Database, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sealPending(database, 5000);
    const [row] = await database.rows<{ behind: boolean }>(sql`
      SELECT coalesce((SELECT max(id) FROM events), 0)
        > coalesce((SELECT max(event_id) FROM event_chain), 0) AS behind`);
    if (!row?.behind) return;
    if (Date.now() > deadline)
      throw new Error('Events stay unsealed: a long transaction holds the sealer back');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
