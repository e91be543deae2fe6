import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { loadConfig } from '../config.js';
import { connect, migrate } from '../database/index.js';
import { seedDemo } from '../seed/demo.js';
import { runToEnd } from '../testing/run-source.js';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKind,
} from '../testing/test-database.js';
import { createEventStore, type EventStore, type VerifyResult } from './index.js';

// The procedure of infra/backup/README.md, with the real tools: a pg_dump restored by pg_restore,
// and the CLI's export imported, each into a database of its own, both verifying green with the
// head hash recorded before the backup.

const run = promisify(execFile);
/** These tests start real processes (tsx compiles the CLI at each start): slow on a busy machine. */
const PROCESSES = 120_000;

/** The client tools of the server's major version (Debian keeps each in its own folder). */
const clientTool = async (admin: postgres.Sql, name: 'pg_dump' | 'pg_restore') => {
  const [row] = await admin<{ server_version_num: string }[]>`SHOW server_version_num`;
  const major = Math.floor(Number(row?.server_version_num) / 10_000);
  const versioned = `/usr/lib/postgresql/${major}/bin/${name}`;
  return existsSync(versioned) ? versioned : name;
};

/**
 * Seals until nothing is pending. The sealer waits for every writing transaction of the whole
 * PostgreSQL cluster (infra/postgresql.md): another test holding one open must not make this
 * test's head hash a moving target.
 */
const sealAll = async (store: EventStore): Promise<VerifyResult> => {
  const deadline = Date.now() + 90_000;
  for (;;) {
    await store.seal();
    const verified = await store.verify();
    if (verified.pending === 0 || Date.now() > deadline) return verified;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

const verifyAt = async (url: string): Promise<VerifyResult> => {
  const database = await connect({ kind: 'postgres', url }, { maxConnections: 2 });
  try {
    return await createEventStore(database).verify();
  } finally {
    await database.close();
  }
};

// pg_dump and pg_restore work on a PostgreSQL server; PGlite's backup is its data folder or the
// export, which backup.int.spec.ts covers on both databases.
describe.skipIf(testDatabaseKind() !== 'postgres')('restore from backups (PostgreSQL)', () => {
  let source: TestDatabase;
  let original: VerifyResult;
  let admin: postgres.Sql;
  let folder: string;
  const restoredName = `fahrplan_restore_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    source = await createTestDatabase();
    const composed = compose(source.database);
    await seedDemo(source.database, composed.execute, { now: new Date().toISOString() });
    original = await sealAll(composed.store);
    await composed.store.close();
    const server = loadConfig().database;
    if (server.kind !== 'postgres') throw new Error('runs on PostgreSQL only');
    admin = postgres(server.url, { max: 1, onnotice: () => {} });
    folder = mkdtempSync(join(tmpdir(), 'fahrplan-restore-'));
  }, PROCESSES);
  afterAll(async () => {
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin?.end();
    await source?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('starts from a sealed demo log with a head hash', () => {
    expect(original).toMatchObject({ ok: true, pending: 0 });
    expect(original.checked).toBeGreaterThan(100);
  });

  it(
    'pg_dump → pg_restore into a new database: verify is green with the original head hash, and the chain goes on',
    async () => {
      const dump = join(folder, 'fahrplan.dump');
      await run(await clientTool(admin, 'pg_dump'), [
        '--format=custom',
        '--no-owner',
        `--file=${dump}`,
        String(source.url),
      ]);
      await admin.unsafe(`CREATE DATABASE ${restoredName}`);
      const url = new URL(String(source.url));
      url.pathname = `/${restoredName}`;
      await run(await clientTool(admin, 'pg_restore'), [
        '--no-owner',
        '--exit-on-error',
        `--dbname=${url}`,
        dump,
      ]);

      // The operator's check, as a real process.
      const verified = await runToEnd('src/cli/main.ts', ['verify'], {
        DATABASE_URL: url.toString(),
      });
      expect(verified.stderr).not.toContain('TAMPERED');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain(
        `OK: ${original.checked} events verified, head ${original.headPosition} ${original.headHash}`,
      );

      // The restored database takes new events: migrations are recorded as applied, the identity
      // sequences continue, and the sealer extends the same chain.
      const database = await connect(
        { kind: 'postgres', url: url.toString() },
        { maxConnections: 2 },
      );
      try {
        await migrate(database);
        const store = createEventStore(database);
        await store.append('ActionField-nach-restore', [
          {
            type: 'ActionFieldDefined',
            schemaVersion: 1,
            data: {},
            occurredAt: '2020-01-01T00:00:00Z',
          },
        ]);
        expect(await sealAll(store)).toMatchObject({
          ok: true,
          checked: original.checked + 1,
          pending: 0,
        });
        await store.close();
      } finally {
        await database.close();
      }
    },
    PROCESSES,
  );

  it(
    'pnpm fahrplan export (+ subject keys) → import into another fresh database: verify is green with the original head hash',
    async () => {
      const file = join(folder, 'events.ndjson');
      const exported = await runToEnd(
        'src/cli/main.ts',
        ['export', '--format', 'ndjson', '--out', file],
        source.env,
      );
      expect(exported.code).toBe(0);
      const keys = join(folder, 'subject-keys.json');
      const keysExported = await runToEnd(
        'src/cli/main.ts',
        ['subject-keys', 'export', '--out', keys],
        source.env,
      );
      expect(keysExported.code).toBe(0);
      // The demo names people: there are keys to carry over.
      expect(readFileSync(keys, 'utf8')).toContain('person-');
      const target = await createTestDatabase();
      try {
        const imported = await runToEnd(
          'src/cli/main.ts',
          ['import', file, '--subject-keys', keys],
          target.env,
        );
        expect(imported.stderr).not.toContain('refused');
        // With the key store, every person's details are readable again.
        expect(imported.stderr).not.toContain('has no key here');
        expect(imported.code).toBe(0);
        expect(imported.stdout).toContain(
          `Imported ${original.checked} events; verified, head ${original.headHash}`,
        );
        expect(await verifyAt(String(target.url))).toMatchObject({
          ok: true,
          checked: original.checked,
          headHash: original.headHash,
        });
      } finally {
        await target.close();
      }
    },
    PROCESSES,
  );
});
