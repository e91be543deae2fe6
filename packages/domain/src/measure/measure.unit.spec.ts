import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import { describeGuards } from '../shared/testing/guards.js';
import type { MeasureCommand } from './index.js';
import { measure } from './index.js';
import {
  adoption,
  at,
  CLOSED,
  command,
  event,
  evidence,
  histories,
  milestone,
  OPEN,
  plan,
  planned,
  started,
  stopped,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(measure);

/** One well-formed command of every type but the create, for the status checks. */
const everyOtherCommand: readonly MeasureCommand[] = [
  command('ReviseMeasure', { owner: 'SMWA Referat 32' }),
  command('StartMeasure', {}),
  command('ReportMeasureProgress', { progress: 50 }),
  command('CompleteMeasure', {}),
  command('StopMeasure', {}, { reason: 'Haushaltssperre' }),
  command('PlanMilestone', milestone),
  command(
    'RescheduleMilestone',
    { milestoneId: milestone.milestoneId, dueDate: '2021-03-01' },
    { reason: 'Bauverzug' },
  ),
  command('ReachMilestone', { milestoneId: milestone.milestoneId }, { evidence }),
  command('AssignMeasureResponsibility', {
    lead: { organisation: 'SMWA', unit: 'Referat 31' },
    partners: [],
  }),
  command('RateMeasureConfidence', { confidence: 'green' }, { reason: 'Im Plan.' }),
  command('RequestMeasureCompletion', {}, { evidence }),
  command('ConfirmMeasureCompletion', {}),
  command('ReturnMeasureCompletion', {}, { reason: 'Beleg fehlt.' }),
];

describeGuards(measure, { everyOtherCommand, idField: 'measureId', closed: CLOSED, histories });

describe('PlanMeasure', () => {
  describe('when empty', () => {
    it('plans the measure', () => spec.given([]).when(plan()).then([planned]));
    it('starts planned, at 0 % and without milestones', () =>
      expect(fold(measure, [planned])).toEqual({
        status: 'planned',
        measureId: planned.data.measureId,
        ...adoption,
        progress: 0,
        milestones: [],
        plannedAt: at,
      }));
    it('keeps the planned period', () =>
      spec
        .given([])
        .when(plan({ plannedStart: '2018-07-01', plannedEnd: '2030-12-31' }))
        .then([
          event('MeasurePlanned', {
            ...adoption,
            plannedStart: day('2018-07-01'),
            plannedEnd: day('2030-12-31'),
          }),
        ]));
    it('keeps the date of the adoption it follows', () =>
      spec
        .given([])
        .when(command('PlanMeasure', adoption, { occurredAt: adoption.adoptedAt }))
        .then([{ ...planned, occurredAt: adoption.adoptedAt }]));
    it.each([
      ['measureId', { measureId: '' }],
      ['adoptedFrom', { adoptedFrom: ' ' }],
      ['title', { title: '' }],
      ['title', { title: 'x'.repeat(201) }],
      ['owner', { owner: '' }],
      ['owner', { owner: 'x'.repeat(201) }],
      ['actionFieldIds.1', { actionFieldIds: ['af-digital', 'af-digital'] }],
      ['actionFieldIds.0', { actionFieldIds: [''] }],
      ['adoptedAt', { adoptedAt: 'gestern' }],
      ['plannedStart', { plannedStart: '2018-00-10' }],
      ['plannedEnd', { plannedStart: '2019-01-01', plannedEnd: '2018-12-31' }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      spec.given([]).when(plan(changes)).thenFails('BAD_USER_INPUT', field),
    );
    it('rejects a future occurredAt', () =>
      spec
        .given([])
        .when(command('PlanMeasure', adoption, { occurredAt: '2031-01-01' }))
        .thenFails('BAD_USER_INPUT', 'occurredAt'));
  });
  for (const status of [...OPEN, ...CLOSED]) {
    describe(`when ${status}`, () => {
      it('conflicts', () =>
        spec.given(histories[status]).when(plan()).thenFails('CONFLICT', 'measureId'));
    });
  }
});

describe('ReviseMeasure', () => {
  const revise = (
    data: Omit<Extract<MeasureCommand, { type: 'ReviseMeasure' }>['data'], 'measureId'>,
  ) => command('ReviseMeasure', data);
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('records only the changed fields', () =>
        spec
          .given(histories[status])
          .when(
            revise({
              title: adoption.title,
              owner: 'SMWA Referat 32',
              description: 'Fünf Standorte.',
            }),
          )
          .then([
            event('MeasureRevised', { owner: 'SMWA Referat 32', description: 'Fünf Standorte.' }),
          ]));
    });
  }
  describe('when planned', () => {
    const given = spec.given(histories.planned);
    it('rejects an edit that changes nothing', () =>
      given.when(revise({ owner: adoption.owner })).thenFails('BAD_USER_INPUT'));
    it.each([
      ['title', { title: ' ' }],
      ['owner', { owner: '' }],
      ['description', { description: '' }],
      ['description', { description: 'x'.repeat(20_001) }],
      ['plannedStart', { plannedStart: 'Sommer' }],
    ] as const)('rejects bad input on %s', (field, data) =>
      given.when(revise(data)).thenFails('BAD_USER_INPUT', field),
    );
    it('updates the state', () =>
      expect(
        fold(measure, [planned, event('MeasureRevised', { description: 'Fünf Standorte.' })]),
      ).toMatchObject({
        status: 'planned',
        title: adoption.title,
        description: 'Fünf Standorte.',
      }));
  });
  describe('when a period is planned', () => {
    const given = spec.given([
      planned,
      event('MeasureRevised', { plannedStart: day('2019-01-01'), plannedEnd: day('2020-12-31') }),
    ]);
    it('blames the moved start when it passes the stored end', () =>
      given
        .when(revise({ plannedStart: '2021-01-01' }))
        .thenFails('BAD_USER_INPUT', 'plannedStart'));
    it('blames the moved end when it passes the stored start', () =>
      given.when(revise({ plannedEnd: '2018-12-31' })).thenFails('BAD_USER_INPUT', 'plannedEnd'));
  });
});

