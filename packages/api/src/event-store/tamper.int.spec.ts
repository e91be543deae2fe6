import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../database/index.js';
import { runToEnd } from '../testing/run-source.js';
import { eventIdAt } from '../testing/sealed.js';
import { disableAppendOnly } from '../testing/superuser.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createEventStore, type EventStore } from './index.js';
import { verifyChain } from './verify.js';

let test: TestDatabase;
let database: Database;
let store: EventStore;

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  database = test.database;
  store = createEventStore(database);
  for (const [index, title] of ['Digitalisierung', 'Geschäftsmodelle', 'Kooperationen'].entries()) {
    await store.append(`ActionField-${index}`, [
      {
        type: 'ActionFieldDefined',
        schemaVersion: 1,
        data: { title },
        occurredAt: '2016-05-01T00:00:00Z',
      },
      {
        type: 'ActionFieldRevised',
        schemaVersion: 1,
        data: { title: `${title}!` },
        occurredAt: '2016-06-01T00:00:00Z',
      },
    ]);
  }
  await store.seal();
  // The edits below are a superuser's: the application's connection is refused them (see
  // append-only.int.spec.ts), but a superuser can switch the append-only triggers off.
  await disableAppendOnly(database);
});
afterAll(async () => {
  await store.close();
  await test.close();
});

describe('when nobody touched the log', () => {
  it('verifies every event and names the head hash', async () => {
    const result = await store.verify();
    expect(result).toMatchObject({ ok: true, checked: 6, headPosition: 6, pending: 0 });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the head, a statement per batch and one count: nothing per event', async () => {
    const rows = vi.spyOn(database, 'rows');
    try {
      expect(await verifyChain(database, { batchSize: 2 })).toMatchObject({ ok: true, checked: 6 });
      // Head, three batches of two, the count of events behind the head.
      expect(rows.mock.calls.length).toBe(5);
    } finally {
      rows.mockRestore();
    }
  });
});

