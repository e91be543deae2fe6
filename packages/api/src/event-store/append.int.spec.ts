import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import {
  ConcurrencyError,
  createEventStore,
  type EventStore,
  IdempotencyKeyReusedError,
  type NewEvent,
} from './index.js';

const event = (type: string, data: Record<string, string> = {}): NewEvent => ({
  type,
  schemaVersion: 1,
  data,
  occurredAt: '2017-03-07T09:00:00.000Z',
});

let test: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  test = await createTestDatabase();
  store = createEventStore(test.database);
});
afterAll(async () => {
  await store.close();
  await test.close();
});

describe('append', () => {
  it('writes a new stream from version 0 and reads it back in order', async () => {
    const result = await store.append(
      'Meeting-konferenz',
      [event('MeetingPlanned', { title: 'StrategieKonferenz' }), event('MeetingHeld')],
      { expectedVersion: 0, metadata: { actor: 'user-1', role: 'team' } },
    );
    expect(result.streams).toEqual([
      { streamId: 'Meeting-konferenz', nextExpectedVersion: 2, eventIds: expect.any(Array) },
    ]);
    const events = await store.readStream('Meeting-konferenz');
    expect(events.map((e) => [e.streamVersion, e.type, e.streamType])).toEqual([
      [1, 'MeetingPlanned', 'Meeting'],
      [2, 'MeetingHeld', 'Meeting'],
    ]);
    expect(events[0]).toMatchObject({
      data: { title: 'StrategieKonferenz' },
      metadata: { actor: 'user-1', role: 'team' },
      occurredAt: '2017-03-07T09:00:00.000Z',
    });
    expect(Date.parse(events[0]?.recordedAt ?? '')).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('refuses a stale expected version with CONFLICT naming the current version', async () => {
    await store.append('Suggestion-a', [event('SuggestionCaptured')], { expectedVersion: 0 });
    const stale = store.append('Suggestion-a', [event('SuggestionDeclined')], {
      expectedVersion: 0,
    });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const ahead = store.append('Suggestion-a', [event('SuggestionDeclined')], {
      expectedVersion: 5,
    });
    await expect(ahead).rejects.toMatchObject({ currentVersion: 1, expectedVersion: 5 });
    expect(await store.readStream('Suggestion-a')).toHaveLength(1);
  });

  it('writes several streams all or nothing', async () => {
    await store.append('Recommendation-r1', [event('RecommendationDrafted')], {
      expectedVersion: 0,
    });
    const adopt = store.appendMany([
      { streamId: 'Measure-m1', events: [event('MeasurePlanned')], expectedVersion: 0 },
      {
        streamId: 'Recommendation-r1',
        events: [event('RecommendationAdopted')],
        expectedVersion: 7,
      },
    ]);
    await expect(adopt).rejects.toMatchObject({ streamId: 'Recommendation-r1', currentVersion: 1 });
    expect(await store.readStream('Measure-m1')).toEqual([]);

    const result = await store.appendMany([
      {
        streamId: 'Recommendation-r1',
        events: [event('RecommendationAdopted')],
        expectedVersion: 1,
      },
      { streamId: 'Measure-m1', events: [event('MeasurePlanned')], expectedVersion: 0 },
    ]);
    expect(result.streams.map((s) => s.nextExpectedVersion)).toEqual([2, 1]);
  });

  it('returns the original result for a repeated idempotency key and writes nothing', async () => {
    const idempotency = {
      caller: 'token:t1',
      key: 'draft-g1',
      operation: 'DraftGuideline',
      fingerprint: 'f1',
      at: '2026-01-01T12:00:00.000Z',
    };
    const first = await store.append('Guideline-g1', [event('GuidelineDrafted')], {
      expectedVersion: 0,
      idempotency,
    });
    const again = await store.append('Guideline-g1', [event('GuidelineDrafted')], {
      expectedVersion: 0,
      idempotency,
    });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.readStream('Guideline-g1')).toHaveLength(1);
    // The same key for another operation or input is refused, and writes nothing.
    for (const other of [{ operation: 'ReviseGuideline' }, { fingerprint: 'f2' }]) {
      await expect(
        store.append('Guideline-g1', [event('GuidelineRevised')], {
          idempotency: { ...idempotency, ...other },
        }),
      ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    }
    expect(await store.readStream('Guideline-g1')).toHaveLength(1);
  });

  it('keeps personal data beside the event and shows erased subjects as erased', async () => {
    await store.append('Meeting-w1', [
      {
        ...event('ParticipantRegistered', { subjectId: 'p-1' }),
        personalData: [{ subjectId: 'p-1', name: 'Erika Muster', email: 'erika@example.org' }],
      },
    ]);
    const [registered] = await store.readStream('Meeting-w1');
    expect(registered?.data).toEqual({ subjectId: 'p-1' });
    expect(registered?.personalData).toEqual([
      { subjectId: 'p-1', name: 'Erika Muster', email: 'erika@example.org' },
    ]);
  });

  it('rejects an empty append', async () => {
    await expect(store.append('Meeting-x', [])).rejects.toThrow(/at least one event/);
  });

  it('reads a stream up to a version or as of an instant', async () => {
    await store.append('ActionField-a1', [
      event('ActionFieldDefined'),
      event('ActionFieldRevised'),
    ]);
    expect(await store.readStream('ActionField-a1', { toVersion: 1 })).toHaveLength(1);
    expect(await store.readStream('ActionField-a1', { asOf: '2020-01-01T00:00:00Z' })).toEqual([]);
  });
});

describe('readAll', () => {
  it('returns every event once, in a gap-free global order, page by page', async () => {
    const all = [];
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, limit: 3 });
      if (page.length === 0) break;
      all.push(...page);
      after = page.at(-1)?.position ?? after;
    }
    expect(all.map((e) => e.position)).toEqual(all.map((_, index) => index + 1));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
  });

  it('filters by type and stream', async () => {
    const page = await store.readAll({ types: ['MeasurePlanned'] });
    expect(page.map((e) => e.streamId)).toEqual(['Measure-m1']);
    const stream = await store.readAll({ streamId: 'Meeting-konferenz' });
    expect(stream.map((e) => e.type)).toEqual(['MeetingPlanned', 'MeetingHeld']);
  });
});
