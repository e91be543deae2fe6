import { sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../database/index.js';
import { insertAttempt, type NewAttempt } from './deliveries.js';
import {
  ENDPOINT_COLUMNS,
  type EndpointRow,
  endpointOf,
  type WebhookEndpoint,
} from './endpoints.js';

/**
 * The lease per endpoint: a worker delivers to an endpoint only while the row names it as
 * `lease_owner` and the lease has not expired, so any number of API processes can run workers
 * without two of them sending to one endpoint. Claims skip rows another transaction holds
 * (SKIP LOCKED); every write of a worker checks owner and revision, so a worker that lost its
 * lease, or whose endpoint changed meanwhile, writes nothing and stops.
 */
export interface Holder {
  readonly owner: string;
  readonly leaseMs: number;
}

const ms = (value: number) => sql`(${value} * interval '1 millisecond')`;

/** Claims up to `limit` due, active endpoints nobody holds; oldest due first. */
export const claimDue = async (
  runner: SqlRunner,
  { owner, leaseMs }: Holder,
  limit: number,
): Promise<WebhookEndpoint[]> => {
  const rows = await runner.rows<EndpointRow>(sql`
    UPDATE webhook_endpoints SET lease_owner = ${owner}, lease_expires_at = now() + ${ms(leaseMs)}
    WHERE id IN (
      SELECT id FROM webhook_endpoints
      WHERE status = 'active'
        AND (next_attempt_at IS NULL OR next_attempt_at <= now())
        AND (lease_expires_at IS NULL OR lease_expires_at < now())
      ORDER BY coalesce(next_attempt_at, created_at), id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING ${ENDPOINT_COLUMNS}`);
  return rows.map(endpointOf);
};

/** The signing secret, read under the lease (and only here): never part of `WebhookEndpoint`. */
export const secretOf = async (runner: SqlRunner, id: string): Promise<string | undefined> => {
  const [row] = await runner.rows<{ secret: string }>(
    sql`SELECT secret FROM webhook_endpoints WHERE id = ${id}`,
  );
  return row?.secret;
};

const held = (endpoint: WebhookEndpoint, { owner }: Holder) =>
  sql`id = ${endpoint.id} AND lease_owner = ${owner} AND revision = ${endpoint.revision}`;

/** Extends the lease before a delivery; false when it is no longer this worker's to deliver. */
export const renew = async (
  runner: SqlRunner,
  endpoint: WebhookEndpoint,
  holder: Holder,
): Promise<boolean> =>
  (
    await runner.rows(sql`
      UPDATE webhook_endpoints SET lease_expires_at = now() + ${ms(holder.leaseMs)}
      WHERE ${held(endpoint, holder)} AND status = 'active' RETURNING id`)
  ).length > 0;

/**
 * The checkpoint moves from `from` to `to` (a delivered event, or past events the filters pass
 * over), the failures reset, and the attempt (if any) is logged: one transaction.
 */
export const advance = (
  database: Database,
  endpoint: WebhookEndpoint,
  holder: Holder,
  move: { from: number; to: number },
  attempt?: NewAttempt,
): Promise<boolean> =>
  database.transaction(async (tx) => {
    if (attempt) await insertAttempt(tx, attempt);
    const rows = await tx.rows(sql`
      UPDATE webhook_endpoints SET position = ${move.to}, failures = 0, next_attempt_at = NULL
      WHERE ${held(endpoint, holder)} AND position = ${move.from} RETURNING id`);
    return rows.length > 0;
  });

/**
 * A failed attempt: logged, counted, the next one after `retryInMs`; at `maxFailures` in a row
 * the endpoint is disabled (the dead letter) until a replay. Gives the lease up.
 */
export const recordFailure = (
  database: Database,
  endpoint: WebhookEndpoint,
  holder: Holder,
  attempt: NewAttempt,
  { retryInMs, maxFailures }: { retryInMs: number; maxFailures: number },
): Promise<void> =>
  database.transaction(async (tx) => {
    await insertAttempt(tx, attempt);
    await tx.rows(sql`
      UPDATE webhook_endpoints SET
        failures = failures + 1,
        status = CASE WHEN failures + 1 >= ${maxFailures} THEN 'disabled' ELSE status END,
        disabled_reason = CASE WHEN failures + 1 >= ${maxFailures} THEN ${attempt.error}
          ELSE disabled_reason END,
        next_attempt_at = now() + ${ms(retryInMs)},
        lease_owner = NULL, lease_expires_at = NULL
      WHERE ${held(endpoint, holder)}`);
  });

/** Disabled without an attempt (its token was revoked): nobody may receive for it any more. */
export const disableHeld = async (
  runner: SqlRunner,
  endpoint: WebhookEndpoint,
  holder: Holder,
  reason: string,
): Promise<void> => {
  await runner.rows(sql`
    UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = ${reason},
      lease_owner = NULL, lease_expires_at = NULL
    WHERE ${held(endpoint, holder)}`);
};

/** Gives up one lease (`id`), or every lease this worker holds (on shutdown). */
export const release = async (runner: SqlRunner, { owner }: Holder, id?: string) => {
  await runner.rows(sql`
    UPDATE webhook_endpoints SET lease_owner = NULL, lease_expires_at = NULL
    WHERE lease_owner = ${owner} ${id === undefined ? sql`` : sql`AND id = ${id}`}`);
};
