import { describe, expect, it } from 'vitest';
import { DeciderSpecification, day, TEST_NOW } from '../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../shared/testing/fixtures.js';
import { describeGuards, itRejects } from '../shared/testing/guards.js';
import type { ProcessCommand, ProcessEvent, ProcessPhase } from './index.js';
import { phaseAt, processIdOfSlug, strategyProcess } from './index.js';

const spec = DeciderSpecification.for(strategyProcess);
const id = 'sp-fachkraefte-2030';
const at = TEST_NOW;

const { command, event } = itemFixtures<ProcessCommand, ProcessEvent, 'processId'>('processId', id);

const details = {
  slug: 'fachkraefte-2030',
  title: 'Fachkräftestrategie Sachsen 2030',
  description: 'Fachkräfte gewinnen und halten.',
  commissionedBy: 'SMWA',
  runBy: 'Fachkräfteallianz',
};
const define = (data: Partial<DataOf<ProcessCommand, 'DefineProcess'>> = {}) =>
  command('DefineProcess', { ...details, ...data });
const defined = event('ProcessDefined', details);
const started = event('ProcessStarted', {});
const concluded = event('ProcessConcluded', {});
const start = command('StartProcess', { processId: id });
const conclude = command('ConcludeProcess', { processId: id });
const plan = (data: Partial<{ phaseId: string; plannedStart: string; plannedEnd: string }> = {}) =>
  command('PlanProcessPhase', {
    processId: id,
    phaseId: 'ph-foren',
    title: 'Regionalforen',
    plannedStart: '2019-10-01',
    plannedEnd: '2020-03-31',
    ...data,
  });
const planned = event('ProcessPhasePlanned', {
  phaseId: 'ph-foren',
  title: 'Regionalforen',
  plannedStart: day('2019-10-01'),
  plannedEnd: day('2020-03-31'),
});
const startPhase = command('StartProcessPhase', { processId: id, phaseId: 'ph-foren' });
const closePhase = command('CloseProcessPhase', { processId: id, phaseId: 'ph-foren' });

describeGuards(strategyProcess, {
  everyOtherCommand: [
    command('ReviseProcess', { processId: id, title: 'Neu' }),
    start,
    conclude,
    plan(),
    startPhase,
    closePhase,
  ],
  idField: 'processId',
  closed: [],
  histories: {},
});
// TEST_NOW is 2026-11-25T10:00Z: the 25th in Berlin too.
const phaseStarted = event('ProcessPhaseStarted', { phaseId: 'ph-foren', on: day('2026-11-25') });

describe('DefineProcess', () => {
  describe('when empty', () => {
    it('defines a planned process', () => spec.given([]).when(define()).then([defined]));
    itRejects(spec.given([]), [
      [
        'rejects a slug that is not URL-safe',
        define({ slug: 'Fachkräfte 2030', processId: 'sp-Fachkräfte 2030' }),
        'slug',
      ],
      ['rejects an id that is not the slug’s', define({ processId: 'sp-other' }), 'processId'],
      ['rejects an empty commissioning body', define({ commissionedBy: ' ' }), 'commissionedBy'],
      ['rejects an empty running organisation', define({ runBy: '' }), 'runBy'],
      ['rejects an empty title', define({ title: '' }), 'title'],
    ]);
  });
  describe('when defined', () => {
    it('conflicts: the slug is taken', () =>
      spec.given([defined]).when(define()).thenFails('CONFLICT', 'processId'));
  });
});

describe('ReviseProcess', () => {
  it('records only the changed fields', () =>
    spec
      .given([defined])
      .when(command('ReviseProcess', { processId: id, title: 'Neu', runBy: 'Fachkräfteallianz' }))
      .then([event('ProcessRevised', { title: 'Neu' })]));
  it('rejects an edit that changes nothing', () =>
    spec
      .given([defined])
      .when(command('ReviseProcess', { processId: id, runBy: 'Fachkräfteallianz' }))
      .thenFails('BAD_USER_INPUT'));
  it('is an invalid transition once concluded', () =>
    spec
      .given([defined, started, concluded])
      .when(command('ReviseProcess', { processId: id, title: 'Neu' }))
      .thenFails('INVALID_TRANSITION'));
});

describe('StartProcess and ConcludeProcess', () => {
  it('starts a planned process', () => spec.given([defined]).when(start).then([started]));
  it('concludes a running process', () =>
    spec.given([defined, started]).when(conclude).then([concluded]));
  it('does not conclude a planned process', () =>
    spec.given([defined]).when(conclude).thenFails('INVALID_TRANSITION'));
  it('does not start twice', () =>
    spec.given([defined, started]).when(start).thenFails('INVALID_TRANSITION'));
});

