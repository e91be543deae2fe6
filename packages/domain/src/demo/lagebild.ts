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
  value(
    kmuDigital,
    'kw-kmu-2019',
    24,
    '2019-12-31',
    'IAB-Betriebspanel Sachsen 2019',
    '2020-06-16',
    by,
  ),
  value(betriebe, 'kw-betr-2019', 140, '2019-12-31', 'Lotsenstatistik 2019', '2020-01-21', by),
  value(
    kmuDigital,
    'kw-kmu-2020',
    27,
    '2020-12-31',
    'IAB-Betriebspanel Sachsen 2020',
    '2021-06-15',
    by,
  ),
  value(betriebe, 'kw-betr-2020', 290, '2020-12-31', 'Lotsenstatistik 2020', '2021-01-19', by),
  step(
    'RateMeasureConfidence',
    { measureId, confidence: 'green' },
    by.team('2021-01-19', { reason: 'Das Lotsennetz wächst trotz Pandemie wie geplant.' }),
  ),
  value(
    kmuDigital,
    'kw-kmu-2021',
    30,
    '2021-12-31',
    'IAB-Betriebspanel Sachsen 2021',
    '2022-06-14',
    by,
  ),
  value(betriebe, 'kw-betr-2021', 480, '2021-12-31', 'Lotsenstatistik 2021', '2022-01-18', by),
  value(
    kmuDigital,
    'kw-kmu-2022',
    32,
    '2022-12-31',
    'IAB-Betriebspanel Sachsen 2022',
    '2023-06-13',
    by,
  ),
  value(betriebe, 'kw-betr-2022', 690, '2022-12-31', 'Lotsenstatistik 2022', '2023-01-17', by),
  step(
    'ChangeIndicatorTarget',
    { indicatorId: betriebe, target: { value: 2000, date: '2030-12-31' } },
    by.ministry('2023-03-07', {
      reason:
        'Der Landeshaushalt 2023/24 kürzt die Lotsenstellen um ein Fünftel; das Ziel folgt der ' +
        'Zahl der Stellen.',
    }),
  ),
  value(
    kmuDigital,
    'kw-kmu-2023',
    34,
    '2023-12-31',
    'IAB-Betriebspanel Sachsen 2023',
    '2024-06-11',
    by,
  ),
  value(betriebe, 'kw-betr-2023', 870, '2023-12-31', 'Lotsenstatistik 2023', '2024-01-16', by),
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
