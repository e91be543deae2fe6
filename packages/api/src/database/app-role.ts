import { sql } from 'drizzle-orm';
import type { SqlRunner } from './connect.js';

/** The tables that are only ever appended to: the application may read and insert, nothing else. */
export const APPEND_ONLY_TABLES = ['events', 'event_chain', 'checkpoints'] as const;

export const DEFAULT_APP_ROLE = 'fahrplan_app';

/** A role name we quote ourselves: lower-case letters, digits, underscores. */
export const isRoleName = (name: string): boolean => /^[a-z_][a-z0-9_]{0,62}$/.test(name);

/**
 * What the application's role may do (run as the tables' owner, after the migrations): read and
 * insert the log, the chain and the checkpoints, and nothing more there; read and write the read
 * models, personal data (erasure empties it), tokens and idempotency keys; read which migrations
 * ran, so a start as this role applies none. Idempotent: run it again after every upgrade.
 */
export const appRoleStatements = (role: string, options: { login: boolean }): string[] => {
  if (!isRoleName(role)) throw new Error(`Not a role name: ${role}`);
  const quoted = `"${role}"`;
  return [
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
         CREATE ROLE ${quoted} ${options.login ? 'LOGIN' : 'NOLOGIN'};
       END IF;
     END $$`,
    `GRANT USAGE ON SCHEMA public TO ${quoted}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoted}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.join(', ')} FROM ${quoted}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`,
    `GRANT USAGE ON SCHEMA drizzle TO ${quoted}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${quoted}`,
  ];
};

/** Creates (or updates) the application role; see `appRoleStatements`. */
export const setUpAppRole = async (
  runner: SqlRunner,
  role: string,
  options: { login: boolean },
): Promise<void> => {
  for (const statement of appRoleStatements(role, options)) await runner.rows(sql.raw(statement));
};
