import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { globalId, seeder } from './measure/testing.js';

const INSTALLATION = '{ installation { timeZone today } }';
const PLAN = `mutation ($input: PlanMilestoneInput!) {
  planMilestone(input: $input) { measure { milestones { dueDate } } }
}`;
// 00:30 on 6 December in Berlin; still 5 December in UTC and in Los Angeles.
const clock = { now: () => '2026-12-05T23:30:00.000Z' };

describe('installation', () => {
  describe('with the default time zone, at 00:30 in Berlin', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({ clock });
    }, 60_000);
    afterAll(() => api.close());
    it('names Europe/Berlin and its today, for anyone', async () =>
      expect((await api.gql(INSTALLATION, {}, { as: 'anonymous' })).data).toEqual({
        installation: { timeZone: 'Europe/Berlin', today: '2026-12-06' },
      }));
    it('counts an adoption on its Berlin day: a milestone may not fall due before it', async () => {
      // Adopted at 00:30 on 1 July 2025 in Berlin (CEST), which is still 30 June in UTC.
      const seed = seeder(api);
      const field = await seed.actionField('Digitalisierung');
      const { measureId } = await seed.measure('Lotsen', {
        actionFieldIds: [field],
        occurredAt: '2025-06-30T22:30:00.000Z',
      });
      const plan = (dueDate: string) =>
        api.gql(PLAN, {
          input: {
            id: globalId('Measure', measureId),
            expectedVersion: 1,
            title: 'Start',
            dueDate,
          },
        });
      expect((await plan('2025-06-30')).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'dueDate',
      });
      expect((await plan('2025-07-01')).errors).toBeUndefined();
    });
  });

  describe('with FAHRPLAN_TIME_ZONE America/Los_Angeles, at the same instant', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi({ clock, timeZone: 'America/Los_Angeles' });
    }, 60_000);
    afterAll(() => api.close());
    it('is still the 5th there', async () =>
      expect((await api.gql(INSTALLATION)).data).toEqual({
        installation: { timeZone: 'America/Los_Angeles', today: '2026-12-05' },
      }));
  });
});
