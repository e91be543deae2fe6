import { day, TEST_NOW } from '../../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../../shared/testing/fixtures.js';
import type { MeasureCommand, MeasureEvent } from '../index.js';

/** A measure adopted from a 2018 recommendation, on the roadmap to 2030. */
export const id = 'me-lernfabriken';
export const at = TEST_NOW;

/** A command on the fixture's item (`measureId` filled in) and the event `decide` emits for it. */
export const { command, event } = itemFixtures<MeasureCommand, MeasureEvent, 'measureId'>(
  'measureId',
  id,
);

export const adoption = {
  adoptedFrom: 're-lernfabriken',
  title: 'Lernfabriken für den Mittelstand fördern',
  owner: 'SMWA Referat 31',
  actionFieldIds: ['af-digital'],
  adoptedAt: '2018-06-12T00:00:00.000Z',
} as const;

export const plan = (changes: Partial<DataOf<MeasureCommand, 'PlanMeasure'>> = {}) =>
  command('PlanMeasure', { ...adoption, ...changes });

export const planned = event('MeasurePlanned', adoption);
export const started = event('MeasureStarted', {});
export const completed = event('MeasureCompleted', {});
export const stopped = event('MeasureStopped', {}, { reason: 'Haushaltssperre' });

export const milestone = {
  milestoneId: 'ms-erste-lernfabrik',
  title: 'Erste Lernfabrik eröffnet',
  dueDate: '2020-09-01',
} as const;
export const milestonePlanned = event('MilestonePlanned', {
  ...milestone,
  dueDate: day(milestone.dueDate),
});
/** Evidence before done: what reaching a milestone or asking for completion cites. */
export const evidence = [{ document: 'Sachbericht 2020, Anlage 3' }] as const;
export const milestoneReached = {
  ...event('MilestoneReached', { milestoneId: milestone.milestoneId }),
  evidence,
};
export const completionRequested = {
  ...event('MeasureCompletionRequested', {}),
  evidence,
};

/** The history that leads to each status. */
export const histories = {
  planned: [planned],
  in_progress: [planned, started],
  completion_requested: [planned, started, completionRequested],
  completed: [planned, started, completed],
  stopped: [planned, stopped],
} as const satisfies Record<string, readonly MeasureEvent[]>;

export const OPEN = ['planned', 'in_progress', 'completion_requested'] as const;
export const CLOSED = ['completed', 'stopped'] as const;
