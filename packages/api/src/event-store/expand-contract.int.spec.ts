import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../database/migrate.js';
import { migrationTags, NEXT_RELEASE_FOLDER, runSqlFile } from '../testing/migration-files.js';
import {
  checkOutRelease,
  type ReleaseCheckout,
  releaseBefore,
} from '../testing/previous-release/checkout.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { findIdempotent, recordIdempotent, IDEMPOTENCY_KEY_TTL_MS as TTL } from './idempotency.js';
import type { AppendResult, IdempotencyKey } from './types.js';

// The expand/contract pair `0010_idempotency_used_at` + drizzle-next/idempotency_drop_recorded_at:
// during a rolling upgrade the previous release's statements (its idempotency.ts, taken from git
// history) and this release's run against the same expanded table, and a client's retry may reach
// either.
const EXPAND = 'idempotency_used_at';
const CONTRACT = join(NEXT_RELEASE_FOLDER, 'idempotency_drop_recorded_at.sql');
const DAY = 24 * 60 * 60 * 1000;

type Statements = Pick<typeof import('./idempotency.js'), 'findIdempotent' | 'recordIdempotent'>;

let test: TestDatabase;
let release: ReleaseCheckout | undefined;
let previous: Statements;
beforeAll(async () => {
  release = checkOutRelease(releaseBefore(EXPAND));
  previous = await import(join(release.packageRoot, 'src', 'event-store', 'idempotency.ts'));
  test = await createTestDatabase();
});
afterAll(async () => {
  release?.remove();
  await test?.close();
});

const keyOf = (key: string, at: string, input = 'a'): IdempotencyKey => ({
  caller: 'team-token',
  key,
  operation: 'CaptureSuggestion',
  fingerprint: `fp-${input}`,
  at,
});
const resultOf = (eventId: number): AppendResult => ({
  streams: [{ streamId: `s-${eventId}`, nextExpectedVersion: 1, eventIds: [eventId] }],
  recordedAt: '2026-03-02T09:00:00.000Z',
  replayed: false,
});
type Record = typeof recordIdempotent;
const record = (recorder: Record, key: IdempotencyKey, eventId: number) =>
  test.database.transaction((tx) => recorder(tx, key, resultOf(eventId), TTL));
const stored = (key: string) =>
  test.database.rows<{ used_at: string; recorded_at: string }>(sql`
    SELECT to_json(used_at)#>>'{}' AS used_at, to_json(recorded_at)#>>'{}' AS recorded_at
    FROM idempotency_keys WHERE key = ${key}`);

