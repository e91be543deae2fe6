import { MEASURE } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

const measureId = MEASURE.lotsen;

const plan = (milestoneId: string, title: string, dueDate: string, on: string, by: Actors) =>
  step('PlanMilestone', { measureId, milestoneId, title, dueDate }, by.ministry(on));
/** Nothing counts as reached on say-so: each milestone cites the report that shows it. */
const reach = (milestoneId: string, on: string, document: string, by: Actors) =>
  step('ReachMilestone', { measureId, milestoneId }, by.ministry(on, { evidence: [{ document }] }));
const progress = (percent: number, on: string, by: Actors) =>
  step('ReportMeasureProgress', { measureId, progress: percent }, by.team(on));

/**
 * The measure the adoption of the Digitalisierungslotsen planned (2018-06-19): started in 2019,
 * milestones to 2030 (none due before the adoption), progress reported every year to 2025.
 */
export const measureSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'ReviseMeasure',
    {
      measureId,
      description:
        'Regionale Digitalisierungslotsinnen und -lotsen beraten kleine und mittlere ' +
        'Industrieunternehmen neutral und kostenfrei, vermitteln Partner und Förderung und ' +
        'begleiten erste Projekte. Träger sind Kammern und regionale Wirtschaftsförderer.',
    },
    by.ministry('2018-09-11'),
  ),
  step('StartMeasure', { measureId }, by.ministry('2019-01-15')),
  plan(
    'ms-lotsen-pilot',
    'Pilotphase mit zehn Lotsinnen und Lotsen in drei Regionen',
    '2019-12-31',
    '2019-01-15',
    by,
  ),
  plan(
    'ms-lotsen-landesweit',
    'Lotsennetz in allen Kammerbezirken',
    '2021-12-31',
    '2019-01-15',
    by,
  ),
  plan('ms-lotsen-1000-betriebe', '1.000 Betriebe beraten', '2025-06-30', '2019-01-15', by),
  plan(
    'ms-lotsen-evaluation',
    'Evaluation und Neuausrichtung des Lotsennetzes',
    '2027-06-30',
    '2019-01-15',
    by,
  ),
  plan(
    'ms-lotsen-2030',
    'Abschlussbericht: Digitalisierungsgrad der KMU verdoppelt',
    '2030-12-31',
    '2019-01-15',
    by,
  ),
  reach(
    'ms-lotsen-pilot',
    '2019-12-10',
    'Sachbericht Pilotphase Digitalisierungslotsen, Dezember 2019',
    by,
  ),
  progress(10, '2019-12-10', by),
  progress(20, '2020-12-15', by),
  step(
    'RescheduleMilestone',
    { measureId, milestoneId: 'ms-lotsen-landesweit', dueDate: '2022-06-30' },
    by.ministry('2021-03-02', {
      reason: 'Die Besetzung der Lotsenstellen hat sich in der Pandemie verzögert.',
    }),
  ),
  progress(30, '2021-12-14', by),
  reach(
    'ms-lotsen-landesweit',
    '2022-05-24',
    'Bericht an den Lenkungskreis: Lotsennetz in allen Kammerbezirken, Mai 2022',
    by,
  ),
  progress(42, '2022-12-13', by),
  plan(
    'ms-lotsen-ki',
    'Lotsenangebot um Künstliche Intelligenz erweitert',
    '2026-06-30',
    '2023-09-05',
    by,
  ),
  progress(53, '2023-12-12', by),
  progress(62, '2024-12-10', by),
  reach(
    'ms-lotsen-1000-betriebe',
    '2025-05-20',
    'Jahresbericht Digitalisierungslotsen 2024/25',
    by,
  ),
  progress(70, '2025-11-18', by),
];
