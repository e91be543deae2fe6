import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSource } from '../testing/run-source.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createEventStore } from './index.js';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  // The child process opens the database itself: a PGlite folder has one owner at a time.
  await test.database.close();
});
afterAll(async () => {
  await test.close();
});

describe('when a writer is killed with SIGKILL in the middle of appends', () => {
  it('leaves only whole transactions, and the chain verifies', async () => {
    const child = runSource('src/testing/append-forever.ts', [], test.env);
    let output = '';
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      child.on('exit', () => reject(new Error(`writer exited early: ${output}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    await once(child, 'exit');

    const database = await test.reopen();
    const streams = await database.rows<{
      stream_id: string;
      count: number | string;
      max: number;
    }>(sql`
      SELECT stream_id, count(*) AS count, max(stream_version) AS max FROM events GROUP BY stream_id`);
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams) {
      // Each append wrote three events: a stream holds whole appends, versions without holes.
      expect(Number(stream.count) % 3).toBe(0);
      expect(Number(stream.max)).toBe(Number(stream.count));
    }
    const [orphans] = await database.rows<{ count: number | string }>(sql`
      SELECT count(*) AS count FROM events e
      WHERE NOT EXISTS (SELECT 1 FROM personal_data p WHERE p.event_id = e.id)`);
    expect(Number(orphans?.count)).toBe(0);

    const store = createEventStore(database);
    // PostgreSQL notices a killed client's connection a moment later: until its open transaction
    // is rolled back, the sealer must not seal past it.
    const total = streams.reduce((sum, s) => sum + Number(s.count), 0);
    await expect
      .poll(
        async () => {
          await store.seal();
          return (await store.verify()).checked;
        },
        { timeout: 10_000 },
      )
      .toBe(total);
    expect((await store.verify()).ok).toBe(true);
    await store.close();
  });
});