describe('PlanProcessPhase', () => {
  it('plans a phase with calendar dates', () => spec.given([defined]).when(plan()).then([planned]));
  it('leaves the end open where none is given', () =>
    spec
      .given([defined])
      .when(
        command('PlanProcessPhase', {
          processId: id,
          phaseId: 'ph-umsetzung',
          title: 'Umsetzung',
          plannedStart: '2021-01-01',
        }),
      )
      .then([
        event('ProcessPhasePlanned', {
          phaseId: 'ph-umsetzung',
          title: 'Umsetzung',
          plannedStart: day('2021-01-01'),
        }),
      ]));
  itRejects(spec.given([defined]), [
    ['rejects an end before the start', plan({ plannedEnd: '2019-01-01' }), 'plannedEnd'],
    [
      'rejects a start that is no calendar date',
      plan({ plannedStart: '2019-02-30' }),
      'plannedStart',
    ],
  ]);
  it('conflicts on a phase id planned before', () =>
    spec.given([defined, planned]).when(plan()).thenFails('CONFLICT', 'phaseId'));
  it('is an invalid transition once concluded', () =>
    spec.given([defined, started, concluded]).when(plan()).thenFails('INVALID_TRANSITION'));
});

describe('StartProcessPhase and CloseProcessPhase', () => {
  it('starts a planned phase of a running process, on the day in the installation’s zone', () =>
    spec.given([defined, started, planned]).when(startPhase).then([phaseStarted]));
  it('closes a running phase', () =>
    spec
      .given([defined, started, planned, phaseStarted])
      .when(closePhase)
      .then([{ ...phaseStarted, type: 'ProcessPhaseClosed' }]));
  it('does not start a phase before the process runs', () =>
    spec.given([defined, planned]).when(startPhase).thenFails('INVALID_TRANSITION'));
  it('does not close a phase that has not started', () =>
    spec.given([defined, started, planned]).when(closePhase).thenFails('INVALID_TRANSITION'));
  it('does not find a phase never planned', () =>
    spec.given([defined, started]).when(startPhase).thenFails('NOT_FOUND', 'phaseId'));
});

describe('evolve', () => {
  it('folds status, dates and phases', () => {
    const state = [defined, started, planned, phaseStarted].reduce(
      strategyProcess.evolve,
      strategyProcess.initialState,
    );
    expect(state).toMatchObject({
      status: 'running',
      slug: 'fachkraefte-2030',
      startedAt: at,
      phases: [{ phaseId: 'ph-foren', status: 'running', startedOn: '2026-11-25' }],
    });
  });
  it('makes the id from the slug', () =>
    expect(processIdOfSlug('fachkraefte-2030')).toBe('sp-fachkraefte-2030'));
});

describe('phaseAt', () => {
  const phase = (
    phaseId: string,
    plannedStart: string,
    plannedEnd: string | undefined,
    more: Partial<ProcessPhase> = {},
  ): ProcessPhase => ({
    phaseId,
    title: phaseId,
    status: 'planned',
    plannedStart: day(plannedStart),
    ...(plannedEnd ? { plannedEnd: day(plannedEnd) } : {}),
    ...more,
  });
  const phases = [
    phase('dialog', '2016-08-01', '2017-09-30', {
      status: 'closed',
      startedOn: day('2016-08-01'),
      closedOn: day('2017-09-30'),
    }),
    phase('priorisierung', '2017-05-01', '2017-11-30'),
    phase('umsetzung', '2018-09-11', '2019-12-31', {
      status: 'running',
      startedOn: day('2018-09-11'),
    }),
  ];
  it('finds the phase a day fell in', () =>
    expect(phaseAt(phases, day('2017-03-07'))?.phaseId).toBe('dialog'));
  it('prefers the phase that began last where phases overlap', () =>
    expect(phaseAt(phases, day('2017-06-28'))?.phaseId).toBe('priorisierung'));
  it('keeps a running phase open past its planned end', () =>
    expect(phaseAt(phases, day('2025-11-18'))?.phaseId).toBe('umsetzung'));
  it('finds none before the first or in a gap', () => {
    expect(phaseAt(phases, day('2016-01-01'))).toBeUndefined();
    expect(phaseAt(phases, day('2018-01-10'))).toBeUndefined();
  });
});
