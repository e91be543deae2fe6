import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { newSecret, secretHash } from './secrets.js';
import type { SessionSettings } from './session-settings.js';

/** Activity is written at most this often, so reading does not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

/** A new session's cookie value and CSRF token (shown to the browser only, kept as hashes). */
export interface NewSession {
  readonly secret: string;
  readonly csrf: string;
  readonly expiresAt: string;
}

const plus = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

export const createSession = async (
  runner: SqlRunner,
  userId: string,
  now: string,
  settings: SessionSettings,
): Promise<NewSession> => {
  const secret = newSecret();
  const csrf = newSecret();
  const expiresAt = plus(now, settings.absoluteMs);
  await runner.rows(sql`
    INSERT INTO sessions (hash, user_id, csrf_hash, created_at, last_seen_at, expires_at)
    VALUES (${secretHash(secret)}, ${userId}, ${secretHash(csrf)}, ${now}::timestamptz,
            ${now}::timestamptz, ${expiresAt}::timestamptz)`);
  return { secret, csrf, expiresAt };
};

/** A live session: not signed out, within both time-outs. */
export interface LiveSession {
  readonly hash: string;
  readonly userId: string;
  readonly csrfHash: string;
}

/**
 * The live session behind a cookie value, its activity noted; undefined for an unknown,
 * signed-out, idle or expired one.
 */
export const findSession = async (
  runner: SqlRunner,
  secret: string,
  now: string,
  settings: SessionSettings,
): Promise<LiveSession | undefined> => {
  const hash = secretHash(secret);
  const [row] = await runner.rows<{ user_id: string; csrf_hash: string; stale: boolean }>(sql`
    SELECT user_id, csrf_hash, last_seen_at < ${plus(now, -TOUCH_EVERY_MS)}::timestamptz AS stale
    FROM sessions
    WHERE hash = ${hash} AND revoked_at IS NULL AND expires_at > ${now}::timestamptz
      AND last_seen_at > ${plus(now, -settings.idleMs)}::timestamptz`);
  if (!row) return undefined;
  if (row.stale) {
    await runner.rows(
      sql`UPDATE sessions SET last_seen_at = ${now}::timestamptz WHERE hash = ${hash}`,
    );
  }
  return { hash, userId: row.user_id, csrfHash: row.csrf_hash };
};

/** Signs one session out. */
export const endSession = async (runner: SqlRunner, hash: string, now: string): Promise<void> => {
  await runner.rows(sql`
    UPDATE sessions SET revoked_at = ${now}::timestamptz WHERE hash = ${hash} AND revoked_at IS NULL`);
};

/** Signs a user out everywhere: every browser, every API process (they all read this table). */
export const endSessionsOf = async (
  runner: SqlRunner,
  userId: string,
  now: string,
): Promise<number> => {
  const rows = await runner.rows(sql`
    UPDATE sessions SET revoked_at = ${now}::timestamptz
    WHERE user_id = ${userId} AND revoked_at IS NULL RETURNING hash`);
  return rows.length;
};
