import { INDICATOR, MEASURE, PERSON, REPORTING_CYCLE } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

const measureId = MEASURE.lotsen;
const { kmuDigital, betriebe } = INDICATOR;

const value = (
  indicatorId: string,
  valueId: string,
  figure: number,
  referenceDate: string,
  source: string,
  on: string,
  by: Actors,
) =>
  step(
    'ReportIndicatorValue',
    { indicatorId, measureId, valueId, value: figure, referenceDate, source },
    by.team(on),
  );

/** The year-end figures of both indicators, each with the day it was reported. */
const YEARS = [
  { year: 2019, kmu: 24, kmuOn: '2020-06-16', count: 140, countOn: '2020-01-21' },
  { year: 2020, kmu: 27, kmuOn: '2021-06-15', count: 290, countOn: '2021-01-19' },
  { year: 2021, kmu: 30, kmuOn: '2022-06-14', count: 480, countOn: '2022-01-18' },
  { year: 2022, kmu: 32, kmuOn: '2023-06-13', count: 690, countOn: '2023-01-17' },
  { year: 2023, kmu: 34, kmuOn: '2024-06-11', count: 870, countOn: '2024-01-16' },
] as const;

const yearlyValues = (by: Actors) =>
  YEARS.flatMap(({ year, kmu, kmuOn, count, countOn }) => [
    value(
      kmuDigital,
      `kw-kmu-${year}`,
      kmu,
      `${year}-12-31`,
      `IAB-Betriebspanel Sachsen ${year}`,
      kmuOn,
      by,
    ),
    value(
      betriebe,
      `kw-betr-${year}`,
      count,
      `${year}-12-31`,
      `Lotsenstatistik ${year}`,
      countOn,
      by,
    ),
  ]);

/** A cycle the ministry opens, with the team's report on the Lotsen measure in it. */
const report = (
  cycleId: string,
  on: string,
  data: {
    readonly narrative: string;
    readonly confidence: 'green' | 'amber' | 'red';
    readonly measureProgress?: number;
    readonly indicatorValues: readonly {
      indicatorId: string;
      valueId: string;
      value: number;
      referenceDate: string;
      source: string;
    }[];
  },
  why: { readonly reason: string; readonly document: string },
  by: Actors,
) =>
  step(
    'SubmitStatusReport',
    { cycleId, measureId, ...data },
    by.team(on, { reason: why.reason, evidence: [{ document: why.document }] }),
  );

/**
 * Lagebild 2030 for the Digitalisierungslotsen: who carries the measure, two indicators with
 * baselines and 2030 targets, values reported every year (one target moved, with its reason), the
 * Ampel, and reporting cycles — two closed (one report returned once, then accepted) and the open
 * „2. Halbjahr 2025“ still lacking its report. Everything happens by 2025-11-18, the demo's last
 * day; the milestone „KI-Erweiterung“ (due 2026-06-30) is overdue on any day after it.
 */
