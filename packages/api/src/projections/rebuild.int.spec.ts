import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import type { Database } from '../database/index.js';
import { seedDemo } from '../seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { rebuildProjections } from './rebuild.js';

let test: TestDatabase;
let composed: ReturnType<typeof compose>;

const snapshot = async (database: Database) => ({
  versions: await database.rows(sql`
    SELECT kind, id, version, status, title, action_field_ids, state, search::text, event_id,
      event_type, occurred_at, valid_from, valid_to
    FROM item_versions ORDER BY kind, id, version`),
  edges: await database.rows(sql`
    SELECT relation, source_kind, source_id, target_kind, target_id, added_event_id, added_at,
      removed_event_id, removed_at
    FROM provenance_edges
    ORDER BY added_event_id, relation, source_kind, source_id, target_kind, target_id`),
});

beforeAll(async () => {
  test = await createTestDatabase();
  composed = compose(test.database);
  await seedDemo(test.database, composed.execute, { now: new Date().toISOString() });
  await composed.store.seal();
});
afterAll(async () => {
  await composed.store.close();
  await test.close();
});

describe('rebuild', () => {
  it('gives exactly the tables the inline projections wrote', async () => {
    const inline = await snapshot(test.database);
    expect(inline.versions.length).toBeGreaterThan(100);
    expect(inline.edges.length).toBeGreaterThan(20);
    const progress: number[] = [];
    const rebuilt = await rebuildProjections(test.database, {
      batchSize: 50,
      onProgress: (done) => progress.push(done),
    });
    expect(rebuilt).toBe(inline.versions.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(await snapshot(test.database)).toEqual(inline);
  });
});
