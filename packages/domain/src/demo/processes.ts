import { DEFAULT_PROCESS_SLUG } from '../process/index.js';
import { FACHKRAEFTE as FK, PHASE, PROCESS, SUGGESTION as S } from './ids.js';
import { meetingStepsOf } from './meetings.js';
import { type Actors, type DemoStep, step } from './step.js';
import { captureStep } from './suggestions.js';

const SMWA = 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr (SMWA)';

interface DemoPhase {
  readonly phaseId: string;
  readonly title: string;
  readonly plannedStart: string;
  readonly plannedEnd?: string;
  readonly startedOn?: string;
  readonly closedOn?: string;
}

const phaseSteps = (by: Actors, processId: string, plannedOn: string, phases: DemoPhase[]) =>
  phases.flatMap(({ phaseId, title, plannedStart, plannedEnd, startedOn, closedOn }) => [
    step(
      'PlanProcessPhase',
      { processId, phaseId, title, plannedStart, ...(plannedEnd ? { plannedEnd } : {}) },
      by.team(plannedOn),
    ),
    ...(startedOn ? [step('StartProcessPhase', { processId, phaseId }, by.team(startedOn))] : []),
    ...(closedOn ? [step('CloseProcessPhase', { processId, phaseId }, by.team(closedOn))] : []),
  ]);

/**
 * The StrategieWerkstatt as a process: established by the SMWA early in 2016, run by
 * VDI/VDE-IT, in the seed's own sequence of phases, the last of which (implementation) runs.
 */
export const strategieWerkstattSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'DefineProcess',
    {
      processId: PROCESS.strategieWerkstatt,
      slug: DEFAULT_PROCESS_SLUG,
      title: 'StrategieWerkstatt: Industrie der ZUKUNFT.',
      description:
        'Die technologischen, wettbewerblichen und sozialen Herausforderungen für die sächsische ' +
        'Industrie mit Blick auf 2030 beleuchten, im Werkstattprozess mit Wirtschaft, ' +
        'Wissenschaft, Gesellschaft und Verwaltung Struktur und Grundzüge einer sächsischen ' +
        'Industriestrategie erarbeiten und Handlungsempfehlungen entwickeln.',
      commissionedBy: SMWA,
      runBy: 'VDI/VDE Innovation + Technik GmbH',
    },
    by.ministry('2016-01-15', { evidence: [{ document: 'Auftrag des SMWA, Januar 2016' }] }),
  ),
  step('StartProcess', { processId: PROCESS.strategieWerkstatt }, by.ministry('2016-02-01')),
  ...phaseSteps(by, PROCESS.strategieWerkstatt, '2016-02-01', [
    {
      phaseId: PHASE.analyse,
      title: 'Analyse der Ausgangssituation und Potentiale',
      plannedStart: '2016-02-01',
      plannedEnd: '2016-07-31',
      startedOn: '2016-02-01',
      closedOn: '2016-07-12',
    },
    {
      phaseId: PHASE.dialog,
      title: 'Gespräche, Workshops und Veranstaltungen je Handlungsfeld',
      plannedStart: '2016-08-01',
      plannedEnd: '2017-09-30',
      startedOn: '2016-08-01',
      closedOn: '2017-09-30',
    },
    {
      phaseId: PHASE.priorisierung,
      title: 'Priorisierung der Themen',
      plannedStart: '2017-05-01',
      plannedEnd: '2017-11-30',
      startedOn: '2017-05-02',
      closedOn: '2017-11-30',
    },
    {
      phaseId: PHASE.leitlinien,
      title: 'Strategische Leitlinien und Handlungsempfehlungen',
      plannedStart: '2017-12-01',
      plannedEnd: '2018-03-31',
      startedOn: '2017-12-01',
      closedOn: '2018-03-31',
    },
    {
      phaseId: PHASE.beschluss,
      title: 'Beschluss der Industriestrategie',
      plannedStart: '2018-04-01',
      plannedEnd: '2018-09-10',
      startedOn: '2018-04-03',
      closedOn: '2018-09-10',
    },
    {
      phaseId: PHASE.umsetzung,
      title: 'Umsetzung bis 2030',
      plannedStart: '2018-09-11',
      plannedEnd: '2030-12-31',
      startedOn: '2018-09-11',
    },
  ]),
];

