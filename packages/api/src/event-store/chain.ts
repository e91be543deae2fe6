import { sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../database/index.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { EVENT_COLUMNS, type EventRow } from './read.js';
import type { Json } from './types.js';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** NOTIFY channel: each sealing pass announces the new head position; see `live/`. */
export const FEED_CHANNEL = 'fahrplan_feed';

/** Any fixed number: the advisory lock that lets one sealer at a time extend the chain. */
const SEAL_LOCK = 0x46_61_68_72; // "Fahr"

/**
 * The bytes an event is hashed from: everything but storage details (id, transaction id) and
 * personal data, which lives beside the log so it can be erased.
 */
export const chainHash = (previousHash: string, position: number, row: EventRow): string =>
  sha256Hex(
    canonicalJson([
      previousHash,
      position,
      row.stream_id,
      row.stream_type,
      row.stream_version,
      row.type,
      row.schema_version,
      row.data,
      row.metadata as Json,
      row.occurred_at,
      row.recorded_at,
    ]),
  );

export interface ChainHead {
  readonly position: number;
  readonly eventId: number;
  readonly txId: string;
  readonly hash: string;
}

export const readChainHead = async (runner: SqlRunner): Promise<ChainHead | undefined> => {
  const [row] = await runner.rows<{
    position: number | string;
    event_id: number | string;
    tx_id: string;
    hash: string;
  }>(sql`SELECT position, event_id, tx_id::text AS tx_id, hash FROM event_chain
         ORDER BY position DESC LIMIT 1`);
  return row
    ? {
        position: Number(row.position),
        eventId: Number(row.event_id),
        txId: row.tx_id,
        hash: row.hash,
      }
    : undefined;
};

type PendingRow = EventRow & { tx_id: string };

/**
 * Extends the chain by up to `batchSize` events whose transactions have all ended (transaction id
 * below the snapshot's xmin): nothing that may still commit can later slip in before them. One
 * sealer at a time, across processes: the others queue on the advisory lock.
 */
const sealBatch = (database: Database, batchSize: number): Promise<number> =>
  database.transaction(async (tx) => {
    await tx.rows(sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`);
    // The head and what follows it, in one round trip (this runs for every burst of appends).
    const rows = await tx.rows<
      Partial<PendingRow> & { head_position: number | string | null; head_hash: string | null }
    >(sql`
      WITH head AS (
        SELECT position, event_id, tx_id, hash FROM event_chain ORDER BY position DESC LIMIT 1
      )
      SELECT h.position AS head_position, h.hash AS head_hash, p.*
      FROM (SELECT 1) AS one
      LEFT JOIN head h ON true
      LEFT JOIN LATERAL (
        SELECT ${EVENT_COLUMNS}, e.tx_id::text AS tx_id FROM events e
        WHERE e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (e.tx_id, e.id) > (coalesce(h.tx_id, '0'::xid8), coalesce(h.event_id, 0))
        ORDER BY e.tx_id, e.id
        LIMIT ${batchSize}
      ) p ON true`);
    const pending = rows.filter((row): row is PendingRow & (typeof rows)[number] => row.id != null);
    if (pending.length === 0) return 0;
    let previous = rows[0]?.head_hash ?? GENESIS_HASH;
    let position = Number(rows[0]?.head_position ?? 0);
    const links = pending.map((row) => {
      position += 1;
      previous = chainHash(previous, position, row);
      return { position, event_id: Number(row.id), tx_id: row.tx_id, hash: previous };
    });
    // NOTIFY is delivered only on commit, so listeners (in any process) never read ahead.
    await tx.rows(sql`
      WITH linked AS (
        INSERT INTO event_chain (position, event_id, tx_id, hash)
        SELECT position, event_id, tx_id::xid8, hash
        FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb)
          AS l(position bigint, event_id bigint, tx_id text, hash text)
        RETURNING 1
      )
      SELECT pg_notify(${FEED_CHANNEL}, ${String(position)}) FROM (SELECT count(*) FROM linked) AS done`);
    return links.length;
  });

/** Seals every event committed so far, in batches; returns how many it sealed. */
export const sealPending = async (database: Database, batchSize = 2000): Promise<number> => {
  let sealed = 0;
  for (;;) {
    const count = await sealBatch(database, batchSize);
    sealed += count;
    if (count < batchSize) return sealed;
  }
};