describe('StartMeasure', () => {
  describe('when planned', () => {
    it('starts it', () =>
      spec.given(histories.planned).when(command('StartMeasure', {})).then([started]));
    it('records when', () =>
      expect(fold(measure, histories.in_progress)).toMatchObject({
        status: 'in_progress',
        startedAt: at,
      }));
  });
  describe('when in_progress', () => {
    it('is an invalid transition', () =>
      spec
        .given(histories.in_progress)
        .when(command('StartMeasure', {}))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('ReportMeasureProgress', () => {
  const report = (progress: number) => command('ReportMeasureProgress', { progress });
  describe('when in_progress', () => {
    const given = spec.given(histories.in_progress);
    it.each([0, 40, 100])('reports %i %%', (progress) =>
      given.when(report(progress)).then([event('MeasureProgressReported', { progress })]),
    );
    it.each([-1, 101, 12.5, Number.NaN])('rejects %d', (progress) =>
      given.when(report(progress)).thenFails('BAD_USER_INPUT', 'progress'),
    );
    it('does not complete the measure at 100 %', () =>
      expect(
        fold(measure, [
          ...histories.in_progress,
          event('MeasureProgressReported', { progress: 100 }),
        ]),
      ).toMatchObject({
        status: 'in_progress',
        progress: 100,
      }));
    it('takes a lower re-estimate', () =>
      given.when(report(30)).then([event('MeasureProgressReported', { progress: 30 })]));
  });
  describe('when planned', () => {
    it('is an invalid transition', () =>
      spec.given(histories.planned).when(report(10)).thenFails('INVALID_TRANSITION'));
  });
});

describe('CompleteMeasure', () => {
  describe('when in_progress', () => {
    it('completes it', () =>
      spec
        .given(histories.in_progress)
        .when(command('CompleteMeasure', {}))
        .then([event('MeasureCompleted', {})]));
    it('keeps the last progress', () =>
      expect(fold(measure, histories.completed)).toMatchObject({
        status: 'completed',
        completedAt: at,
        progress: 0,
      }));
  });
  describe('when planned', () => {
    it('is an invalid transition', () =>
      spec
        .given(histories.planned)
        .when(command('CompleteMeasure', {}))
        .thenFails('INVALID_TRANSITION'));
  });
});

describe('StopMeasure', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('stops it with the reason', () =>
        spec
          .given(histories[status])
          .when(command('StopMeasure', {}, { reason: 'Haushaltssperre' }))
          .then([stopped]));
      it('requires a reason', () =>
        spec
          .given(histories[status])
          .when(command('StopMeasure', {}))
          .thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  it('keeps the reason in the state', () =>
    expect(fold(measure, histories.stopped)).toMatchObject({
      status: 'stopped',
      stoppedAt: at,
      stopReason: 'Haushaltssperre',
    }));
});