export const lagebildSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'AssignMeasureResponsibility',
    {
      measureId,
      lead: { organisation: 'Sächsisches Staatsministerium für Wirtschaft', unit: 'Referat 31' },
      partners: ['IHK Chemnitz', 'IHK Dresden', 'IHK Leipzig', 'Handwerkskammern'],
      responsible: {
        subjectId: PERSON.lotsenKoordination,
        name: 'Katrin Vogel',
        email: 'katrin.vogel@example.org',
        organisation: 'SMWA Referat 31',
      },
    },
    by.ministry('2019-01-15'),
  ),
  step(
    'DefineIndicator',
    {
      indicatorId: kmuDigital,
      measureId,
      title: 'Anteil der KMU mit Digitalisierungsprojekt',
      unit: '%',
      direction: 'increase',
      description:
        'Anteil der kleinen und mittleren Industrieunternehmen in Sachsen mit mindestens einem ' +
        'laufenden oder abgeschlossenen Digitalisierungsprojekt.',
      baseline: { value: 21, date: '2017-12-31', source: 'IAB-Betriebspanel Sachsen 2017' },
      target: { value: 60, date: '2030-12-31' },
      intermediateTargets: [{ value: 40, date: '2025-12-31' }],
    },
    by.team('2019-02-05'),
  ),
  step(
    'DefineIndicator',
    {
      indicatorId: betriebe,
      measureId,
      title: 'Von Lotsen beratene Betriebe (kumuliert)',
      unit: 'Betriebe',
      direction: 'increase',
      baseline: { value: 0, date: '2019-01-01', source: 'Start des Lotsennetzes' },
      target: { value: 2500, date: '2030-12-31' },
    },
    by.team('2019-02-05'),
  ),
  ...yearlyValues(by),
  step(
    'RateMeasureConfidence',
    { measureId, confidence: 'green' },
    by.team('2021-01-19', { reason: 'Das Lotsennetz wächst trotz Pandemie wie geplant.' }),
  ),
  step(
    'ChangeIndicatorTarget',
    { indicatorId: betriebe, target: { value: 2000, date: '2030-12-31' } },
    by.ministry('2023-03-07', {
      reason:
        'Der Landeshaushalt 2023/24 kürzt die Lotsenstellen um ein Fünftel; das Ziel folgt der ' +
        'Zahl der Stellen.',
    }),
  ),
  step(
    'OpenReportingCycle',
    { cycleId: REPORTING_CYCLE.jahr2024, title: 'Jahresbericht 2024', deadline: '2025-01-15' },
    by.ministry('2024-11-04'),
  ),
  report(
    REPORTING_CYCLE.jahr2024,
    '2024-12-03',
    {
      narrative:
        'Das Lotsennetz berät in allen Kammerbezirken. Die Zahl der Beratungen liegt trotz ' +
        'gekürzter Stellen im Plan; der Anteil der KMU mit Digitalisierungsprojekt steigt ' +
        'langsamer als geplant.',
      confidence: 'green',
      indicatorValues: [
        {
          indicatorId: betriebe,
          valueId: 'kw-betr-2024-06',
          value: 960,
          referenceDate: '2024-06-30',
          source: 'Lotsenstatistik 1. Halbjahr 2024',
        },
      ],
    },
    {
      reason: 'Beratungen im Plan.',
      document: 'Sachstandsbericht Digitalisierungslotsen 2024',
    },
    by,
  ),
  step(
    'ReturnStatusReport',
    { cycleId: REPORTING_CYCLE.jahr2024, measureId },
    by.ministry('2024-12-10', {
      reason:
        'Die Ampel passt nicht zur Kennzahl: der KMU-Anteil liegt deutlich unter dem Pfad. ' +
        'Bitte begründen oder neu bewerten.',
    }),
  ),
  report(
    REPORTING_CYCLE.jahr2024,
    '2024-12-17',
    {
      narrative:
        'Das Lotsennetz berät in allen Kammerbezirken; die Beratungen liegen im Plan. Der ' +
        'Anteil der KMU mit Digitalisierungsprojekt liegt unter dem Pfad zum Zwischenziel 2025: ' +
        'kleine Betriebe setzen Projekte seltener um als erwartet. Die Lotsen begleiten ab 2025 ' +
        'die Umsetzung länger.',
      confidence: 'amber',
      // The figure came with the first submission; a return takes nothing back.
      indicatorValues: [],
    },
    {
      reason: 'Der KMU-Anteil liegt unter dem Pfad zum Zwischenziel 2025.',
      document: 'Sachstandsbericht Digitalisierungslotsen 2024, überarbeitet',
    },
    by,
  ),
  step(
    'AcceptStatusReport',
    { cycleId: REPORTING_CYCLE.jahr2024, measureId },
    by.ministry('2024-12-19'),
  ),
  step('CloseReportingCycle', { cycleId: REPORTING_CYCLE.jahr2024 }, by.ministry('2025-01-31')),
  step(
    'OpenReportingCycle',
    { cycleId: REPORTING_CYCLE.halbjahr2025a, title: '1. Halbjahr 2025', deadline: '2025-07-15' },
    by.ministry('2025-05-05'),
  ),
  report(
    REPORTING_CYCLE.halbjahr2025a,
    '2025-06-24',
    {
      narrative:
        '1.000 Betriebe sind beraten (Meilenstein im Mai erreicht). Die Erweiterung um ' +
        'Künstliche Intelligenz verzögert sich: die Schulung der Lotsen beginnt erst im Herbst.',
      confidence: 'amber',
      measureProgress: 66,
      indicatorValues: [
        {
          indicatorId: kmuDigital,
          valueId: 'kw-kmu-2024',
          value: 35,
          referenceDate: '2024-12-31',
          source: 'IAB-Betriebspanel Sachsen 2024',
        },
        {
          indicatorId: betriebe,
          valueId: 'kw-betr-2024',
          value: 1060,
          referenceDate: '2024-12-31',
          source: 'Lotsenstatistik 2024',
        },
      ],
    },
    {
      reason: 'Die KI-Erweiterung liegt ein halbes Jahr zurück.',
      document: 'Sachstandsbericht Digitalisierungslotsen 1/2025',
    },
    by,
  ),
  step(
    'AcceptStatusReport',
    { cycleId: REPORTING_CYCLE.halbjahr2025a, measureId },
    by.ministry('2025-07-01'),
  ),
  step(
    'CloseReportingCycle',
    { cycleId: REPORTING_CYCLE.halbjahr2025a },
    by.ministry('2025-07-31'),
  ),
  step(
    'OpenReportingCycle',
    { cycleId: REPORTING_CYCLE.halbjahr2025b, title: '2. Halbjahr 2025', deadline: '2026-01-15' },
    by.ministry('2025-11-03'),
  ),
];
