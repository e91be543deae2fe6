import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, demoScenario, describeFailures, runSteps } from '../demo/index.js';
import { actorsAt, step } from '../demo/step.js';
import { statesOf } from '../demo/testing/in-memory-runner.js';
import type { ExistingIndicator, IndicatorState } from '../indicator/index.js';
import { indicator } from '../indicator/index.js';
import {
  defined as indicatorDefined,
  event as indicatorEvent,
  reported,
} from '../indicator/testing/fixtures.js';
import type { ExistingMeasure, MeasureState } from '../measure/index.js';
import { measure } from '../measure/index.js';
import { histories, event as measureEvent, milestonePlanned } from '../measure/testing/fixtures.js';
import type { RecommendationState } from '../recommendation/index.js';
import type { ExistingReportingCycle, ReportingCycleState } from '../reporting-cycle/index.js';
import { addDays, fold, overdueOn } from '../shared/index.js';
import { day, TEST_NOW, TEST_TIME_ZONE } from '../shared/testing/decider-specification.js';
import type { SuggestionState } from '../suggestion/index.js';
import {
  FUNNEL_STAGES,
  measureStatusSummary,
  missingReports,
  participationFunnel,
} from './index.js';

describe('overdueOn', () => {
  const due = day('2026-06-30');
  it('is overdue the day after the due date, counting the days', () => {
    expect(overdueOn({ dueDate: due }, day('2026-07-01'))).toEqual({
      overdue: true,
      daysOverdue: 1,
    });
    expect(overdueOn({ dueDate: due }, day('2026-12-04'))).toEqual({
      overdue: true,
      daysOverdue: 157,
    });
  });
  it('is not overdue on the due date itself', () =>
    expect(overdueOn({ dueDate: due }, due)).toEqual({ overdue: false, daysOverdue: 0 }));
  it('is never overdue once reached, and counts up day by day before that', () =>
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 4000 }), (offset) => {
        const today = addDays(due, offset);
        expect(overdueOn({ dueDate: due, reachedAt: '2026-01-01T00:00:00Z' }, today).overdue).toBe(
          false,
        );
        expect(overdueOn({ dueDate: due }, today)).toEqual(
          offset > 0 ? { overdue: true, daysOverdue: offset } : { overdue: false, daysOverdue: 0 },
        );
      }),
    ));
});

describe('measureStatusSummary', () => {
  const running = fold(measure, histories.in_progress) as ExistingMeasure;
  const rated = (confidence: 'green' | 'amber' | 'red') =>
    fold(measure, [
      ...histories.in_progress,
      measureEvent('MeasureConfidenceRated', { confidence }, { reason: 'Lage' }),
    ]) as ExistingMeasure;
  const definedHere = {
    ...indicatorDefined,
    data: {
      ...indicatorDefined.data,
      subject: { kind: 'Measure' as const, id: running.measureId },
    },
  };
  const figure = (value: number) =>
    fold(indicator, [
      definedHere,
      { ...reported, data: { ...reported.data, value } },
    ]) as ExistingIndicator;
  const today = day('2026-11-25');

  it('is on course with nothing against it', () =>
    expect(measureStatusSummary(running, [], today)).toMatchObject({
      course: 'on_course',
      signals: [],
    }));
  it.each([
    ['green', 'on_course'],
    ['amber', 'at_risk'],
    ['red', 'off_course'],
  ] as const)('follows a %s Ampel to %s', (confidence, course) =>
    expect(measureStatusSummary(rated(confidence), [], today).course).toBe(course),
  );
  it('is off course with an indicator off track, worst signal first', () => {
    // 2024-12-31 on the line from 20 (2018) to 60 (2030): about 43; 30 is far behind.
    const summary = measureStatusSummary(rated('amber'), [figure(30)], today);
    expect(summary.course).toBe('off_course');
    expect(summary.signals.map((each) => each.source)).toEqual(['indicator', 'confidence']);
  });
  it('is at risk with an overdue milestone, and says how late', () => {
    const late = fold(measure, [...histories.in_progress, milestonePlanned]) as ExistingMeasure;
    expect(measureStatusSummary(late, [figure(45)], today)).toMatchObject({
      course: 'at_risk',
      overdueMilestones: [{ milestoneId: milestonePlanned.data.milestoneId, daysOverdue: 2276 }],
    });
  });
  it('was on course before the milestone fell due (the state and day of then)', () => {
    const late = fold(measure, [...histories.in_progress, milestonePlanned]) as ExistingMeasure;
    expect(measureStatusSummary(late, [], day('2020-09-01')).course).toBe('on_course');
  });
  it('leaves out indicators of other measures and retired ones', () => {
    const other = { ...figure(30), subject: { kind: 'Measure', id: 'me-other' } } as const;
    const retired = fold(indicator, [
      definedHere,
      { ...reported, data: { ...reported.data, value: 1 } },
      indicatorEvent('IndicatorRetired', {}, { reason: 'weg' }),
    ]) as ExistingIndicator;
    expect(measureStatusSummary(running, [other, retired], today).indicators).toEqual([]);
  });
  it('is closed once completed, whatever the signals', () =>
    expect(
      measureStatusSummary(
        fold(measure, histories.completed) as ExistingMeasure,
        [figure(1)],
        today,
      ).course,
    ).toBe('closed'));
});

