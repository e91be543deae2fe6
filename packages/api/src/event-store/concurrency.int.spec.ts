import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKind,
} from '../testing/test-database.js';
import { ConcurrencyError, createEventStore, type EventStore, type NewEvent } from './index.js';

const event = (type: string): NewEvent => ({
  type,
  schemaVersion: 1,
  data: {},
  occurredAt: '2017-03-07T09:00:00.000Z',
});

/** A promise with its resolver, to hold a transaction open until the test lets it go. */
const gate = () => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
};

/**
 * A store whose appends stop inside their transaction: `entered` opens once one is there, and it
 * commits only after `held.open()`.
 */
const heldStore = (test: TestDatabase) => {
  const held = gate();
  const entered = gate();
  const store = createEventStore(test.database, {
    inlineProjections: [
      async () => {
        entered.open();
        await held.opened;
      },
    ],
  });
  return { held, entered, store };
};

// PGlite has a single connection: two transactions cannot overlap there. These tests need the
// real PostgreSQL and run in CI's PostgreSQL pass.
describe.runIf(testDatabaseKind() === 'postgres')('with concurrent writers', () => {
  let test: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    test = await createTestDatabase({ maxConnections: 12 });
    store = createEventStore(test.database);
  });
  afterAll(async () => {
    await store.close();
    await test.close();
  });

  it('lets exactly one of two writers racing on a stream win; the other gets CONFLICT', async () => {
    await store.append('Recommendation-race', [event('RecommendationDrafted')], {
      expectedVersion: 0,
    });
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        store.append('Recommendation-race', [event('RecommendationRevised'), event('X')], {
          expectedVersion: 1,
        }),
      ),
    );
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const lost = attempts.flatMap((attempt) =>
      attempt.status === 'rejected' ? [attempt.reason] : [],
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost) {
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ code: 'CONFLICT', currentVersion: expect.any(Number) });
    }
    const events = await store.readStream('Recommendation-race');
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
  });

  it('does not make writers on other streams wait for an open transaction', async () => {
    const { held, entered, store: slow } = heldStore(test);
    const pending = slow.append('Measure-slow', [event('MeasurePlanned')], { expectedVersion: 0 });
    await entered.opened;
    const started = Date.now();
    await store.append('Measure-fast', [event('MeasurePlanned')], { expectedVersion: 0 });
    expect(Date.now() - started).toBeLessThan(2000);
    held.open();
    await pending;
    await slow.close();
  });

  it('never lets a reader skip an event whose transaction began first but commits last', async () => {
    await store.seal();
    const [last] = (await store.readAll({ after: 0, limit: 10_000 })).slice(-1);
    const cursor = last?.position ?? 0;

    const { held, entered, store: early } = heldStore(test);
    // The early writer takes its transaction id first and keeps the transaction open ...
    const earlyAppend = early.append('Suggestion-early', [event('SuggestionCaptured')]);
    await entered.opened;
    // ... while a later writer commits.
    await store.append('Suggestion-late', [event('SuggestionCaptured')]);

    const whileOpen = await store.readAll({ after: cursor });
    expect(whileOpen.map((e) => e.streamId)).not.toContain('Suggestion-late');

    held.open();
    await earlyAppend;
    const afterCommit = await store.readAll({ after: cursor });
    expect(afterCommit.map((e) => e.streamId)).toEqual(['Suggestion-early', 'Suggestion-late']);
    expect(afterCommit.map((e) => e.position)).toEqual([cursor + 1, cursor + 2]);
    await early.close();
  });

  it('keeps the feed gap-free and complete under many concurrent writers with rollbacks', async () => {
    await store.seal();
    const before = (await store.readAll({ after: 0, limit: 10_000 })).length;
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      let written = 0;
      for (let round = 0; round < 25; round++) {
        // Every third append is stale on purpose: it rolls back, leaving a hole in the ids.
        const stale = round % 3 === 2;
        try {
          await store.append(`Meeting-w${writer}`, [event('MeetingRevised')], {
            expectedVersion: stale ? 999 : written,
          });
          written += 1;
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
        }
      }
      return written;
    });
    const readers: number[] = [];
    const reading = (async () => {
      let after = before;
      for (let i = 0; i < 20; i++) {
        for (const e of await store.readAll({ after })) {
          readers.push(e.position);
          after = e.position;
        }
      }
    })();
    const written = (await Promise.all(writers)).reduce((sum, count) => sum + count, 0);
    await reading;
    const all = await store.readAll({ after: before, limit: 10_000 });
    expect(all).toHaveLength(written);
    expect(all.map((e) => e.position)).toEqual(all.map((_, index) => before + index + 1));
    // What the concurrent reader saw is a gap-free prefix of the final feed.
    expect(readers).toEqual(all.slice(0, readers.length).map((e) => e.position));
  });
});
