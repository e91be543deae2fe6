import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { chainHash, GENESIS_HASH, readChainHead } from './chain.js';
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
  readonly finding?: TamperFinding;
}

type ChainedRow = Partial<EventRow> & {
  position: number | string;
  event_id: number | string;
  chain_tx_id: string;
  event_tx_id: string | null;
  hash: string;
};

/**
 * Walks the whole chain in order and recomputes every hash. Reports the first position where an
 * event was edited, deleted, reordered or slipped in behind the head. Reads only; never seals.
 */
export const verifyChain = async (
  runner: SqlRunner,
  options: {
    batchSize?: number;
    onProgress?: (checked: number, total: number) => void;
    /** Start after this link, trusted (e.g. a signed checkpoint): checks only what follows it. */
    from?: { readonly position: number; readonly hash: string };
  } = {},
): Promise<VerifyResult> => {
  const batchSize = options.batchSize ?? 5000;
  const head = await readChainHead(runner);
  const total = head?.position ?? 0;
  let previous = options.from?.hash ?? GENESIS_HASH;
  let expected = (options.from?.position ?? 0) + 1;
  const fail = (finding: TamperFinding): VerifyResult => ({
    ok: false,
    checked: expected - 1,
    headPosition: total,
    headHash: head?.hash ?? GENESIS_HASH,
    pending: 0,
    finding,
  });

  for (let after = expected - 1; after < total; ) {
    const rows = await runner.rows<ChainedRow>(sql`
      SELECT c.position, c.event_id, c.tx_id::text AS chain_tx_id, c.hash,
        e.tx_id::text AS event_tx_id, ${EVENT_COLUMNS}
      FROM event_chain c LEFT JOIN events e ON e.id = c.event_id
      WHERE c.position > ${after}
      ORDER BY c.position
      LIMIT ${batchSize}`);
    if (rows.length === 0) break;
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
    after = Number(rows.at(-1)?.position);
    options.onProgress?.(expected - 1, total);
  }

  const tail = head ? sql`(e.tx_id, e.id) <= (${head.txId}::xid8, ${head.eventId})` : sql`false`;
  const [intruder] = await runner.rows<{
    id: number | string;
    position: number | string | null;
  }>(sql`
    SELECT e.id, (SELECT min(c2.position) FROM event_chain c2
                  WHERE (c2.tx_id, c2.event_id) > (e.tx_id, e.id)) AS position
    FROM events e LEFT JOIN event_chain c ON c.event_id = e.id
    WHERE c.event_id IS NULL AND ${tail}
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
  const [pending] = await runner.rows<{ count: number | string }>(sql`
    SELECT count(*) AS count FROM events e LEFT JOIN event_chain c ON c.event_id = e.id
    WHERE c.event_id IS NULL`);
  return {
    ok: true,
    checked: total,
    headPosition: total,
    headHash: head?.hash ?? GENESIS_HASH,
    pending: Number(pending?.count ?? 0),
  };
};
