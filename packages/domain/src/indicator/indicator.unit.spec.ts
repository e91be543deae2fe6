import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import { describeGuards, itRejects } from '../shared/testing/guards.js';
import type { IndicatorCommand } from './index.js';
import { INDICATOR_STATUSES, indicator, indicatorStatusLabels } from './index.js';
import {
  at,
  command,
  define,
  defined,
  definition,
  event,
  histories,
  id,
  reported,
  retired,
  value,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(indicator);

const everyOtherCommand: readonly IndicatorCommand[] = [
  command('ReviseIndicator', { unit: 'Prozent' }),
  command(
    'ChangeIndicatorTarget',
    { target: { value: 50, date: '2030-12-31' } },
    { reason: 'Neue Förderkulisse' },
  ),
  command('ReportIndicatorValue', value),
  command('CorrectIndicatorValue', { valueId: value.valueId, value: 37 }, { reason: 'Tippfehler' }),
  command('RetireIndicator', {}, { reason: 'Erhebung eingestellt' }),
];

describeGuards(indicator, {
  everyOtherCommand,
  idField: 'indicatorId',
  closed: ['retired'],
  histories,
});

describe('DefineIndicator', () => {
  describe('when empty', () => {
    it('defines it', () => spec.given([]).when(define()).then([defined]));
    it('starts active, without values or target changes', () =>
      expect(fold(indicator, [defined])).toEqual({
        status: 'active',
        ...defined.data,
        values: [],
        targetChanges: [],
        definedAt: at,
      }));
    it('keeps intermediate targets in order', () =>
      spec
        .given([])
        .when(define({ intermediateTargets: [{ value: 35, date: '2024-12-31' }] }))
        .then([
          event('IndicatorDefined', {
            ...defined.data,
            intermediateTargets: [{ value: 35, date: day('2024-12-31') }],
          }),
        ]));
    it('may belong to an action field instead of a measure', () => {
      const { measureId: _, ...rest } = definition;
      const [result] = spec
        .given([])
        .when(command('DefineIndicator', { ...rest, actionFieldId: 'af-digital' }))
        .events();
      expect(result?.data).toMatchObject({ subject: { kind: 'ActionField', id: 'af-digital' } });
    });
    it.each([
      ['indicatorId', { indicatorId: ' ' }],
      ['measureId', { actionFieldId: 'af-digital' }],
      ['measureId', { measureId: '' }],
      ['title', { title: '' }],
      ['unit', { unit: 'x'.repeat(51) }],
      ['direction', { direction: 'sideways' as 'increase' }],
      ['baseline.value', { baseline: { ...definition.baseline, value: Number.NaN } }],
      ['baseline.date', { baseline: { ...definition.baseline, date: '2018-02-30' } }],
      ['baseline.source', { baseline: { ...definition.baseline, source: '' } }],
      ['target.value', { target: { value: Number.POSITIVE_INFINITY, date: '2030-12-31' } }],
      ['target.date', { target: { value: 60, date: '2017-12-31' } }],
      ['target.value', { target: { value: 10, date: '2030-12-31' } }],
      ['intermediateTargets.0.date', { intermediateTargets: [{ value: 30, date: '2031-01-01' }] }],
      [
        'intermediateTargets.1.date',
        {
          intermediateTargets: [
            { value: 40, date: '2026-12-31' },
            { value: 30, date: '2024-12-31' },
          ],
        },
      ],
    ] as const)('rejects bad input on %s', (field, changes) =>
      spec.given([]).when(define(changes)).thenFails('BAD_USER_INPUT', field),
    );
    it('takes a falling target when lower is better', () =>
      spec
        .given([])
        .when(define({ direction: 'decrease', target: { value: 10, date: '2030-12-31' } }))
        .events());
    it('names its measure as a reference', () =>
      expect(indicator.referencesOf(define())).toEqual([
        { kind: 'Measure', id: 'me-lotsen', field: 'measureId' },
      ]));
  });
  describe('when active', () => {
    it('conflicts', () =>
      spec.given([defined]).when(define()).thenFails('CONFLICT', 'indicatorId'));
  });
});

describe('ReviseIndicator', () => {
  it('records only the changed wording', () =>
    spec
      .given([defined])
      .when(command('ReviseIndicator', { title: definition.title, unit: 'Prozent' }))
      .then([event('IndicatorRevised', { unit: 'Prozent' })]));
  it('refuses a revision that changes nothing', () =>
    spec
      .given([defined])
      .when(command('ReviseIndicator', { unit: '%' }))
      .thenFails('BAD_USER_INPUT'));
});

describe('ChangeIndicatorTarget (moved goalposts)', () => {
  const change = (target: { value: number; date: string }, reason?: string) =>
    command('ChangeIndicatorTarget', { target }, reason === undefined ? {} : { reason });
  const moved = event(
    'IndicatorTargetChanged',
    {
      target: { value: 50, date: day('2030-12-31') },
      previousTarget: defined.data.target,
      intermediateTargets: [],
      previousIntermediateTargets: [],
    },
    { reason: 'Haushaltskürzung 2025' },
  );
  it('records the new target beside the old one, with the reason', () =>
    spec
      .given([defined])
      .when(change({ value: 50, date: '2030-12-31' }, 'Haushaltskürzung 2025'))
      .then([moved]));
  itRejects(spec.given([defined]), [
    ['requires a reason', change({ value: 50, date: '2030-12-31' }), 'reason'],
    ['refuses an unchanged target', change({ value: 60, date: '2030-12-31' }, 'x'), 'target'],
    [
      'refuses a target before the baseline',
      change({ value: 60, date: '2017-01-01' }, 'x'),
      'target.date',
    ],
  ]);
  it('keeps every moved goalpost in the state', () =>
    expect(fold(indicator, [defined, moved])).toMatchObject({
      target: { value: 50 },
      targetChanges: [
        {
          previousTarget: { value: 60 },
          target: { value: 50 },
          changedAt: at,
          reason: 'Haushaltskürzung 2025',
        },
      ],
    }));
});

describe('ReportIndicatorValue', () => {
  const report = (
    changes: Partial<Extract<IndicatorCommand, { type: 'ReportIndicatorValue' }>['data']> = {},
  ) => command('ReportIndicatorValue', { ...value, ...changes });
  it('reports a value for its reference date', () =>
    spec.given([defined]).when(report()).then([reported]));
  it('keeps it in the state with when it was reported', () =>
    expect(fold(indicator, [defined, reported])).toMatchObject({
      values: [{ ...value, reportedAt: at }],
    }));
  it.each([
    ['valueId', { valueId: '' }],
    ['value', { value: Number.NaN }],
    ['source', { source: ' ' }],
    ['referenceDate', { referenceDate: '2024-13-01' }],
    ['referenceDate', { referenceDate: '2017-12-31' }],
    ['referenceDate', { referenceDate: '2026-11-26' }],
    ['indicatorId', { measureId: 'me-other' }],
  ] as const)('rejects bad input on %s', (field, changes) =>
    spec.given([defined]).when(report(changes)).thenFails('BAD_USER_INPUT', field),
  );
  it('takes a value for today', () =>
    spec
      .given([defined])
      .when(report({ referenceDate: '2026-11-25' }))
      .events());
  it('refuses a value id taken', () =>
    spec.given([defined, reported]).when(report()).thenFails('CONFLICT', 'valueId'));
});

describe('CorrectIndicatorValue', () => {
  const correct = (
    changes: { value?: number; referenceDate?: string; source?: string },
    reason?: string,
  ) =>
    command(
      'CorrectIndicatorValue',
      { valueId: value.valueId, value: value.value, ...changes },
      reason === undefined ? {} : { reason },
    );
  const corrected = event(
    'IndicatorValueCorrected',
    {
      valueId: value.valueId,
      value: 36,
      referenceDate: day(value.referenceDate),
      source: value.source,
      previous: { value: 38, referenceDate: day(value.referenceDate), source: value.source },
    },
    { reason: 'Hochrechnung ersetzt' },
  );
  it('records the correction beside the original', () =>
    spec
      .given([defined, reported])
      .when(correct({ value: 36 }, 'Hochrechnung ersetzt'))
      .then([corrected]));
  it('shows the corrected value, never losing the first (it stays in the events)', () =>
    expect(fold(indicator, [defined, reported, corrected])).toMatchObject({
      values: [
        {
          valueId: value.valueId,
          value: 36,
          correctedAt: at,
          correctionReason: 'Hochrechnung ersetzt',
        },
      ],
    }));
  itRejects(spec.given([defined, reported]), [
    ['requires a reason', correct({ value: 36 }), 'reason'],
    ['refuses a correction that changes nothing', correct({}, 'x'), 'value'],
  ]);
  it('refuses an unknown value', () =>
    spec
      .given([defined])
      .when(correct({ value: 1 }, 'x'))
      .thenFails('BAD_USER_INPUT', 'valueId'));
});

describe('RetireIndicator', () => {
  it('retires it with a reason', () =>
    spec
      .given([defined])
      .when(command('RetireIndicator', {}, { reason: 'Erhebung eingestellt' }))
      .then([retired]));
  it('requires a reason', () =>
    spec
      .given([defined])
      .when(command('RetireIndicator', {}))
      .thenFails('BAD_USER_INPUT', 'reason'));
  it('keeps the reason', () =>
    expect(fold(indicator, histories.retired)).toMatchObject({
      status: 'retired',
      retireReason: 'Erhebung eingestellt',
    }));
});

describe('wiring', () => {
  it('targets the indicator', () => expect(indicator.targetOf(define())).toBe(id));
  it('adds no provenance and sets nothing off', () => {
    expect(indicator.provenanceOf(defined, id)).toEqual([]);
    expect(indicator.reactionsTo(defined, id)).toEqual([]);
  });
  it('labels every status', () =>
    expect(Object.keys(indicatorStatusLabels).sort()).toEqual([...INDICATOR_STATUSES].sort()));
});
