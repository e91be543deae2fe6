import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../event-store/index.js';
import { rebuildProjections } from '../projections/rebuild.js';
import { readModelRows } from '../testing/read-models.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { allProcesses, appendsOf, generateHistory } from './generate.js';

let test: TestDatabase;
let written: number;

beforeAll(async () => {
  test = await createTestDatabase();
  const progress: number[] = [];
  const result = await generateHistory(test.database, {
    events: 3000,
    seed: 11,
    batchSize: 700,
    onProgress: (done) => progress.push(done),
  });
  expect(result.failures).toBe(0);
  expect(progress.length).toBeGreaterThan(2);
  written = result.events;
}, 120_000);
afterAll(() => test.close());

describe('a generated history in the database', () => {
  it('is the log the domain decided for the seed, in order', async () => {
    const expected = (await allProcesses(3000, 11))
      .flatMap(({ result }) => appendsOf(result, 11))
      .flatMap((append) =>
        append.events.map((event) => [append.streamId, event.type, event.data, event.occurredAt]),
      );
    const stored = await test.database.rows<{
      stream_id: string;
      type: string;
      data: unknown;
      occurred_at: string;
    }>(sql`
      SELECT e.stream_id, e.type, e.data,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at
      FROM event_chain c JOIN events e ON e.id = c.event_id ORDER BY c.position`);
    expect(stored.length).toBe(written);
    expect(stored.map((row) => [row.stream_id, row.type, row.data, row.occurred_at])).toEqual(
      expected,
    );
  });

  it('is sealed and verifies', async () => {
    const store = createEventStore(test.database, { autoSeal: false });
    expect(await store.verify()).toMatchObject({ ok: true, checked: written });
    await store.close();
  });

  it('keeps personal data beside the log, sealed', async () => {
    const [row] = await test.database.rows<{ count: number | string }>(
      sql`SELECT count(*) AS count FROM personal_data WHERE data ? 'sealed'`,
    );
    expect(Number(row?.count)).toBeGreaterThan(20);
  });

  it('projects exactly what a rebuild from the events gives', async () => {
    const bulk = await readModelRows(test.database);
    expect(bulk.versions.length).toBe(written);
    expect(bulk.edges.length).toBeGreaterThan(100);
    await rebuildProjections(test.database, { batchSize: 97 });
    expect(await readModelRows(test.database)).toEqual(bulk);
  });
});
