import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { connect, type Database, migrate } from '../database/index.js';

export interface TestDatabase {
  readonly database: Database;
  /** The URL of this test's own database (PostgreSQL only). */
  readonly url: string | undefined;
  /** Environment for a child process to open the same database (close a PGlite one first). */
  readonly env: Record<string, string>;
  /** Opens the database again after `database.close()` (a file-based PGlite, or PostgreSQL). */
  reopen(): Promise<Database>;
  close(): Promise<void>;
}

/** Which database this test run uses: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testDatabaseKind = (): 'pglite' | 'postgres' => loadConfig().database.kind;

/**
 * A fresh, migrated database for one spec file: in-memory PGlite, or a new database on the
 * PostgreSQL server of DATABASE_URL (dropped again on close), so runs never see each other's data.
 */
export const createTestDatabase = async (
  options: { maxConnections?: number; onDisk?: boolean } = {},
): Promise<TestDatabase> => {
  const config = loadConfig().database;
  if (config.kind === 'pglite') {
    // On disk only where a child process must open it too: in memory starts faster.
    const dataDir = options.onDisk ? mkdtempSync(join(tmpdir(), 'fahrplan-test-')) : 'memory://';
    let database = await connect({ kind: 'pglite', dataDir });
    await migrate(database);
    return {
      get database() {
        return database;
      },
      url: undefined,
      env: { DATABASE_URL: '', FAHRPLAN_DATA_DIR: dataDir },
      reopen: async () => {
        database = await connect({ kind: 'pglite', dataDir });
        return database;
      },
      close: async () => {
        await database.close().catch(() => {});
        if (options.onDisk) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `fahrplan_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(config.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(config.url);
  url.pathname = `/${name}`;
  let database = await connect({ kind: 'postgres', url: url.toString() }, options);
  await migrate(database);
  return {
    get database() {
      return database;
    },
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    reopen: async () => {
      database = await connect({ kind: 'postgres', url: url.toString() }, options);
      return database;
    },
    close: async () => {
      await database.close().catch(() => {});
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
};
