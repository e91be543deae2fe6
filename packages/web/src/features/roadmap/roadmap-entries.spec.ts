import { describe, expect, it } from 'vitest';
import { datesShown, laneEntries } from './roadmap-entries.js';
import type { RoadmapLane } from './roadmap-query.js';

// Runs under several TZ values (see vitest.config.ts): the day of an instant is Berlin's.
const BERLIN = 'Europe/Berlin';

const milestone = (id: string, itemId: string, dueDate: string, reached = false) => ({
  milestoneId: id,
  title: `Meilenstein ${id}`,
  dueDate,
  reachedAt: reached ? dueDate : null,
  status: reached ? ('REACHED' as const) : ('OPEN' as const),
  item: { id: itemId },
});

const lane: RoadmapLane = {
  actionField: { id: 'af', key: 'digitalisierung', title: 'Digitalisierung', status: 'active' },
  measures: [
    {
      id: 'm1',
      title: 'Digitalisierungslotsen Sachsen',
      status: 'in_progress',
      progress: 70,
      plannedStart: '2019-01-01',
      plannedEnd: '2030-12-31',
      startedAt: '2019-01-15T08:00:00.000Z',
      adoptedAt: '2018-06-19T00:00:00.000Z',
    },
    {
      id: 'm2',
      title: 'Ohne Zeitraum',
      status: 'planned',
      progress: 0,
      plannedStart: null,
      plannedEnd: null,
      startedAt: null,
      // 00:30 on 1 February in Berlin, still 31 January in UTC.
      adoptedAt: '2024-01-31T23:30:00.000Z',
    },
  ],
  projectIdeas: [
    {
      id: 'p1',
      title: 'Lernfabrik',
      status: 'in_preparation',
      plannedStart: null,
      plannedEnd: '2029-08-31',
      proposedAt: '2017-07-20T00:00:00.000Z',
    },
  ],
  milestones: [
    milestone('a', 'm1', '2027-06-30'),
    milestone('b', 'p1', '2018-03-01', true),
    milestone('c', 'm1', '2019-12-31', true),
  ],
};

describe('laneEntries', () => {
  it('puts measures and project ideas in one timeline order, by start', () => {
    expect(laneEntries(lane, BERLIN).map((entry) => entry.id)).toEqual(['p1', 'm1', 'm2']);
  });

  it('starts a bar without planned start at the proposal or adoption, and says so', () => {
    const [idea, , unplanned] = laneEntries(lane, BERLIN);
    expect(idea).toMatchObject({ start: '2017-07-20', startPlanned: false, end: '2029-08-31' });
    expect(unplanned).toMatchObject({ start: '2024-02-01', end: null });
  });

  it('gives each entry its own milestones by due date', () => {
    const byId = new Map(laneEntries(lane, BERLIN).map((entry) => [entry.id, entry]));
    expect(byId.get('m1')?.milestones.map((each) => each.milestoneId)).toEqual(['c', 'a']);
    expect(byId.get('p1')?.milestones.map((each) => each.milestoneId)).toEqual(['b']);
    expect(byId.get('m2')?.milestones).toEqual([]);
  });

  it('starts a bar on the installation’s day of an adoption, not the UTC day', () =>
    expect(laneEntries(lane, 'UTC').find((entry) => entry.id === 'm2')?.start).toBe('2024-01-31'));

  it('keeps progress for measures only', () => {
    expect(laneEntries(lane, BERLIN).map((entry) => entry.progress)).toEqual([null, 70, 0]);
  });
});

describe('datesShown', () => {
  it('collects every bar start and milestone date, for the axis to include', () => {
    expect([...datesShown([lane], BERLIN)].sort()).toEqual([
      '2017-07-20',
      '2018-03-01',
      '2019-01-01',
      '2019-12-31',
      '2024-02-01',
      '2027-06-30',
    ]);
  });
});
