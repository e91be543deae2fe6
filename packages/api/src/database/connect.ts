import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseConfig } from '../config.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type DrizzleDatabase = PgDatabase<PgQueryResultHKT, Schema>;

/** Runs SQL and returns plain rows, whichever driver is underneath. */
export interface SqlRunner {
  rows<Row>(query: SQL): Promise<Row[]>;
}

/** A transaction: run SQL, or use drizzle's query builder on `db`. */
export interface Transaction extends SqlRunner {
  readonly db: DrizzleDatabase;
}

/** The one handle the rest of the api uses: PGlite and PostgreSQL look the same through it. */
export interface Database extends SqlRunner {
  readonly kind: DatabaseConfig['kind'];
  readonly db: DrizzleDatabase;
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** postgres.js returns an array of rows, PGlite `{ rows }`: hide the difference. */
const rowsOf = <Row>(result: unknown): Row[] =>
  Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);

const runner = (db: DrizzleDatabase): SqlRunner => ({
  rows: async <Row>(query: SQL) => rowsOf<Row>(await db.execute(query)),
});

const wrap = (
  kind: DatabaseConfig['kind'],
  db: DrizzleDatabase,
  close: () => Promise<void>,
): Database => ({
  kind,
  db,
  ...runner(db),
  transaction: (work) =>
    db.transaction((tx) =>
      work({ db: tx as unknown as DrizzleDatabase, ...runner(tx as unknown as DrizzleDatabase) }),
    ),
  close,
});

export interface ConnectOptions {
  /** Connections in the pool (PostgreSQL only; PGlite has exactly one). */
  readonly maxConnections?: number;
}

/** Opens the configured database. Migrations are applied separately (`migrate`). */
export const connect = async (
  config: DatabaseConfig,
  options: ConnectOptions = {},
): Promise<Database> => {
  if (config.kind === 'postgres') {
    const client = postgres(config.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres({ client, schema }) as unknown as DrizzleDatabase;
    return wrap('postgres', db, () => client.end({ timeout: 5 }));
  }
  if (config.dataDir !== 'memory://') mkdirSync(config.dataDir, { recursive: true });
  const client = await PGlite.create(config.dataDir);
  const db = drizzlePglite({ client, schema }) as unknown as DrizzleDatabase;
  return wrap('pglite', db, () => client.close());
};
