import type { CommandMetadata } from '../../shared/index.js';
import { meta, TEST_NOW } from '../../shared/testing/decider-specification.js';
import type { MeasureCommand, MeasureEvent } from '../index.js';

/** A measure adopted from a 2018 recommendation, on the roadmap to 2030. */
export const id = 'me-lernfabriken';
export const at = TEST_NOW;

type CommandOf<T extends MeasureCommand['type']> = Extract<MeasureCommand, { type: T }>;
type EventOf<T extends MeasureEvent['type']> = Extract<MeasureEvent, { type: T }>;

// TypeScript cannot follow a generic `type` to its `data`, hence the casts through `unknown`.

/** A command on the fixture's measure; `measureId` is filled in. */
export const command = <T extends MeasureCommand['type']>(
  type: T,
  data: Omit<CommandOf<T>['data'], 'measureId'>,
  metadata: Partial<CommandMetadata> = {},
): CommandOf<T> =>
  ({ type, data: { measureId: id, ...data }, metadata: meta(metadata) }) as unknown as CommandOf<T>;

/** The event `decide` emits for the fixture's measure at `TEST_NOW`. */
export const event = <T extends MeasureEvent['type']>(
  type: T,
  data: Omit<EventOf<T>['data'], 'measureId'>,
  extra: { reason?: string } = {},
): EventOf<T> =>
  ({
    type,
    schemaVersion: 1,
    occurredAt: at,
    data: { measureId: id, ...data },
    ...extra,
  }) as unknown as EventOf<T>;

/** Exactly what the Recommendation's adoption sends. */
export const adoption = {
  adoptedFrom: 're-lernfabriken',
  title: 'Lernfabriken für den Mittelstand fördern',
  owner: 'SMWA Referat 31',
  actionFieldIds: ['af-digital'],
  adoptedAt: '2018-06-12T00:00:00.000Z',
} as const;

export const plan = (changes: Partial<CommandOf<'PlanMeasure'>['data']> = {}) =>
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
export const milestonePlanned = event('MilestonePlanned', milestone);
export const milestoneReached = event('MilestoneReached', { milestoneId: milestone.milestoneId });

/** The history that leads to each status. */
export const histories = {
  planned: [planned],
  in_progress: [planned, started],
  completed: [planned, started, completed],
  stopped: [planned, stopped],
} as const satisfies Record<string, readonly MeasureEvent[]>;

export const OPEN = ['planned', 'in_progress'] as const;
export const CLOSED = ['completed', 'stopped'] as const;
