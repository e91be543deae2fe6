import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCES } from '../shared/index.js';
import {
  commandsOn,
  dayField,
  metadataOn,
  mostlyValid,
  sometimes,
  textField,
} from '../shared/testing/arbitraries.js';
import { meta } from '../shared/testing/decider-specification.js';
import { checkLifecycle, expectUnique } from '../shared/testing/explore.js';
import type { MeasureCommand } from './index.js';
import { MEASURE_STATUSES, measure } from './index.js';

const id = 'me-1';
const text = textField('Lernfabriken', 'SMWA Referat 31');
const date = dayField(
  ['2018-06-12', '2019-01-01', '2030-12-31T12:00:00Z'],
  ['2017-01-01', '2018-13-01', 'bald'],
);
const metadata = metadataOn('2018-06-12', 'Haushaltssperre').chain((drawn) =>
  // Evidence before done: reaching and asking for completion need it, so it is often there.
  sometimes(fc.constant([{ document: 'Sachbericht' }])).map((evidence) =>
    evidence === undefined ? drawn : { ...drawn, evidence },
  ),
);
const milestoneId = mostlyValid(fc.constantFrom('ms-1', 'ms-2'), fc.constant(''));

const on = commandsOn<MeasureCommand>({ measureId: id }, metadata);

const anyCommand = fc.oneof(
  on(
    'PlanMeasure',
    fc.record({
      adoptedFrom: mostlyValid(fc.constant('re-1'), fc.constant('')),
      title: text,
      owner: text,
      actionFieldIds: fc.array(mostlyValid(fc.constantFrom('af-1', 'af-2'), fc.constant('')), {
        maxLength: 3,
      }),
      adoptedAt: mostlyValid(fc.constant('2018-06-12T09:00:00Z'), fc.constant('gestern')),
      plannedStart: sometimes(date),
      plannedEnd: sometimes(date),
    }),
    2,
  ),
  on(
    'ReviseMeasure',
    fc.record({
      title: sometimes(text),
      owner: sometimes(text),
      description: sometimes(text),
      plannedStart: sometimes(date),
      plannedEnd: sometimes(date),
    }),
  ),
  on('StartMeasure', fc.constant({}), 2),
  on(
    'ReportMeasureProgress',
    fc.record({
      progress: mostlyValid(
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(-1, 101, 2.5, Number.NaN),
      ),
    }),
    2,
  ),
  on('CompleteMeasure', fc.constant({}), 2),
  on('StopMeasure', fc.constant({})),
  on('PlanMilestone', fc.record({ milestoneId, title: text, dueDate: date }), 2),
  on('RescheduleMilestone', fc.record({ milestoneId, dueDate: date })),
  on('ReachMilestone', fc.record({ milestoneId })),
  on(
    'AssignMeasureResponsibility',
    fc.record({
      lead: fc.record({ organisation: text, unit: text }),
      partners: fc.array(text, { maxLength: 2 }),
    }),
  ),
  on(
    'RateMeasureConfidence',
    fc.record({ confidence: mostlyValid(fc.constantFrom(...CONFIDENCES), fc.constant('blue')) }),
  ),
  on('RequestMeasureCompletion', fc.constant({}), 2),
  on('ConfirmMeasureCompletion', fc.constant({})),
  on('ReturnMeasureCompletion', fc.constant({})),
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

/**
 * planned → in_progress → (completion_requested ⇄ in_progress) → completed; stopped from any open
 * status.
 */
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(measure, fc.array(command, { maxLength: 40, size: 'max' }), {
      steps: {
        empty: ['planned'],
        planned: ['planned', 'in_progress', 'stopped'],
        in_progress: ['in_progress', 'completed', 'completion_requested', 'stopped'],
        completion_requested: ['completion_requested', 'in_progress', 'completed', 'stopped'],
      },
      statuses: MEASURE_STATUSES,
      numRuns: 400,
      checks: () => ({
        onEvent: (event) => {
          if (event.type === 'MilestoneReached' || event.type === 'MeasureCompletionRequested') {
            expect(event.evidence?.length).toBeGreaterThan(0);
          }
          for (const change of measure.provenanceOf(event, id)) {
            expect(change.op).toBe('add');
            expect(change.edge.target).toEqual({ kind: 'Measure', id });
          }
          expect(measure.reactionsTo(event, id)).toEqual([]);
        },
        afterCommand: (state) => {
          if (state.status === 'empty') return;
          expectUnique(state.milestones.map((each) => each.milestoneId));
          for (const each of state.milestones) {
            expect(each.dueDate.slice(0, 10) >= state.adoptedAt.slice(0, 10)).toBe(true);
          }
          expect(
            Number.isInteger(state.progress) && state.progress >= 0 && state.progress <= 100,
          ).toBe(true);
          if (state.plannedStart !== undefined && state.plannedEnd !== undefined) {
            expect(state.plannedEnd.slice(0, 10) >= state.plannedStart.slice(0, 10)).toBe(true);
          }
        },
      }),
    }));
});
