import { describe, expect, it } from 'vitest';
import { datesShown, laneEntries } from './roadmap-entries.js';
import type { RoadmapLane } from './roadmap-query.js';

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
      startedAt: '2019-01-15',
      adoptedAt: '2018-06-19',
    },
    {
      id: 'm2',
      title: 'Ohne Zeitraum',
      status: 'planned',
      progress: 0,
      plannedStart: null,
      plannedEnd: null,
      startedAt: null,
      adoptedAt: '2024-02-01T00:00:00.000Z',
    },
  ],
  projectIdeas: [
    {
      id: 'p1',
      title: 'Lernfabrik',
      status: 'in_preparation',
      plannedStart: null,
      plannedEnd: '2029-08-31',
      proposedAt: '2017-07-20',
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
    expect(laneEntries(lane).map((entry) => entry.id)).toEqual(['p1', 'm1', 'm2']);
  });

  it('starts a bar without planned start at the proposal or adoption, and says so', () => {
    const [idea, , unplanned] = laneEntries(lane);
    expect(idea).toMatchObject({ start: '2017-07-20', startPlanned: false, end: '2029-08-31' });
    expect(unplanned).toMatchObject({ start: '2024-02-01T00:00:00.000Z', end: null });
  });

  it('gives each entry its own milestones by due date', () => {
    const byId = new Map(laneEntries(lane).map((entry) => [entry.id, entry]));
    expect(byId.get('m1')?.milestones.map((each) => each.milestoneId)).toEqual(['c', 'a']);
    expect(byId.get('p1')?.milestones.map((each) => each.milestoneId)).toEqual(['b']);
    expect(byId.get('m2')?.milestones).toEqual([]);
  });

  it('keeps progress for measures only', () => {
    expect(laneEntries(lane).map((entry) => entry.progress)).toEqual([null, 70, 0]);
  });
});

describe('datesShown', () => {
  it('collects every bar start and milestone date, for the axis to include', () => {
    expect([...datesShown([lane])].sort()).toEqual([
      '2017-07-20',
      '2018-03-01',
      '2019-01-01',
      '2019-12-31',
      '2024-02-01T00:00:00.000Z',
      '2027-06-30',
    ]);
  });
});
