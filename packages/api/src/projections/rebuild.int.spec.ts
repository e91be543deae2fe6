import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { seedDemo } from '../seed/demo.js';
import { readModelRows } from '../testing/read-models.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { rebuildProjections } from './rebuild.js';

let test: TestDatabase;
let composed: ReturnType<typeof compose>;

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
    const inline = await readModelRows(test.database);
    expect(inline.versions.length).toBeGreaterThan(100);
    expect(inline.edges.length).toBeGreaterThan(20);
    const progress: number[] = [];
    const rebuilt = await rebuildProjections(test.database, {
      batchSize: 50,
      onProgress: (done) => progress.push(done),
    });
    expect(rebuilt).toBe(inline.versions.length);
    expect(progress.length).toBeGreaterThan(1);
    expect(await readModelRows(test.database)).toEqual(inline);
  });
});
