import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { describeGuards } from '../shared/testing/guards.js';
import type { ReportingCycleCommand } from './index.js';
import {
  REPORT_STATUSES,
  REPORTING_CYCLE_STATUSES,
  reportingCycle,
  reportingCycleStatusLabels,
  reportStatusLabels,
} from './index.js';
import {
  accepted,
  at,
  closed,
  command,
  confidenceReason,
  event,
  histories,
  id,
  measureId,
  opened,
  reportData,
  returned,
  submitted,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(reportingCycle);
const submit = (
  changes: Partial<typeof reportData> = {},
  metadata = { reason: confidenceReason },
) => command('SubmitStatusReport', { ...reportData, ...changes }, metadata);

const everyOtherCommand: readonly ReportingCycleCommand[] = [
  submit(),
  command('ReportIndicatorValues', { values: reportData.indicatorValues }),
  command('AcceptStatusReport', { measureId }),
  command('ReturnStatusReport', { measureId }, { reason: 'Belege fehlen.' }),
  command('CloseReportingCycle', {}),
];

describeGuards(reportingCycle, {
  everyOtherCommand,
  idField: 'cycleId',
  closed: ['closed'],
  histories,
});

describe('OpenReportingCycle', () => {
  it('opens the cycle with its deadline', () =>
    spec
      .given([])
      .when(command('OpenReportingCycle', { title: '2. Halbjahr 2026', deadline: '2027-01-15' }))
      .then([opened]));
  it.each([
    ['cycleId', { cycleId: '' }],
    ['title', { title: ' ' }],
    ['deadline', { deadline: '15.01.2027' }],
  ] as const)('rejects bad input on %s', (field, changes) =>
    spec
      .given([])
      .when(command('OpenReportingCycle', { title: 'H2', deadline: '2027-01-15', ...changes }))
      .thenFails('BAD_USER_INPUT', field),
  );
  it('conflicts when open', () =>
    spec
      .given([opened])
      .when(command('OpenReportingCycle', { title: 'H2', deadline: '2027-01-15' }))
      .thenFails('CONFLICT', 'cycleId'));
});

describe('SubmitStatusReport', () => {
  describe('when open and nothing is reported', () => {
    const given = spec.given([opened]);
    it('records the report, its reason and evidence', () => given.when(submit()).then([submitted]));
    it('holds it as submitted', () =>
      expect(fold(reportingCycle, [opened, submitted])).toMatchObject({
        reports: [
          {
            measureId,
            status: 'submitted',
            confidence: 'amber',
            confidenceReason,
            submissions: 1,
            submittedAt: at,
          },
        ],
      }));
    it.each([
      ['measureId', { measureId: '' }],
      ['narrative', { narrative: ' ' }],
      ['confidence', { confidence: 'blue' as 'amber' }],
      ['measureProgress', { measureProgress: 101 as 70 }],
      [
        'indicatorValues.0.value',
        { indicatorValues: [{ ...reportData.indicatorValues[0], value: Number.NaN as 41 }] },
      ],
      [
        'indicatorValues.0.referenceDate',
        {
          indicatorValues: [
            { ...reportData.indicatorValues[0], referenceDate: 'Juni' as '2026-06-30' },
          ],
        },
      ],
      [
        'indicatorValues.1',
        { indicatorValues: [reportData.indicatorValues[0], reportData.indicatorValues[0]] },
      ],
    ] as const)('rejects bad input on %s', (field, changes) =>
      given.when(submit(changes as Partial<typeof reportData>)).thenFails('BAD_USER_INPUT', field),
    );
    it('requires the reason for its confidence', () =>
      given.when(submit({}, {} as { reason: string })).thenFails('BAD_USER_INPUT', 'reason'));
    it('names the measure and the indicators as references', () =>
      expect(reportingCycle.referencesOf(submit())).toEqual([
        { kind: 'Measure', id: measureId, field: 'measureId' },
        { kind: 'Indicator', id: 'kz-kmu', field: 'indicatorValues.0.indicatorId' },
      ]));
  });
  describe('when submitted', () => {
    it('waits for the review', () =>
      spec.given([opened, submitted]).when(submit()).thenFails('INVALID_TRANSITION', 'measureId'));
  });
  describe('when returned', () => {
    it('takes the report again', () =>
      spec.given([opened, submitted, returned]).when(submit()).then([submitted]));
    it('counts the submissions', () =>
      expect(fold(reportingCycle, [opened, submitted, returned, submitted])).toMatchObject({
        reports: [{ status: 'submitted', submissions: 2 }],
      }));
  });
  describe('when accepted', () => {
    it('is done', () =>
      spec
        .given([opened, submitted, accepted])
        .when(submit())
        .thenFails('INVALID_TRANSITION', 'measureId'));
  });
});

describe('reactionsTo StatusReportSubmitted', () => {
  it('rates the measure, reports its progress and the values, in that order', () =>
    expect(
      reportingCycle.reactionsTo(submitted, id).map(({ kind, command }) => ({
        kind,
        type: command.type,
        data: command.data,
      })),
    ).toEqual([
      { kind: 'Measure', type: 'RateMeasureConfidence', data: { measureId, confidence: 'amber' } },
      { kind: 'Measure', type: 'ReportMeasureProgress', data: { measureId, progress: 70 } },
      {
        kind: 'Indicator',
        type: 'ReportIndicatorValue',
        data: { ...reportData.indicatorValues[0], measureId, cycleId: id },
      },
    ]));
  it('reports no progress when the report gives none', () => {
    const { measureProgress: _, ...data } = submitted.data;
    expect(
      reportingCycle.reactionsTo({ ...submitted, data }, id).map((each) => each.command.type),
    ).toEqual(['RateMeasureConfidence', 'ReportIndicatorValue']);
  });
  it('sets nothing off on review or closing', () => {
    for (const each of [opened, accepted, returned, closed]) {
      expect(reportingCycle.reactionsTo(each, id)).toEqual([]);
    }
  });
});

describe('review: AcceptStatusReport, ReturnStatusReport', () => {
  const given = spec.given([opened, submitted]);
  const ministry = meta({ role: 'ministry' });
  it('accepts a submitted report', () =>
    given.when(command('AcceptStatusReport', { measureId }, ministry)).then([accepted]));
  it('returns it with a reason', () =>
    given
      .when(command('ReturnStatusReport', { measureId }, { reason: 'Belege fehlen.' }))
      .then([returned]));
  it('requires a reason to return', () =>
    given.when(command('ReturnStatusReport', { measureId })).thenFails('BAD_USER_INPUT', 'reason'));
  it('keeps the return reason', () =>
    expect(fold(reportingCycle, [opened, submitted, returned])).toMatchObject({
      reports: [{ status: 'returned', returnReason: 'Belege fehlen.', reviewedAt: at }],
    }));
  it('finds no report of another measure', () =>
    given
      .when(command('AcceptStatusReport', { measureId: 'me-x' }))
      .thenFails('INVALID_TRANSITION', 'measureId'));
  it('does not review twice', () =>
    spec
      .given([opened, submitted, accepted])
      .when(command('ReturnStatusReport', { measureId }, { reason: 'x' }))
      .thenFails('INVALID_TRANSITION', 'measureId'));
});

describe('CloseReportingCycle', () => {
  it('closes it', () =>
    spec.given([opened]).when(command('CloseReportingCycle', {})).then([closed]));
  it('keeps its reports', () =>
    expect(fold(reportingCycle, [opened, submitted, closed])).toMatchObject({
      status: 'closed',
      closedAt: at,
      reports: [{ measureId }],
    }));
});

describe('labels', () => {
  it('name every status', () => {
    expect(Object.keys(reportingCycleStatusLabels).sort()).toEqual(
      [...REPORTING_CYCLE_STATUSES].sort(),
    );
    expect(Object.keys(reportStatusLabels).sort()).toEqual([...REPORT_STATUSES].sort());
  });
  it('has no provenance', () => expect(reportingCycle.provenanceOf(submitted, id)).toEqual([]));
  it('is addressed by its id', () => expect(reportingCycle.targetOf(submit())).toBe(id));
  it('events carry their type', () =>
    expect(event('ReportingCycleClosed', {}).type).toBe('ReportingCycleClosed'));
});
