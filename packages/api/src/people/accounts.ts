import { hash, verify } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { emailHash, newSecret, secretHash } from './secrets.js';

/** Passwords: at least this long (a passphrase), at most what argon2 should be handed. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** How long a set-up link stays valid. */
export const SETUP_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A dummy hash to verify against when no account matches: sign-in then takes as long for an
 * unknown address as for a wrong password, so timing tells nothing about who has an account.
 */
let dummy: Promise<string> | undefined;
const dummyHash = () => {
  dummy ??= hash(newSecret());
  return dummy;
};

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG';

export const passwordProblem = (password: string): PasswordProblem | undefined =>
  password.length < PASSWORD_MIN
    ? 'TOO_SHORT'
    : password.length > PASSWORD_MAX
      ? 'TOO_LONG'
      : undefined;

/**
 * Opens a local account for a registered user, with a one-time set-up link's secret (shown
 * once): the user sets their password with it. False when the e-mail address has an account.
 */
export const openAccount = async (
  runner: SqlRunner,
  input: { userId: string; email: string; now: string },
): Promise<{ setupSecret: string } | undefined> => {
  const setupSecret = newSecret();
  const expires = new Date(Date.parse(input.now) + SETUP_LINK_TTL_MS).toISOString();
  const rows = await runner.rows(sql`
    INSERT INTO accounts (user_id, email_hash, setup_hash, setup_expires_at)
    VALUES (${input.userId}, ${emailHash(input.email)}, ${secretHash(setupSecret)}, ${expires}::timestamptz)
    ON CONFLICT DO NOTHING RETURNING user_id`);
  return rows.length > 0 ? { setupSecret } : undefined;
};

/** A new set-up link for an existing account (a forgotten password, an expired link). */
export const renewSetupLink = async (
  runner: SqlRunner,
  userId: string,
  now: string,
): Promise<string | undefined> => {
  const setupSecret = newSecret();
  const expires = new Date(Date.parse(now) + SETUP_LINK_TTL_MS).toISOString();
  const rows = await runner.rows(sql`
    UPDATE accounts SET setup_hash = ${secretHash(setupSecret)}, setup_expires_at = ${expires}::timestamptz
    WHERE user_id = ${userId} RETURNING user_id`);
  return rows.length > 0 ? setupSecret : undefined;
};

/**
 * Sets the password with a set-up link's secret, which is used up by it. The user id, or
 * undefined for an unknown, used or expired link.
 */
export const setPassword = async (
  runner: SqlRunner,
  input: { setupSecret: string; password: string; now: string },
): Promise<string | undefined> => {
  const passwordHash = await hash(input.password);
  const [row] = await runner.rows<{ user_id: string }>(sql`
    UPDATE accounts SET password_hash = ${passwordHash}, setup_hash = NULL, setup_expires_at = NULL
    WHERE setup_hash = ${secretHash(input.setupSecret)} AND setup_expires_at > ${input.now}::timestamptz
    RETURNING user_id`);
  return row?.user_id;
};

/** The user id when the e-mail address and password match a local account; else undefined. */
export const checkPassword = async (
  runner: SqlRunner,
  email: string,
  password: string,
): Promise<string | undefined> => {
  const [row] = await runner.rows<{ user_id: string; password_hash: string | null }>(sql`
    SELECT user_id, password_hash FROM accounts WHERE email_hash = ${emailHash(email)}`);
  const stored = row?.password_hash ?? (await dummyHash());
  const matches = await verify(stored, password).catch(() => false);
  return matches && row?.password_hash ? row.user_id : undefined;
};

/** Whether any account exists: the first start opens the admin's. */
export const hasAccounts = async (runner: SqlRunner): Promise<boolean> => {
  const rows = await runner.rows(sql`SELECT 1 FROM accounts LIMIT 1`);
  return rows.length > 0;
};
