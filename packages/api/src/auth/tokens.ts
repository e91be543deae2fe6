import { createHash, randomBytes } from 'node:crypto';
import { ROLES, type Role } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';

/** Who answers for a token: a registered person or an organisation (none for older tokens). */
export type TokenOwner = { readonly userId: string } | { readonly organisation: string };

/** What a token is made with: its role holds in `processId`, or installation-wide (`null`). */
export interface TokenRequest {
  readonly role: string;
  readonly name: string;
  readonly processId: string | null;
  readonly owner?: TokenOwner;
}

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Where the role holds; null: installation-wide (every token made before processes). */
  readonly processId: string | null;
  readonly owner: TokenOwner | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const ownerOf = (row: {
  owner_user_id: string | null;
  owner_organisation: string | null;
}): TokenOwner | null =>
  row.owner_user_id !== null
    ? { userId: row.owner_user_id }
    : row.owner_organisation !== null
      ? { organisation: row.owner_organisation }
      : null;

export const hashOfToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** NOTIFY channel: a token was revoked (see token-cache.ts). */
export const TOKEN_CHANNEL = 'fahrplan_tokens';

/** The token caches of this process, so that a revocation made here empties them at once. */
const caches = new Set<WeakRef<{ forget(): void }>>();

export const registerTokenCache = (cache: { forget(): void }): void => {
  caches.add(new WeakRef(cache));
};

const forgetCachedTokens = (): void => {
  for (const ref of caches) {
    const cache = ref.deref();
    if (cache) cache.forget();
    else caches.delete(ref);
  }
};

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);

/**
 * Creates a token for a role, installation-wide unless a process is given, owned by a person or
 * an organisation where one is given (check the request first: `checkTokenRequest`). Returns
 * the token itself, which is stored nowhere: only its hash is kept, so it can be shown once.
 */
export const createToken = async (
  runner: SqlRunner,
  input: { role: Role; name: string; processId?: string | null; owner?: TokenOwner },
): Promise<{ token: string; info: TokenInfo }> => {
  const id = randomBytes(6).toString('hex');
  const token = `fp_${id}_${randomBytes(24).toString('base64url')}`;
  const processId = input.processId ?? null;
  const owner = input.owner ?? null;
  const userId = owner && 'userId' in owner ? owner.userId : null;
  const organisation = owner && 'organisation' in owner ? owner.organisation.trim() : null;
  const [row] = await runner.rows<{ created_at: string }>(sql`
    INSERT INTO api_tokens (id, name, role, hash, process_id, owner_user_id, owner_organisation)
    VALUES (${id}, ${input.name}, ${input.role}, ${hashOfToken(token)}, ${processId}, ${userId},
      ${organisation})
    RETURNING to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`);
  return {
    token,
    info: {
      id,
      name: input.name,
      role: input.role,
      processId,
      owner: ownerOf({ owner_user_id: userId, owner_organisation: organisation }),
      createdAt: row?.created_at ?? '',
      revokedAt: null,
    },
  };
};

export const listTokens = async (runner: SqlRunner): Promise<TokenInfo[]> => {
  const rows = await runner.rows<{
    id: string;
    name: string;
    role: Role;
    process_id: string | null;
    owner_user_id: string | null;
    owner_organisation: string | null;
    created_at: string;
    revoked_at: string | null;
  }>(sql`
    SELECT id, name, role, process_id, owner_user_id, owner_organisation,
      to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
      to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS revoked_at
    FROM api_tokens ORDER BY created_at, id`);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    processId: row.process_id,
    owner: ownerOf(row),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }));
};

/**
 * Revokes a token by id; false when there is no active token with that id. The same statement
 * announces it on TOKEN_CHANNEL (delivered on commit): every process drops its cached tokens.
 */
export const revokeToken = async (runner: SqlRunner, id: string): Promise<boolean> => {
  const rows = await runner.rows(sql`
    WITH revoked AS (
      UPDATE api_tokens SET revoked_at = now() WHERE id = ${id} AND revoked_at IS NULL RETURNING id
    )
    SELECT id, pg_notify(${TOKEN_CHANNEL}, id) FROM revoked`);
  // This process's caches need not wait for the notification.
  forgetCachedTokens();
  return rows.length > 0;
};

export interface ActiveToken {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Where the role holds; null: installation-wide. */
  readonly processId: string | null;
}

/** The active token whose `hash` or `id` is this; undefined for an unknown or revoked one. */
const activeToken = async (
  runner: SqlRunner,
  column: 'hash' | 'id',
  value: string,
): Promise<ActiveToken | undefined> => {
  const [row] = await runner.query<{
    id: string;
    name: string;
    role: string;
    process_id: string | null;
  }>(
    `SELECT id, name, role, process_id FROM api_tokens WHERE ${column} = $1 AND revoked_at IS NULL`,
    [value],
  );
  return row && isRole(row.role)
    ? { id: row.id, name: row.name, role: row.role, processId: row.process_id }
    : undefined;
};

/** The active token with this hash, or undefined for an unknown or revoked one. */
export const findTokenByHash = (runner: SqlRunner, hash: string) =>
  activeToken(runner, 'hash', hash);

/** The active token with this id (a webhook endpoint's owner), if it is still active. */
export const findActiveToken = (runner: SqlRunner, id: string) => activeToken(runner, 'id', id);

/**
 * Every token's name by id, revoked ones included: a revoked token still names who acted with
 * it. The table is small (operators keep it by hand), so one query reads it whole.
 */
export const tokenNames = async (runner: SqlRunner): Promise<Map<string, string>> => {
  const rows = await runner.rows<{ id: string; name: string }>(
    sql`SELECT id, name FROM api_tokens`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
};

/** Which of these token ids are still active (not revoked): one indexed query for many streams. */
export const activeTokenIds = async (
  runner: SqlRunner,
  ids: readonly string[],
): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await runner.rows<{ id: string }>(sql`
    SELECT id FROM api_tokens
    WHERE id IN (${sqlList(ids)}) AND revoked_at IS NULL`);
  return new Set(rows.map((row) => row.id));
};