/** The demo to 2025, then Lagebild: an indicator, a cycle opened and the measure's report. */
describe('a status report through the command loop', async () => {
  const by = actorsAt(TEST_NOW, TEST_TIME_ZONE);
  const measureId = DEMO_IDS.measure;
  const demo = demoScenario({ now: TEST_NOW });
  const define = step(
    'DefineIndicator',
    {
      indicatorId: 'kz-kmu-digital',
      measureId,
      title: 'Anteil der KMU mit Digitalisierungsprojekt',
      unit: '%',
      direction: 'increase',
      baseline: { value: 20, date: '2018-01-01', source: 'IAB-Betriebspanel 2017' },
      target: { value: 60, date: '2030-12-31' },
    },
    by.team('2019-02-01'),
  );
  const open = step(
    'OpenReportingCycle',
    { cycleId: 'bz-2026-h2', title: '2. Halbjahr 2026', deadline: '2027-01-15' },
    by.ministry('2026-11-02'),
  );
  const report = (role: 'team' | 'ministry') =>
    step(
      'SubmitStatusReport',
      {
        cycleId: 'bz-2026-h2',
        measureId,
        narrative: 'Das Lotsennetz berät landesweit; die KI-Erweiterung verzögert sich.',
        confidence: 'amber',
        measureProgress: 74,
        indicatorValues: [
          {
            indicatorId: 'kz-kmu-digital',
            valueId: 'kw-2026-06',
            value: 41,
            referenceDate: '2026-06-30',
            source: 'Lotsenstatistik',
          },
        ],
      },
      by[role]('2026-11-20', {
        reason: 'Die KI-Erweiterung liegt ein halbes Jahr zurück.',
        evidence: [{ document: 'Sachstandsbericht Lotsen 2/2026' }],
      }),
    );
  const before = await runSteps([...demo, define, open]);
  const after = await runSteps([...demo, define, open, report('team')]);
  const cycleOf = (result: typeof after) =>
    statesOf<ReportingCycleState>(result, 'ReportingCycle').find(
      (each) => each.status !== 'empty' && each.cycleId === 'bz-2026-h2',
    ) as ExistingReportingCycle;

  it('runs without a refusal', () => expect(describeFailures(after.failures)).toBe(''));
  it('counts the measure as missing until it reports', () => {
    const measures = statesOf<MeasureState>(before, 'Measure');
    expect(missingReports(cycleOf(before), measures)).toEqual([{ measureId, returned: false }]);
    expect(missingReports(cycleOf(after), statesOf<MeasureState>(after, 'Measure'))).toEqual([]);
  });
  it('rates the measure and records progress and the value, with the report', () => {
    const [lotsen] = statesOf<MeasureState>(after, 'Measure');
    expect(lotsen).toMatchObject({
      progress: 74,
      confidence: { rating: 'amber', reason: 'Die KI-Erweiterung liegt ein halbes Jahr zurück.' },
    });
    const kennzahl = statesOf<IndicatorState>(after, 'Indicator').find(
      (each) => each.status !== 'empty' && each.indicatorId === 'kz-kmu-digital',
    );
    expect(kennzahl).toMatchObject({
      values: [{ valueId: 'kw-2026-06', value: 41, cycleId: 'bz-2026-h2' }],
    });
  });
  it('shows the overdue KI milestone, the Ampel and the demo’s lagging KMU figure', () => {
    const [lotsen] = statesOf<ExistingMeasure>(after, 'Measure');
    const indicators = statesOf<ExistingIndicator>(after, 'Indicator');
    if (lotsen === undefined) throw new Error('no measure');
    expect(measureStatusSummary(lotsen, indicators, day('2026-11-25'))).toMatchObject({
      // The demo's own KMU figure (35 % at the end of 2024 against 42 % on the line) is off track.
      course: 'off_course',
      confidence: 'amber',
      overdueMilestones: [{ milestoneId: 'ms-lotsen-ki', daysOverdue: 148 }],
      indicators: expect.arrayContaining([
        // 41 % in mid-2026 against about 46 % on the line to 60 % in 2030: 13 % of the way behind.
        {
          indicatorId: 'kz-kmu-digital',
          assessment: expect.objectContaining({ rating: 'at_risk' }),
        },
        {
          indicatorId: DEMO_IDS.indicators.kmuDigital,
          assessment: expect.objectContaining({ rating: 'off_track' }),
        },
        {
          indicatorId: DEMO_IDS.indicators.betriebe,
          assessment: expect.objectContaining({ rating: 'on_track' }),
        },
      ]),
    });
  });
  it('lets only the team report', async () => {
    const refused = await runSteps([...demo, define, open, report('ministry')]);
    expect(refused.failures.map((each) => each.error.code)).toEqual(['FORBIDDEN']);
  });

  describe('participationFunnel', () => {
    const funnel = participationFunnel({
      suggestions: statesOf<SuggestionState>(after, 'Suggestion'),
      recommendations: statesOf<RecommendationState>(after, 'Recommendation'),
      measures: statesOf<MeasureState>(after, 'Measure'),
    });
    it('has every sector, each stage no larger than the one before', () => {
      expect(funnel.map((each) => each.sector)).toEqual([
        'industry',
        'science',
        'society',
        'administration',
      ]);
      for (const sector of funnel) {
        const counts = FUNNEL_STAGES.map((stage) => sector.counts[stage]);
        expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      }
    });
    it('follows the demo from suggestions to the measure in implementation', () => {
      const total = (stage: (typeof FUNNEL_STAGES)[number]) =>
        funnel.reduce((sum, each) => sum + each.counts[stage], 0);
      expect(total('captured')).toBe(statesOf<SuggestionState>(after, 'Suggestion').length);
      expect(total('adopted')).toBeGreaterThan(0);
      expect(total('in_implementation')).toBe(total('adopted'));
      for (const sector of funnel.filter((each) => each.counts.in_implementation > 0)) {
        expect(sector.medianDays.in_implementation).toBeGreaterThan(0);
        expect(sector.medianDays.adopted).toBeGreaterThanOrEqual(0);
      }
    });
    it('narrows to an action field', () => {
      const only = participationFunnel(
        {
          suggestions: statesOf<SuggestionState>(after, 'Suggestion'),
          recommendations: [],
          measures: [],
        },
        { actionFieldId: 'af-none' },
      );
      expect(only.every((each) => each.counts.captured === 0)).toBe(true);
    });
  });
});