describe('expand: the previous release beside this one', () => {
  it('backfills used_at for the keys the previous release recorded before the expand', async () => {
    const tags = migrationTags();
    const expand = tags.findIndex((tag) => tag.endsWith(EXPAND));
    expect(expand).toBeGreaterThan(0);
    // The schema as the previous release left it, in a schema of its own, rolled back after.
    const rolledBack = new Error('roll back');
    const before = await test.database
      .transaction(async (tx) => {
        await tx.rows(sql`CREATE SCHEMA release_before`);
        await tx.rows(sql`SET LOCAL search_path TO release_before, public`);
        for (const tag of tags.slice(0, expand)) {
          await runSqlFile(tx, join(MIGRATIONS_FOLDER, `${tag}.sql`));
        }
        const key = keyOf('k-before', '2026-03-02T09:00:00.000Z');
        expect(await previous.recordIdempotent(tx, key, resultOf(1), TTL)).toBe(true);
        await runSqlFile(tx, join(MIGRATIONS_FOLDER, `${tags[expand]}.sql`));
        const rows = await tx.rows<{ used_at: string }>(
          sql`SELECT to_json(used_at)#>>'{}' AS used_at FROM idempotency_keys`,
        );
        // This release finds the key the previous one recorded before the upgrade.
        const found = await findIdempotent(tx, { ...key, at: '2026-03-02T10:00:00.000Z' }, TTL);
        throw Object.assign(rolledBack, { rows, found });
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
        return rolledBack as Error & { rows: unknown; found: unknown };
      });
    expect(before.rows).toEqual([{ used_at: '2026-03-02T09:00:00+00:00' }]);
    expect(before.found).toMatchObject({ replayed: true, streams: [{ eventIds: [1] }] });
  });

  it('a retry finds the key whichever release recorded it', async () => {
    const at = '2026-03-02T09:00:00.000Z';
    const later = '2026-03-02T09:00:05.000Z';
    expect(await record(previous.recordIdempotent, keyOf('k-old', at), 10)).toBe(true);
    expect(await record(recordIdempotent, keyOf('k-new', at), 11)).toBe(true);
    expect(await stored('k-old')).toEqual([
      { used_at: '2026-03-02T09:00:00+00:00', recorded_at: '2026-03-02T09:00:00+00:00' },
    ]);
    // This release wrote only used_at: the trigger filled recorded_at for the previous one.
    expect(await stored('k-new')).toEqual(await stored('k-old'));

    for (const find of [findIdempotent, previous.findIdempotent]) {
      expect(await find(test.database, keyOf('k-old', later), TTL)).toMatchObject({
        replayed: true,
        streams: [{ eventIds: [10] }],
      });
      expect(await find(test.database, keyOf('k-new', later), TTL)).toMatchObject({
        replayed: true,
        streams: [{ eventIds: [11] }],
      });
      // A reuse for another input is refused on both sides.
      await expect(find(test.database, keyOf('k-new', later, 'b'), TTL)).rejects.toThrow(
        /another input/,
      );
    }
    // A racer with a live key leaves nothing written, whichever release it is.
    expect(await record(previous.recordIdempotent, keyOf('k-new', later), 12)).toBe(false);
    expect(await record(recordIdempotent, keyOf('k-old', later), 13)).toBe(false);
  });

  it('an expired key taken over by either release moves both columns', async () => {
    const next = new Date(Date.parse('2026-03-02T09:00:00.000Z') + DAY).toISOString();
    // The previous release takes over the key this one recorded, and the other way round.
    expect(await record(previous.recordIdempotent, keyOf('k-new', next, 'b'), 20)).toBe(true);
    expect(await record(recordIdempotent, keyOf('k-old', next, 'b'), 21)).toBe(true);
    for (const key of ['k-new', 'k-old']) {
      expect(await stored(key)).toEqual([
        { used_at: '2026-03-03T09:00:00+00:00', recorded_at: '2026-03-03T09:00:00+00:00' },
      ]);
    }
    for (const find of [findIdempotent, previous.findIdempotent]) {
      expect(await find(test.database, keyOf('k-new', next, 'b'), TTL)).toMatchObject({
        streams: [{ eventIds: [20] }],
      });
      expect(await find(test.database, keyOf('k-old', next, 'b'), TTL)).toMatchObject({
        streams: [{ eventIds: [21] }],
      });
    }
  });

  it("the previous release's clean-up of expired keys removes this release's too", async () => {
    const at = '2026-03-10T09:00:00.000Z';
    expect(await record(recordIdempotent, keyOf('k-stale', '2026-03-05T09:00:00.000Z'), 30)).toBe(
      true,
    );
    expect(await record(previous.recordIdempotent, keyOf('k-fresh', at), 31)).toBe(true);
    expect(await stored('k-stale')).toEqual([]);
  });
});

describe('contract (the next release, once no process of the previous one runs)', () => {
  it('drops recorded_at: this release keeps working, the previous one fails', async () => {
    await runSqlFile(test.database, CONTRACT);
    const columns = await test.database.rows<{ column_name: string }>(sql`
      SELECT column_name FROM information_schema.columns
      WHERE table_name = 'idempotency_keys' AND table_schema = current_schema()
      ORDER BY column_name`);
    expect(columns.map((column) => column.column_name)).toEqual([
      'caller',
      'command',
      'fingerprint',
      'key',
      'result',
      'used_at',
    ]);
    const at = '2026-03-10T12:00:00.000Z';
    expect(await record(recordIdempotent, keyOf('k-after', at), 40)).toBe(true);
    expect(await findIdempotent(test.database, keyOf('k-after', at), TTL)).toMatchObject({
      streams: [{ eventIds: [40] }],
    });
    expect(await findIdempotent(test.database, keyOf('k-fresh', at), TTL)).toMatchObject({
      streams: [{ eventIds: [31] }],
    });
    // Why the contract waits for the last old process: every keyed write of it fails now.
    await expect(previous.findIdempotent(test.database, keyOf('k-after', at), TTL)).rejects.toThrow(
      /recorded_at/,
    );
    await expect(record(previous.recordIdempotent, keyOf('k-old-2', at), 41)).rejects.toThrow(
      /recorded_at/,
    );
  });
});
