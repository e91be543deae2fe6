import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isDomainError } from '../shared/index.js';
import { meta } from '../shared/testing/decider-specification.js';
import type { MeasureCommand, MeasureEvent, MeasureState } from './index.js';
import { MEASURE_STATUSES, measure } from './index.js';

const id = 'me-1';
/** Mostly valid, sometimes not: enough valid input to walk the lifecycle, enough bad to probe. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const text = mostly(
  fc.constantFrom('Lernfabriken', 'SMWA Referat 31'),
  fc.oneof(fc.constantFrom('', ' ', 'x'.repeat(201)), fc.string({ maxLength: 20 })),
);
const date = mostly(
  fc.constantFrom('2018-06-12', '2019-01-01', '2030-12-31T12:00:00Z'),
  fc.constantFrom('2017-01-01', '2018-13-01', 'bald'),
);
const metadata = fc
  .record({
    reason: maybe(mostly(fc.constant('Haushaltssperre'), fc.constantFrom('', ' '))),
    occurredAt: maybe(mostly(fc.constant('2018-06-12'), fc.constantFrom('2099-01-01', 'gestern'))),
  })
  .map(({ reason, occurredAt }) =>
    meta({
      ...(reason === undefined ? {} : { reason }),
      ...(occurredAt === undefined ? {} : { occurredAt }),
    }),
  );
const milestoneId = mostly(fc.constantFrom('ms-1', 'ms-2'), fc.constant(''));

const on = <T extends MeasureCommand['type'], D>(type: T, data: fc.Arbitrary<D>, weight = 1) => ({
  weight,
  arbitrary: fc.record({
    type: fc.constant(type),
    data: data.map((d) => ({ measureId: id, ...d })),
    metadata,
  }),
});

const anyCommand = fc.oneof(
  on(
    'PlanMeasure',
    fc.record({
      adoptedFrom: mostly(fc.constant('re-1'), fc.constant('')),
      title: text,
      owner: text,
      actionFieldIds: fc.array(mostly(fc.constantFrom('af-1', 'af-2'), fc.constant('')), {
        maxLength: 3,
      }),
      adoptedAt: mostly(fc.constant('2018-06-12T09:00:00Z'), fc.constant('gestern')),
      plannedStart: maybe(date),
      plannedEnd: maybe(date),
    }),
    2,
  ),
  on(
    'ReviseMeasure',
    fc.record({
      title: maybe(text),
      owner: maybe(text),
      description: maybe(text),
      plannedStart: maybe(date),
      plannedEnd: maybe(date),
    }),
  ),
  on('StartMeasure', fc.constant({}), 2),
  on(
    'ReportMeasureProgress',
    fc.record({
      progress: mostly(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101, 2.5, Number.NaN)),
    }),
    2,
  ),
  on('CompleteMeasure', fc.constant({}), 2),
  on('StopMeasure', fc.constant({})),
  on('PlanMilestone', fc.record({ milestoneId, title: text, dueDate: date }), 2),
  on('RescheduleMilestone', fc.record({ milestoneId, dueDate: date })),
  on('ReachMilestone', fc.record({ milestoneId })),
) as fc.Arbitrary<MeasureCommand>;

/** Clean steps along the lifecycle, mixed in so that long random runs still reach its end. */
const step = fc.constantFrom<MeasureCommand>(
  {
    type: 'PlanMeasure',
    data: {
      measureId: id,
      adoptedFrom: 're-1',
      title: 'Lernfabriken',
      owner: 'SMWA',
      actionFieldIds: [],
      adoptedAt: '2018-06-12',
    },
    metadata: meta(),
  },
  { type: 'StartMeasure', data: { measureId: id }, metadata: meta() },
  { type: 'CompleteMeasure', data: { measureId: id }, metadata: meta() },
);
const command = fc.oneof({ arbitrary: anyCommand, weight: 3 }, { arbitrary: step, weight: 1 });

/** planned → in_progress → completed; stopped from either open status. */
const legalSteps = new Set([
  'empty→planned',
  'planned→planned',
  'in_progress→in_progress',
  'planned→in_progress',
  'in_progress→completed',
  'planned→stopped',
  'in_progress→stopped',
]);

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40, size: 'max' }), (commands) => {
        let state: MeasureState = measure.initialState;
        const history: MeasureEvent[] = [];
        for (const next of commands) {
          const result = measure.decide(next, state);
          expect(measure.decide(next, state)).toEqual(result);
          if (isDomainError(result)) continue;
          expect(Array.isArray(result)).toBe(true);
          for (const event of result) {
            expect(measure.eventTypes).toContain(event.type);
            expect(event.schemaVersion).toBe(1);
            const after = measure.evolve(state, event);
            expect(legalSteps).toContain(`${state.status}→${after.status}`);
            for (const change of measure.provenanceOf(event, id)) {
              expect(change.op).toBe('add');
              expect(change.edge.target).toEqual({ kind: 'Measure', id });
            }
            expect(measure.reactionsTo(event, id)).toEqual([]);
            state = after;
            reached.add(after.status);
            history.push(event);
          }
          if (state.status !== 'empty') {
            const ids = state.milestones.map((each) => each.milestoneId);
            expect(new Set(ids).size).toBe(ids.length);
            for (const each of state.milestones) {
              expect(each.dueDate.slice(0, 10) >= state.adoptedAt.slice(0, 10)).toBe(true);
            }
            expect(
              Number.isInteger(state.progress) && state.progress >= 0 && state.progress <= 100,
            ).toBe(true);
            if (state.plannedStart !== undefined && state.plannedEnd !== undefined) {
              expect(state.plannedEnd.slice(0, 10) >= state.plannedStart.slice(0, 10)).toBe(true);
            }
          }
        }
        expect(fold(measure, history)).toEqual(state);
        expect(fold(measure, history)).toEqual(fold(measure, history));
      }),
      { numRuns: 400 },
    );
    // The generators must reach every status, or the property proves little.
    expect([...reached].sort()).toEqual([...MEASURE_STATUSES].sort());
  });
});