/**
 * An invented, smaller second process: a skilled-labour strategy of the same ministry from 2019.
 * Its recommendation grows from a suggestion raised in the StrategieWerkstatt (international
 * skilled workers, 2017), so provenance crosses the two processes.
 */
export const fachkraefteSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'DefineProcess',
    {
      processId: PROCESS.fachkraefte,
      slug: 'fachkraefte-2030',
      title: 'Fachkräftestrategie Sachsen 2030',
      description:
        'Erfundenes Beispiel: Wie gewinnen und halten sächsische Betriebe die Fachkräfte, die sie ' +
        'bis 2030 brauchen? Aufbauend auf den Ergebnissen der StrategieWerkstatt, mit ' +
        'Regionalforen in allen Landesteilen.',
      commissionedBy: SMWA,
      runBy: 'Geschäftsstelle der Fachkräfteallianz Sachsen',
    },
    by.ministry('2019-03-05'),
  ),
  step('StartProcess', { processId: PROCESS.fachkraefte }, by.ministry('2019-04-01')),
  ...phaseSteps(by, PROCESS.fachkraefte, '2019-04-01', [
    {
      phaseId: PHASE.bestandsaufnahme,
      title: 'Bestandsaufnahme des Fachkräftebedarfs',
      plannedStart: '2019-04-01',
      plannedEnd: '2019-09-30',
      startedOn: '2019-04-01',
      closedOn: '2019-09-30',
    },
    {
      phaseId: PHASE.foren,
      title: 'Regionalforen',
      plannedStart: '2019-10-01',
      plannedEnd: '2020-03-31',
      startedOn: '2019-10-01',
    },
    {
      phaseId: PHASE.empfehlungen,
      title: 'Handlungsempfehlungen',
      plannedStart: '2020-04-01',
      plannedEnd: '2020-12-31',
    },
  ]),
  step(
    'DefineActionField',
    {
      actionFieldId: FK.actionField,
      processId: PROCESS.fachkraefte,
      key: 'fachkraefte-gewinnen',
      title: 'Fachkräfte gewinnen und halten',
      description:
        'Anwerbung, Anerkennung und Bindung von Fachkräften aus dem In- und Ausland, besonders ' +
        'für Industriebetriebe außerhalb der Großstädte.',
    },
    by.team('2019-09-30'),
  ),
  ...meetingStepsOf(by, {
    plan: {
      meetingId: FK.forum,
      title: 'Regionalforum Fachkräfte Chemnitz',
      kind: 'workshop',
      date: '2019-11-12',
      place: 'Chemnitz, IHK',
      actionFieldIds: [FK.actionField],
    },
    plannedOn: '2019-10-08',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 14, science: 3, society: 5, administration: 7 },
      summary: 'Anerkennungsverfahren dauern zu lange; Betriebe wünschen eine Anlaufstelle.',
    },
  }),
  captureStep(by, {
    on: '2019-11-12',
    data: {
      suggestionId: FK.suggestion,
      title: 'Anerkennung ausländischer Abschlüsse beschleunigen',
      text: 'Eine Stelle im Land soll Anerkennungsverfahren für Industrieberufe bündeln und in drei Monaten abschließen.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: FK.forum,
      actionFieldIds: [FK.actionField],
    },
  }),
  step(
    'DraftRecommendation',
    {
      recommendationId: FK.recommendation,
      title: 'Welcome Center für Fachkräfte der Industrie',
      body: 'Regionale Welcome Center begleiten internationale Fachkräfte und ihre Betriebe von der Anwerbung über die Anerkennung bis zum Ankommen; aufgegriffen aus der StrategieWerkstatt Industrie der ZUKUNFT (2017).',
      actionFieldIds: [FK.actionField],
      derivedFrom: [S.fachkraefte, FK.suggestion],
    },
    by.team('2020-01-21', {
      reason:
        'Vorschlag aus der StrategieWerkstatt aufgegriffen und mit dem Regionalforum verbunden.',
    }),
  ),
];
