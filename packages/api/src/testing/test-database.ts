import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { connect, type Database, migrate } from '../database/index.js';

export interface TestDatabase {
  readonly database: Database;
  /** The URL of this test's own database (PostgreSQL only), for child processes. */
  readonly url: string | undefined;
  close(): Promise<void>;
}

/** Which database this test run uses: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testDatabaseKind = (): 'pglite' | 'postgres' => loadConfig().database.kind;

/**
 * A fresh, migrated database for one spec file: in-memory PGlite, or a new database on the
 * PostgreSQL server of DATABASE_URL (dropped again on close), so runs never see each other's data.
 */
export const createTestDatabase = async (
  options: { maxConnections?: number } = {},
): Promise<TestDatabase> => {
  const config = loadConfig().database;
  if (config.kind === 'pglite') {
    const database = await connect({ kind: 'pglite', dataDir: 'memory://' });
    await migrate(database);
    return { database, url: undefined, close: () => database.close() };
  }
  const name = `fahrplan_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(config.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(config.url);
  url.pathname = `/${name}`;
  const database = await connect({ kind: 'postgres', url: url.toString() }, options);
  await migrate(database);
  return {
    database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};
