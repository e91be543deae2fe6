// The release before the `used_at` expand (0010), verbatim: its idempotency statements, which
// must keep working against the expanded schema while its processes still run during a rolling
// upgrade (src/event-store/expand-contract.int.spec.ts). Frozen: never edit to match new code.
import { sql } from 'drizzle-orm';
import type { SqlRunner, Transaction } from '../../database/index.js';
import type { AppendResult } from '../../event-store/types.js';

/** How long a key holds its result: after that, the caller may use the key for anything again. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * An idempotency key in full, as in the IETF idempotency-key draft: it belongs to one caller and
 * one operation, and remembers a fingerprint of the request it was first used with.
 */
export interface IdempotencyKey {
  /** Whose key it is (the actor): two callers' keys never meet. */
  readonly caller: string;
  readonly key: string;
  /** What the key was used for, e.g. the command type. */
  readonly operation: string;
  /** A hash of the request's input (see `fingerprintOf`). */
  readonly fingerprint: string;
  /** The caller's clock (ISO 8601): when the key is used, and what its age is measured against. */
  readonly at: string;
}

/** The key was used before, within its lifetime, for another operation or another input. */
export class IdempotencyKeyReusedError extends Error {
  constructor(
    readonly key: string,
    /** What differs from the first use. */
    readonly mismatch: 'operation' | 'input',
  ) {
    super(`Idempotency key "${key}" was used before for another ${mismatch}`);
    this.name = 'IdempotencyKeyReusedError';
  }
}

interface StoredKey {
  command: string;
  fingerprint: string;
  result: AppendResult;
}

/**
 * The earlier result for this key, if it is still alive and was used for the same operation and
 * input; throws `IdempotencyKeyReusedError` if it was used for something else.
 */
export const findIdempotent = async (
  runner: SqlRunner,
  idempotency: IdempotencyKey,
  ttlMs: number,
): Promise<AppendResult | undefined> => {
  const [row] = await runner.rows<StoredKey>(sql`
    SELECT command, fingerprint, result FROM idempotency_keys
    WHERE caller = ${idempotency.caller} AND key = ${idempotency.key}
      AND recorded_at > ${idempotency.at}::timestamptz - ${ttlMs} * interval '1 millisecond'`);
  if (!row) return undefined;
  if (row.command !== idempotency.operation) {
    throw new IdempotencyKeyReusedError(idempotency.key, 'operation');
  }
  if (row.fingerprint !== idempotency.fingerprint) {
    throw new IdempotencyKeyReusedError(idempotency.key, 'input');
  }
  return { ...row.result, replayed: true };
};

/**
 * Records the key with the append's result, in the append's transaction. An expired key is
 * taken over; a live one (a racer with the same key committed first) leaves nothing written and
 * returns false, so the caller rolls back and answers from the racer's result.
 */
export const recordIdempotent = async (
  tx: Transaction,
  idempotency: IdempotencyKey,
  result: AppendResult,
  ttlMs: number,
): Promise<boolean> => {
  // The caller's expired keys go as they add new ones: the table holds about a day of keys.
  await tx.rows(sql`
    DELETE FROM idempotency_keys
    WHERE caller = ${idempotency.caller} AND key <> ${idempotency.key}
      AND recorded_at <= ${idempotency.at}::timestamptz - ${ttlMs} * interval '1 millisecond'`);
  const rows = await tx.rows(sql`
    INSERT INTO idempotency_keys (caller, key, command, fingerprint, result, recorded_at)
    VALUES (${idempotency.caller}, ${idempotency.key}, ${idempotency.operation},
            ${idempotency.fingerprint}, ${JSON.stringify(result)}::jsonb, ${idempotency.at})
    ON CONFLICT (caller, key) DO UPDATE SET
      command = excluded.command, fingerprint = excluded.fingerprint,
      result = excluded.result, recorded_at = excluded.recorded_at
    WHERE idempotency_keys.recorded_at <= excluded.recorded_at - ${ttlMs} * interval '1 millisecond'
    RETURNING 1`);
  return rows.length === 1;
};
