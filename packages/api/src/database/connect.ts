import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseConfig } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
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
  /**
   * LISTEN on a channel until the returned function is called (postgres.js: its own connection).
   * `onListen` runs once listening, and again after each reconnect (notifications may be lost).
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onListen?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const dialect = new PgDialect();

/**
 * drizzle's `sql` templates build the queries; the drivers run them directly, as prepared
 * statements: drizzle's `execute` sends them unprepared, which costs postgres.js a describe round
 * trip on every call.
 */
/**
 * A query on a connection that died can stay unsettled in postgres.js 3.4.9; past its bound it is
 * given up (SQLSTATE 57014, like a statement timeout) so no caller — the sealer included — waits
 * forever. No bound when none was configured (the CLI's long imports).
 */
const withinBound = <T>(work: Promise<T>, ms: number | undefined): Promise<T> =>
  ms === undefined
    ? work
    : new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              Object.assign(new Error(`no answer from PostgreSQL within ${ms} ms`), {
                code: '57014',
              }),
            ),
          ms,
        );
        work.then(resolve, reject).finally(() => clearTimeout(timer));
      });

const postgresRunner = (
  client: postgres.Sql | postgres.TransactionSql,
  boundMs?: number,
): SqlRunner => {
  const query = async <Row>(text: string, params: readonly unknown[]) =>
    (await withinBound(
      client.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true }),
      boundMs,
    )) as unknown as Row[];
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
  /**
   * Bounded waits (PostgreSQL only), shorter than a client's patience, so an answer never arrives
   * after the caller gave up: opening a connection, and any one statement.
   */
  readonly connectTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
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
      ...(options.connectTimeoutMs ? { connect_timeout: options.connectTimeoutMs / 1000 } : {}),
      connection: {
        application_name: 'fahrplan',
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    // A statement's own limit, plus the wait for a connection, plus a margin for the round trip;
    // the API's transactions are a few quick statements, so the same bound holds for them.
    const statementBound = options.statementTimeoutMs
      ? options.statementTimeoutMs + (options.connectTimeoutMs ?? 0) + 1000
      : undefined;
    return {
      kind: 'postgres',
      db: drizzlePostgres({ client, schema }) as unknown as DrizzleDatabase,
      ...postgresRunner(client, statementBound),
      // postgres.js types the result as UnwrapPromiseArray<T>: for a non-array T that is T.
      transaction: async <T>(work: (tx: Transaction) => Promise<T>) =>
        (await withinBound(
          client.begin((tx) => work(postgresRunner(tx))),
          statementBound,
        )) as T,
      listen: async (channel, onNotify, onListen) =>
        (await client.listen(channel, onNotify, onListen)).unlisten,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const onDisk = config.dataDir !== 'memory://';
  if (onDisk) mkdirSync(config.dataDir, { recursive: true });
  // PGlite has one owner: a second process on the same files is refused before it opens them.
  const lock = onDisk ? lockDataDir(config.dataDir) : undefined;
  let client: PGlite;
  try {
    // Contrib extensions must be handed to PGlite; the migrations then create them as usual.
    client = await PGlite.create(config.dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema }) as unknown as DrizzleDatabase,
    ...pgliteRunner(client),
    transaction: (work) => client.transaction((tx) => work(pgliteRunner(tx))),
    // One connection that never reconnects: listening once is listening for good.
    listen: async (channel, onNotify, onListen) => {
      const unlisten = await client.listen(channel, onNotify);
      onListen?.();
      return unlisten;
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
};
