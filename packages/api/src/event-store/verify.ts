import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { type ChainHead, chainHash, GENESIS_HASH, readChainHead } from './chain.js';
import { EVENT_COLUMNS, type EventRow } from './read.js';

export type TamperKind = 'gap' | 'missing' | 'altered' | 'unchained';

export interface TamperFinding {
  readonly kind: TamperKind;
  /** The first global position that no longer matches. */
  readonly position: number;
  readonly eventId?: number;
  readonly message: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  /** Events checked against the chain. */
  readonly checked: number;
  readonly headPosition: number;
  /** The chain's head hash: print it in a report; any later change to history breaks it. */
  readonly headHash: string;
  /** Committed events the chain has not sealed yet (they are checked once sealed). */
  readonly pending: number;
  /** Events whose hashes this run recomputed: all of them, or those after `from`. */
  readonly newlyChecked: number;
  readonly finding?: TamperFinding;
}

/** A chain entry verified before: a run from it trusts the chain up to it. */
export type VerifiedPoint = ChainHead;

export interface VerifyOptions {
  readonly batchSize?: number;
  readonly onProgress?: (checked: number, total: number) => void;
  /** Start after this entry rather than at the beginning (its hash is taken as verified). */
  readonly from?: VerifiedPoint;
}

type ChainedRow = Partial<EventRow> & {
  position: number | string;
  event_id: number | string;
  chain_tx_id: string;
  event_tx_id: string | null;
  hash: string;
};

/**
 * Walks the chain in order (all of it, or what follows `from`) and recomputes every hash. Reports
 * the first position where an event was edited, deleted, reordered or slipped in behind the head.
 * Reads only; never seals. Returns the head it verified up to.
 */
export const verifyChain = async (
  runner: SqlRunner,
  options: VerifyOptions = {},
): Promise<VerifyResult & { readonly head?: ChainHead }> => {
  // Small enough that a batch dies young (garbage collection was a third of the time at 10,000).
  const batchSize = options.batchSize ?? 2000;
  const { from } = options;
  const head = await readChainHead(runner);
  const total = head?.position ?? 0;
  const start = from?.position ?? 0;
  let previous = from?.hash ?? GENESIS_HASH;
  let expected = start + 1;
  const fail = (finding: TamperFinding): VerifyResult => ({
    ok: false,
    checked: expected - 1,
    headPosition: total,
    headHash: head?.hash ?? GENESIS_HASH,
    pending: 0,
    newlyChecked: expected - 1 - start,
    finding,
  });

  const batchAfter = (after: number) =>
    runner.rows<ChainedRow>(sql`
      SELECT c.position, c.event_id, c.tx_id::text AS chain_tx_id, c.hash,
        e.tx_id::text AS event_tx_id, ${EVENT_COLUMNS}
      FROM event_chain c LEFT JOIN events e ON e.id = c.event_id
      WHERE c.position > ${after}
      ORDER BY c.position
      LIMIT ${batchSize}`);
  // The next batch is read while this one is hashed: the database and the hashing overlap.
  let next: Promise<ChainedRow[]> | undefined = start < total ? batchAfter(start) : undefined;
  while (next) {
    const rows = await next;
    next = undefined;
    if (rows.length === 0) break;
    const last = Number(rows.at(-1)?.position);
    if (rows.length === batchSize && last < total) {
      next = batchAfter(last);
      // Settled when this batch finds tampering and returns before reading it.
      next.catch(() => {});
    }
    for (const row of rows) {
      const position = Number(row.position);
      const eventId = Number(row.event_id);
      if (position !== expected) {
        return fail({
          kind: 'gap',
          position: expected,
          message: `Position ${expected} is missing from the chain (next is ${position}).`,
        });
      }
      if (row.event_tx_id === null) {
        return fail({
          kind: 'missing',
          position,
          eventId,
          message: `The event at position ${position} (id ${eventId}) was deleted.`,
        });
      }
      const actual = chainHash(previous, position, row as EventRow);
      if (actual !== row.hash || row.event_tx_id !== row.chain_tx_id) {
        return fail({
          kind: 'altered',
          position,
          eventId,
          message: `The event at position ${position} (id ${eventId}) does not match its hash: it was edited, reordered, or its chain entry was.`,
        });
      }
      previous = row.hash;
      expected += 1;
    }
    options.onProgress?.(expected - 1, total);
  }

  const tail = head ? sql`(e.tx_id, e.id) <= (${head.txId}::xid8, ${head.eventId})` : sql`false`;
  // From a verified entry on, only what was sealed after it; an intruder before it is the full
  // verification's to find.
  const after = from ? sql`(e.tx_id, e.id) > (${from.txId}::xid8, ${from.eventId})` : sql`true`;
  // Every chain entry names an event of its own (checked above), at or before the head. So an
  // event slipped in behind the head shows as one event too many there: counting reads one index,
  // where looking each event up in the chain costs a probe per event. Only then is it searched.
  const [counts] = await runner.rows<{ sealed: number | string; pending: number | string }>(sql`
    SELECT count(*) FILTER (WHERE ${tail}) AS sealed, count(*) FILTER (WHERE NOT ${tail}) AS pending
    FROM events e WHERE ${after}`);
  let pending = Number(counts?.pending ?? 0);
  if (Number(counts?.sealed ?? 0) !== total - start) {
    const [intruder] = await runner.rows<{
      id: number | string;
      position: number | string | null;
    }>(sql`
      SELECT e.id, (SELECT min(c2.position) FROM event_chain c2
                    WHERE (c2.tx_id, c2.event_id) > (e.tx_id, e.id)) AS position
      FROM events e LEFT JOIN event_chain c ON c.event_id = e.id
      WHERE c.event_id IS NULL AND ${tail} AND ${after}
      ORDER BY e.tx_id, e.id LIMIT 1`);
    if (intruder) {
      const position = Number(intruder.position ?? total);
      return fail({
        kind: 'unchained',
        position,
        eventId: Number(intruder.id),
        message: `An event (id ${intruder.id}) was inserted before position ${position} without a place in the chain.`,
      });
    }
    const [unchained] = await runner.rows<{ count: number | string }>(sql`
      SELECT count(*) AS count FROM events e LEFT JOIN event_chain c ON c.event_id = e.id
      WHERE c.event_id IS NULL AND ${after}`);
    pending = Number(unchained?.count ?? 0);
  }
  return {
    ok: true,
    checked: total,
    headPosition: total,
    headHash: head?.hash ?? GENESIS_HASH,
    pending,
    newlyChecked: total - start,
    ...(head ? { head } : {}),
  };
};
