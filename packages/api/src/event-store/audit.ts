import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { type ChainHead, chainHash, GENESIS_HASH, readChainHead } from './chain.js';
import { EVENT_COLUMNS, type EventRow } from './read.js';
import {
  type TamperFinding,
  type VerifyOptions,
  type VerifyResult,
  verifyChain,
} from './verify.js';

interface VerificationRow {
  position: number | string;
  event_id: number | string;
  tx_id: string;
  hash: string;
  finding: TamperFinding | null;
}

const readVerification = async (runner: SqlRunner) => {
  const [row] = await runner.rows<VerificationRow>(sql`
    SELECT position, event_id, tx_id::text AS tx_id, hash, finding FROM chain_verification`);
  if (!row) return undefined;
  const point: ChainHead = {
    position: Number(row.position),
    eventId: Number(row.event_id),
    txId: row.tx_id,
    hash: row.hash,
  };
  return { point, finding: row.finding };
};

/** Moves the verified position forward (never back: another process may be further on). */
const recordVerified = (runner: SqlRunner, head: ChainHead, full: boolean) =>
  runner.rows(sql`
    INSERT INTO chain_verification (position, event_id, tx_id, hash, finding)
    VALUES (${head.position}, ${head.eventId}, ${head.txId}::xid8, ${head.hash}, NULL)
    ON CONFLICT (id) DO UPDATE SET position = excluded.position, event_id = excluded.event_id,
      tx_id = excluded.tx_id, hash = excluded.hash, verified_at = now(),
      finding = CASE WHEN ${full} THEN NULL ELSE chain_verification.finding END
    WHERE ${full} OR chain_verification.position < excluded.position`);

/** A full verification's finding: `audit` reports it until a full verification passes again. */
const recordFinding = (runner: SqlRunner, finding: TamperFinding) =>
  runner.rows(sql`
    INSERT INTO chain_verification (position, event_id, tx_id, hash, finding)
    VALUES (0, 0, '0'::xid8, ${GENESIS_HASH}, ${JSON.stringify(finding)}::jsonb)
    ON CONFLICT (id) DO UPDATE SET finding = excluded.finding, verified_at = now()`);

/**
 * Whether the entry verified last still stands: its hash unchanged, its event still hashing to
 * it from the entry before. Catches a rewrite of the whole chain up to it, and a truncation.
 */
const checkAnchor = async (
  runner: SqlRunner,
  point: ChainHead,
): Promise<TamperFinding | undefined> => {
  const [row] = await runner.rows<
    Partial<EventRow> & { hash: string; event_id: string | number; previous: string | null }
  >(sql`
    SELECT c.hash, c.event_id, p.hash AS previous, ${EVENT_COLUMNS}
    FROM event_chain c
    LEFT JOIN events e ON e.id = c.event_id AND e.tx_id = c.tx_id
    LEFT JOIN event_chain p ON p.position = c.position - 1
    WHERE c.position = ${point.position}`);
  const message = `The event at position ${point.position}, verified before, no longer matches the hash it was verified with: history up to it was changed. Run a full verification (pnpm fahrplan verify).`;
  if (!row) {
    return {
      kind: 'missing',
      position: point.position,
      eventId: point.eventId,
      message: `Position ${point.position}, verified before, is gone: the history was cut short.`,
    };
  }
  const previous = point.position === 1 ? GENESIS_HASH : row.previous;
  const intact =
    row.hash === point.hash &&
    Number(row.event_id) === point.eventId &&
    row.id != null &&
    previous !== null &&
    chainHash(previous, point.position, row as EventRow) === row.hash;
  return intact
    ? undefined
    : { kind: 'altered', position: point.position, eventId: point.eventId, message };
};

/**
 * The incremental audit: checks that the entry verified last still stands, then verifies only
 * what was sealed after it, and moves the verified position to the head. A change further back
 * is the full verification's to find (`verifyFully`), and its finding is reported here too.
 */
export const verifyIncrementally = async (runner: SqlRunner): Promise<VerifyResult> => {
  const verified = await readVerification(runner);
  const from = verified && verified.point.position > 0 ? verified.point : undefined;
  const problem =
    verified?.finding ?? (from === undefined ? undefined : await checkAnchor(runner, from));
  if (problem) {
    const head = await readChainHead(runner);
    return {
      ok: false,
      checked: 0,
      headPosition: head?.position ?? 0,
      headHash: head?.hash ?? GENESIS_HASH,
      pending: 0,
      newlyChecked: 0,
      finding: problem,
    };
  }
  const { head, ...result } = await verifyChain(runner, from ? { from } : {});
  if (result.ok && head && head.position > (from?.position ?? 0)) {
    await recordVerified(runner, head, false);
  }
  return result;
};

/** The full verification, the authority: walks every event, and records what it found. */
export const verifyFully = async (
  runner: SqlRunner,
  options: Omit<VerifyOptions, 'from'> = {},
): Promise<VerifyResult> => {
  const { head, ...result } = await verifyChain(runner, options);
  try {
    if (result.ok && head) await recordVerified(runner, head, true);
    if (result.finding) await recordFinding(runner, result.finding);
  } catch {
    // The verdict stands without the record (e.g. on a read-only connection).
  }
  return result;
};