describe('when a row was changed by hand in SQL', () => {
  it('finds an edited event at its position', async () => {
    const id = await eventIdAt(database, 3);
    await database.rows(sql`UPDATE events SET data = '{"title":"Gefälscht"}' WHERE id = ${id}`);
    expect((await store.verify()).finding).toMatchObject({ kind: 'altered', position: 3 });
    await database.rows(
      sql`UPDATE events SET data = '{"title":"Geschäftsmodelle"}' WHERE id = ${id}`,
    );
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds a changed recording time', async () => {
    const id = await eventIdAt(database, 2);
    await database.rows(
      sql`UPDATE events SET recorded_at = recorded_at - interval '1 day' WHERE id = ${id}`,
    );
    expect((await store.verify()).finding).toMatchObject({ kind: 'altered', position: 2 });
    await database.rows(
      sql`UPDATE events SET recorded_at = recorded_at + interval '1 day' WHERE id = ${id}`,
    );
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds a deleted event', async () => {
    const id = await eventIdAt(database, 4);
    await database.rows(sql`CREATE TABLE saved AS SELECT * FROM events WHERE id = ${id}`);
    await database.rows(sql`DELETE FROM events WHERE id = ${id}`);
    expect((await store.verify()).finding).toMatchObject({ kind: 'missing', position: 4 });
    await database.rows(sql`INSERT INTO events OVERRIDING SYSTEM VALUE SELECT * FROM saved`);
    await database.rows(sql`DROP TABLE saved`);
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds a deleted chain entry', async () => {
    await database.rows(sql`CREATE TABLE saved AS SELECT * FROM event_chain WHERE position = 5`);
    await database.rows(sql`DELETE FROM event_chain WHERE position = 5`);
    expect((await store.verify()).finding).toMatchObject({ kind: 'gap', position: 5 });
    await database.rows(sql`INSERT INTO event_chain SELECT * FROM saved`);
    await database.rows(sql`DROP TABLE saved`);
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds two events swapped in the order', async () => {
    const [second, third] = [await eventIdAt(database, 2), await eventIdAt(database, 3)];
    const swap = async (a: number, b: number) => {
      await database.rows(sql`UPDATE event_chain SET event_id = -1 WHERE event_id = ${a}`);
      await database.rows(sql`UPDATE event_chain SET event_id = ${a} WHERE event_id = ${b}`);
      await database.rows(sql`UPDATE event_chain SET event_id = ${b} WHERE event_id = -1`);
    };
    await swap(second, third);
    expect((await store.verify()).finding).toMatchObject({ kind: 'altered', position: 2 });
    await swap(second, third);
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds two versions of a stream swapped', async () => {
    const swapVersions = () =>
      database.rows(sql`UPDATE events SET stream_version = 3 - stream_version
                        WHERE stream_id = 'ActionField-2'`);
    await database.rows(sql`ALTER TABLE events DROP CONSTRAINT events_stream_version_key`);
    await swapVersions();
    expect((await store.verify()).finding).toMatchObject({ kind: 'altered', position: 5 });
    await swapVersions();
    await database.rows(sql`ALTER TABLE events ADD CONSTRAINT events_stream_version_key
                            UNIQUE (stream_id, stream_version)`);
    expect((await store.verify()).ok).toBe(true);
  });

  it('finds an event slipped in behind the head of the chain', async () => {
    const [first] = await database.rows<{ tx_id: string }>(
      sql`SELECT tx_id::text AS tx_id FROM event_chain WHERE position = 3`,
    );
    await database.rows(sql`
      INSERT INTO events (tx_id, stream_id, stream_type, stream_version, type, schema_version,
                          data, metadata, occurred_at)
      VALUES (${first?.tx_id}::xid8, 'ActionField-9', 'ActionField', 1, 'ActionFieldDefined', 1,
              '{}', '{}', '2016-05-01')`);
    const result = await store.verify();
    expect(result.finding).toMatchObject({ kind: 'unchained' });
    expect(result.finding?.position).toBeGreaterThanOrEqual(3);
    await database.rows(sql`DELETE FROM events WHERE stream_id = 'ActionField-9'`);
    expect((await store.verify()).ok).toBe(true);
  });

  it('leaves personal data out of the hashed bytes, so erasing it keeps the chain whole', async () => {
    await store.append('Meeting-m1', [
      {
        type: 'ParticipantRegistered',
        schemaVersion: 1,
        data: { subjectId: 's-1' },
        occurredAt: '2017-03-07T00:00:00Z',
        personalData: [{ subjectId: 's-1', name: 'Max Mustermann', email: 'max@example.org' }],
      },
    ]);
    await store.seal();
    await database.rows(
      sql`UPDATE personal_data SET data = NULL, erased_at = now() WHERE subject_id = 's-1'`,
    );
    expect(await store.verify()).toMatchObject({ ok: true, checked: 7 });
    const [registered] = await store.readStream('Meeting-m1');
    expect(registered?.personalData).toEqual([{ subjectId: 's-1', erased: true }]);
  });
});

describe('pnpm fahrplan verify', () => {
  it('exits 0 on an intact log and 1 naming the first bad position after tampering', async () => {
    const id = await eventIdAt(database, 6);
    await database.rows(sql`UPDATE events SET metadata = '{"actor":"mallory"}' WHERE id = ${id}`);
    await store.close();
    await database.close();
    const tampered = await runToEnd('src/cli/main.ts', ['verify'], test.env);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('TAMPERED at position 6');

    database = await test.reopen();
    store = createEventStore(database);
    await database.rows(sql`UPDATE events SET metadata = '{}' WHERE id = ${id}`);
    await database.close();
    const intact = await runToEnd('src/cli/main.ts', ['verify'], test.env);
    expect(intact.stderr).toContain('100% 7/7');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/OK: 7 events verified, head 7 [0-9a-f]{64}/);
    database = await test.reopen();
    store = createEventStore(database);
  });
});
