import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../seed/demo.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { readLiveEvents } from './live-events.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedDemo(api.database, api.execute, {
    now: new Date().toISOString(),
    timeZone: 'Europe/Berlin',
  });
  // The demo's ~170 events plus these: a catch-up batch of more than 300 item events.
  for (let index = 0; index < 150; index += 1) {
    await api.execute({
      type: 'CaptureSuggestion',
      data: {
        suggestionId: `live-batch-${index}`,
        text: `Vorschlag ${index} für den Stapel`,
        sector: 'industry',
        channel: 'mail',
      },
      metadata: {
        actor: 'team-test',
        role: 'team',
        now: new Date().toISOString(),
        timeZone: 'Europe/Berlin',
      },
    });
  }
  await api.store.seal();
}, 120_000);
afterAll(async () => {
  await api.close();
});

describe('reading the feed for subscribers', () => {
  it('finds the item version of every event in a batch of hundreds', async () => {
    const batch = await readLiveEvents(api.database, 0, 500);
    expect(batch.length).toBeGreaterThan(300);
    // Every event in the demo and above belongs to an item; one list of row values this long
    // made PGlite hang or answer nothing.
    expect(batch.filter((entry) => entry.item === undefined)).toEqual([]);
    expect(batch.at(-1)?.item).toMatchObject({ kind: 'Suggestion', id: 'live-batch-149' });
  });
});
