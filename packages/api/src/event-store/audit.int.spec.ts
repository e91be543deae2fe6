import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/index.js';
import { runToEnd } from '../testing/run-source.js';
import { eventIdAt, sealEverything } from '../testing/sealed.js';
import { disableAppendOnly } from '../testing/superuser.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { verificationPassesDuring } from '../testing/verification-passes.js';
import { chainHash, createEventStore, type EventStore, GENESIS_HASH } from './index.js';
import { EVENT_COLUMNS, type EventRow } from './read.js';

let test: TestDatabase;
let database: Database;
let store: EventStore;
let fields = 0;

const appendFields = async (count: number) => {
  for (let i = 0; i < count; i++) {
    fields += 1;
    await store.append(`ActionField-${fields}`, [
      {
        type: 'ActionFieldDefined',
        schemaVersion: 1,
        data: { title: `Feld ${fields}` },
        occurredAt: '2016-05-01T00:00:00Z',
      },
    ]);
  }
  await sealEverything(database, store);
};

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  database = test.database;
  // These tests play the attacker with SQL: a superuser switches the append-only guard off first.
  await disableAppendOnly(database);
  store = createEventStore(database);
  await appendFields(6);
});
afterAll(async () => {
  await store.close();
  await test.close();
});

describe('audit', () => {
  it('verifies the whole chain once, then only what was sealed since', async () => {
    expect(await store.audit()).toMatchObject({ ok: true, checked: 6, newlyChecked: 6 });
    expect(await store.audit()).toMatchObject({ ok: true, checked: 6, newlyChecked: 0 });
    await appendFields(3);
    expect(await store.audit()).toMatchObject({
      ok: true,
      checked: 9,
      headPosition: 9,
      newlyChecked: 3,
    });
  });

  it('runs one verification for any number of concurrent callers', async () => {
    await appendFields(2);
    let results: unknown[] = [];
    const passes = await verificationPassesDuring(database, async () => {
      results = await Promise.all(Array.from({ length: 10 }, () => store.audit()));
    });
    expect(passes).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).toMatchObject({ ok: true, checked: 11, newlyChecked: 2 });
  });

  it('reports a tampered event sealed after the last verification', async () => {
    await appendFields(2);
    const id = await eventIdAt(database, 12);
    await database.rows(sql`UPDATE events SET data = '{"title":"Gefälscht"}' WHERE id = ${id}`);
    const tampered = await store.audit();
    expect(tampered).toMatchObject({ ok: false, finding: { kind: 'altered', position: 12 } });
    // The verified position stays where it was: the audit keeps reporting it.
    expect((await store.audit()).finding).toMatchObject({ position: 12 });
    await database.rows(sql`UPDATE events SET data = '{"title":"Feld 12"}' WHERE id = ${id}`);
    expect(await store.audit()).toMatchObject({ ok: true, checked: 13, newlyChecked: 2 });
  });

  it('reports a chain rewritten up to the verified position with Fahrplan’s own hash', async () => {
    // Edit position 13 (verified last) and recompute its hash as an attacker with SQL would.
    const [row] = await database.rows<EventRow & { previous: string }>(sql`
      SELECT ${EVENT_COLUMNS}, p.hash AS previous FROM events e
      JOIN event_chain c ON c.event_id = e.id JOIN event_chain p ON p.position = c.position - 1
      WHERE c.position = 13`);
    if (!row) throw new Error('no event at 13');
    const forged = { ...row, data: { title: 'Umgeschrieben' } };
    const original = await database.rows<{ hash: string }>(
      sql`SELECT hash FROM event_chain WHERE position = 13`,
    );
    await database.rows(
      sql`UPDATE events SET data = '{"title":"Umgeschrieben"}' WHERE id = ${row.id}`,
    );
    await database.rows(sql`UPDATE event_chain SET hash = ${chainHash(row.previous, 13, forged)}
                            WHERE position = 13`);
    expect(await store.audit()).toMatchObject({
      ok: false,
      finding: { kind: 'altered', position: 13 },
    });
    await database.rows(sql`UPDATE events SET data = ${JSON.stringify(row.data)}::jsonb
                            WHERE id = ${row.id}`);
    await database.rows(sql`UPDATE event_chain SET hash = ${original[0]?.hash ?? GENESIS_HASH}
                            WHERE position = 13`);
    expect((await store.audit()).ok).toBe(true);
  });

  it('leaves an edit before the verified position to the full verification (CLI), then reports its finding', async () => {
    const id = await eventIdAt(database, 3);
    await database.rows(
      sql`UPDATE events SET data = '{"title":"Alt und gefälscht"}' WHERE id = ${id}`,
    );
    // The incremental audit checks what is new and the last verified entry, not every event.
    expect(await store.audit()).toMatchObject({ ok: true, newlyChecked: 0 });

    await store.close();
    await database.close();
    const full = await runToEnd('src/cli/main.ts', ['verify'], test.env);
    expect(full.stderr).toContain('TAMPERED at position 3');
    expect(full.code).toBe(1);
    database = await test.reopen();
    store = createEventStore(database);

    // The full verification's finding stands in the audit until a full verification passes.
    expect(await store.audit()).toMatchObject({ ok: false, finding: { position: 3 } });
    await database.rows(sql`UPDATE events SET data = '{"title":"Feld 3"}' WHERE id = ${id}`);
    expect((await store.audit()).ok).toBe(false);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 13 });
    expect(await store.audit()).toMatchObject({ ok: true, newlyChecked: 0 });
  }, 120_000);
});
