import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import { MIGRATIONS_FOLDER } from '../database/migrate.js';

/** Events committed but not yet in the hash chain, and how long the oldest has waited. */
export interface SealerLag {
  readonly pendingEvents: number;
  readonly oldestPendingSeconds: number;
  readonly headPosition: number;
}

/** The oldest open transaction that holds back the snapshot's xmin (PostgreSQL only). */
export interface XminHolder {
  readonly pid: number;
  readonly database: string | null;
  readonly state: string | null;
  readonly transactionSeconds: number;
}

/** Rejects after `ms`: a check must never take longer than its caller's patience. */
export const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

export const pingDatabase = async (database: Database): Promise<void> => {
  await database.rows(sql`SELECT 1`);
};

/**
 * Only events from the head's transaction on can be unsealed (the sealer chains in transaction
 * order), so the index on (tx_id, id) keeps this cheap however long the log is — provided the
 * planner sees the head's tx_id as a value: read inside the same statement (a CTE) it is a
 * parameter of unknown size, planned as a third of the log, and at a million events every
 * sealer-watch tick scanned and hashed the whole log and chain (2.5 s, 70k buffers against 15 ms).
 */
export const readSealerLag = async (database: Database): Promise<SealerLag> => {
  const [head] = await database.rows<{ position: number | string; tx_id: string }>(sql`
    SELECT position, tx_id FROM event_chain ORDER BY position DESC LIMIT 1`);
  const [row] = await database.rows<{
    pending: number | string;
    oldest_seconds: number | string | null;
  }>(sql`
    SELECT count(*) AS pending,
           extract(epoch FROM now() - min(e.recorded_at)) AS oldest_seconds
    FROM events e
    WHERE e.tx_id >= ${head?.tx_id ?? '0'}::xid8
      AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_id = e.id)`);
  return {
    pendingEvents: Number(row?.pending ?? 0),
    oldestPendingSeconds: Math.max(0, Number(row?.oldest_seconds ?? 0)),
    headPosition: Number(head?.position ?? 0),
  };
};

/**
 * Any backend in the cluster (any database: xmin is cluster-wide) with a transaction that holds
 * back the snapshot: it has written (backend_xid) or holds a snapshot (backend_xmin). PGlite has
 * one connection and no other backends.
 */
export const readXminHolder = async (database: Database): Promise<XminHolder | undefined> => {
  if (database.kind !== 'postgres') return undefined;
  const [row] = await database.rows<{
    pid: number;
    datname: string | null;
    state: string | null;
    seconds: number | string;
  }>(sql`
    SELECT pid, datname, state, extract(epoch FROM now() - xact_start) AS seconds
    FROM pg_stat_activity
    WHERE pid <> pg_backend_pid() AND xact_start IS NOT NULL
      AND (backend_xid IS NOT NULL OR backend_xmin IS NOT NULL)
    ORDER BY xact_start ASC LIMIT 1`);
  return row
    ? {
        pid: row.pid,
        database: row.datname,
        state: row.state,
        transactionSeconds: Math.max(0, Number(row.seconds)),
      }
    : undefined;
};

/** Connections to this database by state (PostgreSQL only; postgres.js exposes no pool figures). */
export const readConnections = async (
  database: Database,
): Promise<ReadonlyArray<{ state: string; count: number }>> => {
  if (database.kind !== 'postgres') return [];
  const rows = await database.rows<{ state: string | null; count: number | string }>(sql`
    SELECT state, count(*) AS count FROM pg_stat_activity
    WHERE datname = current_database() GROUP BY state`);
  return rows.map((row) => ({ state: row.state ?? 'unknown', count: Number(row.count) }));
};

const expectedMigrations = (): number => {
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  };
  return journal.entries.length;
};

/** True when every migration shipped with this build is recorded as applied. */
export const migrationsApplied = async (database: Database): Promise<boolean> => {
  const [row] = await database.rows<{ count: number | string }>(
    sql`SELECT count(*) AS count FROM drizzle.__drizzle_migrations`,
  );
  return Number(row?.count ?? 0) >= expectedMigrations();
};
