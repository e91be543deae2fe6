import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventMacKeyOf, generateSigningKey } from '../checkpoints/index.js';
import { compose } from '../composition.js';
import { rebuildProjections } from '../projections/rebuild.js';
import { seedDemo } from '../seed/demo.js';
import { runToEnd } from '../testing/run-source.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import {
  createEventStore,
  type ExportedEvent,
  exportEvents,
  ImportError,
  importEvents,
} from './index.js';

const lines = async function* (items: readonly string[]) {
  yield* items;
};

let source: TestDatabase;
let exported: ExportedEvent[];
// Events written with a key carry MACs, which a backup keeps.
const signingKey = generateSigningKey().key;

beforeAll(async () => {
  source = await createTestDatabase({ onDisk: true });
  const composed = compose(source.database, { signingKey });
  await seedDemo(source.database, composed.execute, { now: new Date().toISOString() });
  await composed.store.seal();
  await composed.store.close();
  exported = [];
  for await (const event of exportEvents(source.database)) exported.push(event);
});
afterAll(() => source.close());

describe('export → import', () => {
  it('keeps every event’s MAC, so the restored log still shows who wrote it', async () => {
    expect(exported.every((event) => event.mac?.startsWith(`v1.${signingKey.keyId}.`))).toBe(true);
    const target = await createTestDatabase();
    try {
      await importEvents(target.database, lines(exported.map((e) => JSON.stringify(e))));
      const report = await createEventStore(target.database).verifyMacs(eventMacKeyOf(signingKey));
      expect(report).toMatchObject({ authentic: exported.length, legacy: 0, foreignCount: 0 });
    } finally {
      await target.close();
    }
  });

  it('restores an older backup without MACs as the legacy range', async () => {
    const target = await createTestDatabase();
    try {
      const older = exported.map(({ mac: _mac, ...event }) => JSON.stringify(event));
      await importEvents(target.database, lines(older));
      const store = createEventStore(target.database);
      expect((await store.verify()).ok).toBe(true);
      const report = await store.verifyMacs(eventMacKeyOf(signingKey));
      expect(report).toMatchObject({ authentic: 0, legacy: exported.length, foreignCount: 0 });
    } finally {
      await target.close();
    }
  });

  it('restores every event with its hash into an empty database, and it verifies green', async () => {
    const target = await createTestDatabase();
    try {
      const result = await importEvents(
        target.database,
        lines(exported.map((e) => JSON.stringify(e))),
      );
      expect(result.imported).toBe(exported.length);
      const store = createEventStore(target.database);
      const verified = await store.verify();
      expect(verified).toMatchObject({ ok: true, checked: exported.length, pending: 0 });
      expect(verified.headHash).toBe(exported.at(-1)?.hash);
      const again: ExportedEvent[] = [];
      for await (const event of exportEvents(target.database)) again.push(event);
      expect(again).toEqual(exported);
      // The restored log rebuilds into the same read model.
      await rebuildProjections(target.database);
      const count = async (db: TestDatabase) =>
        (
          await db.database.rows<{ n: string | number }>(
            sql`SELECT count(*) AS n FROM item_versions`,
          )
        )[0]?.n;
      expect(Number(await count(target))).toBe(Number(await count(source)));
      // New appends continue the chain after the import.
      await store.append('ActionField-neu', [
        {
          type: 'ActionFieldDefined',
          schemaVersion: 1,
          data: {},
          occurredAt: '2020-01-01T00:00:00Z',
        },
      ]);
      await store.seal();
      expect(await store.verify()).toMatchObject({ ok: true, checked: exported.length + 1 });
      await store.close();
    } finally {
      await target.close();
    }
  });

  it('refuses a backup whose hash does not match, and writes nothing', async () => {
    const target = await createTestDatabase();
    try {
      const forged = exported.map((e, i) =>
        JSON.stringify(i === 5 ? { ...e, data: { ...e.data, title: 'gefälscht' } } : e),
      );
      await expect(importEvents(target.database, lines(forged))).rejects.toThrow(ImportError);
      await expect(importEvents(target.database, lines(forged))).rejects.toThrow(/position 6/);
      const [row] = await target.database.rows<{ n: string | number }>(
        sql`SELECT count(*) AS n FROM events`,
      );
      expect(Number(row?.n)).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that already holds events', async () => {
    await expect(
      importEvents(source.database, lines(exported.map((e) => JSON.stringify(e)))),
    ).rejects.toThrow(/not empty/);
  });
});

describe('pnpm fahrplan export / import', () => {
  it('round-trips through the CLI and verifies afterwards', async () => {
    const file = join(tmpdir(), `fahrplan-export-${process.pid}.ndjson`);
    const sourceEnv = source.env;
    await source.database.close();
    const exportRun = await runToEnd(
      'src/cli/main.ts',
      ['export', '--format', 'ndjson', '--out', file],
      sourceEnv,
    );
    expect(exportRun.code).toBe(0);
    const target = await createTestDatabase({ onDisk: true });
    await target.database.close();
    const importRun = await runToEnd('src/cli/main.ts', ['import', file], target.env);
    expect(importRun.stderr).not.toContain('refused');
    expect(importRun.code).toBe(0);
    expect(importRun.stdout).toContain(
      `Imported ${exported.length} events; verified, head ${exported.at(-1)?.hash}`,
    );
    const verifyRun = await runToEnd('src/cli/main.ts', ['verify'], target.env);
    expect(verifyRun.code).toBe(0);
    await target.close();
    writeFileSync(file, '');
  }, 180_000); // Real CLI processes: each starts tsx and the database.
});
