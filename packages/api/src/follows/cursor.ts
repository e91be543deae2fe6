import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/**
 * The notification worker's one checkpoint over the feed, held by one API process at a time: a
 * claim takes the row only when its lease ran out (`FOR UPDATE SKIP LOCKED`, as the webhook
 * endpoints' and the outbox's claims), and every later write checks owner and position, so a
 * process that lost its lease writes nothing (its transaction, mails included, rolls back).
 */
const CURSOR = 'notifications';

export class LostLease extends Error {
  constructor() {
    super('the notification lease was taken over');
  }
}

const until = (now: string, leaseMs: number) => new Date(Date.parse(now) + leaseMs).toISOString();

/** The checkpoint's position when this owner now holds it; undefined while another does. */
export const claimCursor = async (
  runner: SqlRunner,
  owner: string,
  now: string,
  leaseMs: number,
): Promise<number | undefined> => {
  await runner.rows(
    sql`INSERT INTO notification_cursor (id, position) VALUES (${CURSOR}, 0) ON CONFLICT DO NOTHING`,
  );
  const [row] = await runner.rows<{ position: string | number }>(sql`
    UPDATE notification_cursor SET lease_owner = ${owner}, lease_until = ${until(now, leaseMs)}
    WHERE id IN (
      SELECT id FROM notification_cursor
      WHERE id = ${CURSOR} AND (lease_until IS NULL OR lease_until <= ${now}::timestamptz)
      FOR UPDATE SKIP LOCKED)
    RETURNING position`);
  return row === undefined ? undefined : Number(row.position);
};

/** Moves the checkpoint (inside the transaction that enqueued the mails) and renews the lease. */
export const advanceCursor = async (
  tx: SqlRunner,
  owner: string,
  move: { from: number; to: number },
  lease: { now: string; leaseMs: number },
): Promise<void> => {
  const rows = await tx.rows(sql`
    UPDATE notification_cursor SET position = ${move.to},
      lease_until = ${until(lease.now, lease.leaseMs)}
    WHERE id = ${CURSOR} AND lease_owner = ${owner} AND position = ${move.from}
    RETURNING id`);
  if (rows.length === 0) throw new LostLease();
};

/** Within a transaction: fails it unless this owner still holds the lease (renewed). */
export const assertLease = async (
  tx: SqlRunner,
  owner: string,
  lease: { now: string; leaseMs: number },
): Promise<void> => {
  const rows = await tx.rows(sql`
    UPDATE notification_cursor SET lease_until = ${until(lease.now, lease.leaseMs)}
    WHERE id = ${CURSOR} AND lease_owner = ${owner} RETURNING id`);
  if (rows.length === 0) throw new LostLease();
};

export const releaseCursor = async (runner: SqlRunner, owner: string): Promise<void> => {
  await runner.rows(sql`
    UPDATE notification_cursor SET lease_owner = NULL, lease_until = NULL
    WHERE id = ${CURSOR} AND lease_owner = ${owner}`);
};
