import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
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
  /** The same for a fixed statement text with `$n` parameters: for hot paths (no building). */
  query<Row>(text: string, params: readonly unknown[]): Promise<Row[]>;
}

/** A transaction: the same SQL, committed together or not at all. */
export type Transaction = SqlRunner;

/** The one handle the rest of the api uses: PGlite and PostgreSQL look the same through it. */
export interface Database extends SqlRunner {
  readonly kind: DatabaseConfig['kind'];
  /** drizzle over the same client: for its migrator. */
  readonly db: DrizzleDatabase;
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** LISTEN on a channel until the returned function is called (postgres.js: its own connection). */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const dialect = new PgDialect();

/**
 * drizzle's `sql` templates build the queries; the drivers run them directly, as prepared
 * statements: drizzle's `execute` sends them unprepared, which costs postgres.js a describe round
 * trip on every call.
 */
const postgresRunner = (client: postgres.Sql | postgres.TransactionSql): SqlRunner => {
  const query = async <Row>(text: string, params: readonly unknown[]) =>
    (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
      prepare: true,
    })) as unknown as Row[];
  return {
    query,
    rows: <Row>(built: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(built);
      return query<Row>(text, params);
    },
  };
};

const pgliteRunner = (client: Pick<PGlite, 'query'>): SqlRunner => {
  const query = async <Row>(text: string, params: readonly unknown[]) =>
    (await client.query<Row>(text, [...params])).rows;
  return {
    query,
    rows: <Row>(built: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(built);
      return query<Row>(text, params);
    },
  };
};

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
    return {
      kind: 'postgres',
      db: drizzlePostgres({ client, schema }) as unknown as DrizzleDatabase,
      ...postgresRunner(client),
      // postgres.js types the result as UnwrapPromiseArray<T>: for a non-array T that is T.
      transaction: async <T>(work: (tx: Transaction) => Promise<T>) =>
        (await client.begin((tx) => work(postgresRunner(tx)))) as T,
      listen: async (channel, onNotify) => (await client.listen(channel, onNotify)).unlisten,
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (config.dataDir !== 'memory://') mkdirSync(config.dataDir, { recursive: true });
  // Contrib extensions must be handed to PGlite; the migrations then create them as usual.
  const client = await PGlite.create(config.dataDir, { extensions: { pg_trgm } });
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema }) as unknown as DrizzleDatabase,
    ...pgliteRunner(client),
    transaction: (work) => client.transaction((tx) => work(pgliteRunner(tx))),
    listen: (channel, onNotify) => client.listen(channel, onNotify),
    close: () => client.close(),
  };
};
