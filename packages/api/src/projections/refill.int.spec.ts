import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreamAppend } from '../event-store/index.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { refillReadModels } from './refill.js';

let api: TestApi;

// Events as the API wrote them before calendar dates had a type: version 1, days as instants.
const V1_EVENTS: readonly StreamAppend[] = [
  {
    streamId: 'Meeting-mt-2016',
    events: [
      {
        type: 'MeetingPlanned',
        schemaVersion: 1,
        occurredAt: '2016-09-01T00:00:00.000Z',
        data: {
          meetingId: 'mt-2016',
          title: 'Workshop Digitalisierung',
          kind: 'workshop',
          date: '2016-10-12T00:00:00.000Z',
          place: 'Chemnitz',
          actionFieldIds: [],
        },
      },
    ],
  },
  {
    streamId: 'ProjectIdea-pi-lab',
    events: [
      {
        type: 'ProjectIdeaProposed',
        schemaVersion: 1,
        occurredAt: '2017-03-07T00:00:00.000Z',
        data: {
          projectIdeaId: 'pi-lab',
          title: 'Cross-Innovation-Lab',
          body: 'Ein Labor für Kooperationen.',
          actionFieldIds: [],
          originatesFrom: [],
          plannedStart: '2018-04-01T00:00:00.000Z',
          plannedEnd: '2026-12-31T00:00:00.000Z',
        },
      },
      {
        type: 'ProjectMilestonePlanned',
        schemaVersion: 1,
        occurredAt: '2017-03-08T00:00:00.000Z',
        // A partner's instant: 00:30 in Berlin on 1 September, still 31 August in UTC.
        data: {
          projectIdeaId: 'pi-lab',
          milestoneId: 'ms-1',
          title: 'Labor eröffnet',
          dueDate: '2027-08-31T22:30:00.000Z',
        },
      },
    ],
  },
];

const READ = `query ($meeting: ID!, $idea: ID!) {
  meeting: node(id: $meeting) { ... on Meeting { date } }
  idea: node(id: $idea) { ... on ProjectIdea { plannedStart plannedEnd milestones { dueDate } } }
}`;

beforeAll(async () => {
  api = await createTestApi();
  for (const { streamId, events } of V1_EVENTS) {
    await api.store.append(streamId, events, { expectedVersion: 0 });
  }
  await api.store.seal();
  // What migration 0004 does: the read models go, the events stay.
  await api.database.rows(sql`TRUNCATE item_versions, provenance_edges`);
}, 60_000);
afterAll(() => api.close());

describe('when a migration has emptied the read models of version-1 events', () => {
  it('refills them with calendar dates upcast from the events, once', async () => {
    expect(await refillReadModels(api.database)).toBe(3);
    expect(await refillReadModels(api.database)).toBe(0);
    const read = await api.gql(READ, {
      meeting: encodeGlobalID('Meeting', 'mt-2016'),
      idea: encodeGlobalID('ProjectIdea', 'pi-lab'),
    });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      meeting: { date: '2016-10-12' },
      idea: {
        plannedStart: '2018-04-01',
        plannedEnd: '2026-12-31',
        milestones: [{ dueDate: '2027-09-01' }],
      },
    });
  });

  it('leaves the stored events as they were, so the hash chain still verifies', async () => {
    const stored = await api.database.rows<{ data: { date?: string } }>(
      sql`SELECT data FROM events WHERE type = 'MeetingPlanned'`,
    );
    expect(stored.map((row) => row.data.date)).toEqual(['2016-10-12T00:00:00.000Z']);
    expect(await api.store.verify()).toMatchObject({ ok: true });
  });
});
