import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrencyError, createEventStore, type NewEvent } from '../event-store/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { appendBulkAndSeal } from './append-bulk.js';

let test: TestDatabase;

const defined = (id: string, title: string): NewEvent => ({
  type: 'ActionFieldDefined',
  schemaVersion: 1,
  occurredAt: '2016-02-01T09:00:00.000Z',
  data: { actionFieldId: id, key: id, title, description: 'Beschreibung' },
});
const revised = (id: string, title: string): NewEvent => ({
  type: 'ActionFieldRevised',
  schemaVersion: 1,
  occurredAt: '2016-03-01T09:00:00.000Z',
  data: { actionFieldId: id, title },
});

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.close());

describe('the bulk path', () => {
  it('appends many streams in one go, continuing streams written before', async () => {
    await appendBulkAndSeal(test.database, [
      { streamId: 'ActionField-hf-a', events: [defined('hf-a', 'A')], expectedVersion: 0 },
      { streamId: 'ActionField-hf-b', events: [defined('hf-b', 'B')] },
    ]);
    const count = await appendBulkAndSeal(test.database, [
      { streamId: 'ActionField-hf-a', events: [revised('hf-a', 'A2')], expectedVersion: 1 },
      { streamId: 'ActionField-hf-b', events: [revised('hf-b', 'B2'), revised('hf-b', 'B3')] },
      { streamId: 'ActionField-hf-a', events: [revised('hf-a', 'A3')], expectedVersion: 2 },
    ]);
    expect(count).toBe(4);
    const store = createEventStore(test.database, { autoSeal: false });
    expect((await store.readStream('ActionField-hf-a')).map((e) => e.data.title)).toEqual([
      'A',
      'A2',
      'A3',
    ]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 6 });
    await store.close();
    const current = await test.database.rows<{ id: string; version: number; title: string }>(sql`
      SELECT id, version, title FROM item_versions WHERE valid_to IS NULL ORDER BY id`);
    expect(current).toEqual([
      { id: 'hf-a', version: 3, title: 'A3' },
      { id: 'hf-b', version: 3, title: 'B3' },
    ]);
  });

  it('refuses a batch with a stale expected version, and writes none of it', async () => {
    const before = await test.database.rows(sql`SELECT count(*) AS count FROM events`);
    await expect(
      appendBulkAndSeal(test.database, [
        { streamId: 'ActionField-hf-c', events: [defined('hf-c', 'C')] },
        { streamId: 'ActionField-hf-a', events: [revised('hf-a', 'A4')], expectedVersion: 1 },
      ]),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await test.database.rows(sql`SELECT count(*) AS count FROM events`)).toEqual(before);
  });
});
