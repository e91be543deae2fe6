import {
  ACTION_FIELD as HF,
  MEETING,
  PROJECT_IDEA,
  RECOMMENDATION as R,
  SUGGESTION as S,
} from './ids.js';
import { join, PARTNERS } from './partners.js';
import { type Actors, type DemoStep, step } from './step.js';

const LAB = PROJECT_IDEA.crossInnovationLab;
const milestone = (milestoneId: string, title: string, dueDate: string, by: Actors) =>
  step(
    'PlanProjectMilestone',
    { projectIdeaId: LAB, milestoneId, title, dueDate },
    by.team('2018-04-16'),
  );
const reach = (milestoneId: string, on: string, by: Actors) =>
  step('ReachProjectMilestone', { projectIdeaId: LAB, milestoneId }, by.team(on));

/** The Cross-Innovation-Lab: from the recommendation to a running project with milestones. */
export const crossInnovationLabSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'ProposeProjectIdea',
    {
      projectIdeaId: LAB,
      title: 'Cross-Innovation-Lab Industrie & Kreativwirtschaft',
      body: 'Ein Lab in Chemnitz, in dem Tandems aus Industriebetrieben und Kreativschaffenden in zwölf Wochen gemeinsam Produkte, Dienste und Nutzererlebnisse entwickeln, begleitet von Hochschule und Forschung.',
      actionFieldIds: [HF.kooperationen],
      originatesFrom: [
        { kind: 'Recommendation', id: R.crossInnovation },
        { kind: 'Suggestion', id: S.crossInnovation },
        { kind: 'Meeting', id: MEETING.kooperationen2017 },
      ],
      plannedStart: '2018-04-01',
      plannedEnd: '2026-12-31',
    },
    by.team('2017-07-05'),
  ),
  step('StartProjectPreparation', { projectIdeaId: LAB }, by.team('2017-10-02')),
  join(LAB, PARTNERS.tuChemnitz, 'lead', '2017-10-02', by),
  join(LAB, PARTNERS.kreativesSachsen, 'partner', '2017-10-02', by),
  join(LAB, PARTNERS.ihkChemnitz, 'partner', '2017-11-08', by),
  join(LAB, PARTNERS.fraunhoferIwu, 'associate', '2017-11-08', by),
  step(
    'LaunchProject',
    { projectIdeaId: LAB },
    by.team('2018-04-16', {
      evidence: [{ document: 'Zuwendungsbescheid der Sächsischen Aufbaubank, April 2018' }],
    }),
  ),
  milestone('ms-lab-auftakt', 'Auftakt mit den ersten zehn Tandems', '2018-06-30', by),
  milestone(
    'ms-lab-pilotprojekte',
    'Zwanzig Pilotprojekte Industrie–Kreativwirtschaft abgeschlossen',
    '2020-12-31',
    by,
  ),
  milestone('ms-lab-netzwerk', 'Lab als landesweites Netzwerk verstetigt', '2026-12-31', by),
  reach('ms-lab-auftakt', '2018-06-21', by),
  reach('ms-lab-pilotprojekte', '2021-03-15', by),
];

const LERNFABRIK = PROJECT_IDEA.lernfabrik;

/** The Lernfabrik: proposed in 2017, still in preparation, re-planned for 2026. */
export const lernfabrikSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'ProposeProjectIdea',
    {
      projectIdeaId: LERNFABRIK,
      title: 'Lernfabrik Arbeit 4.0 für Ausbildung und Weiterbildung',
      body: 'Eine Lernfabrik mit vernetzter Fertigungslinie, in der Auszubildende, Beschäftigte und Lehrkräfte aus Betrieben und Handwerk digitale Arbeitsabläufe gemeinsam erlernen.',
      actionFieldIds: [HF.arbeit, HF.digitalisierung],
      originatesFrom: [
        { kind: 'Suggestion', id: S.ausbildung },
        { kind: 'Meeting', id: MEETING.arbeit2017 },
      ],
    },
    by.team('2017-07-20'),
  ),
  step(
    'LinkOrigin',
    { projectIdeaId: LERNFABRIK, origin: { kind: 'Recommendation', id: R.weiterbildung } },
    by.team('2018-02-13', {
      reason: 'Die Lernfabrik soll Lernort der Weiterbildungsverbünde werden.',
    }),
  ),
  step('StartProjectPreparation', { projectIdeaId: LERNFABRIK }, by.team('2018-05-08')),
  join(LERNFABRIK, PARTNERS.htwk, 'lead', '2018-05-08', by),
  join(LERNFABRIK, PARTNERS.hwkDresden, 'partner', '2018-05-08', by),
  join(LERNFABRIK, PARTNERS.siliconSaxony, 'associate', '2018-06-12', by),
  join(LERNFABRIK, PARTNERS.elbtal, 'partner', '2018-06-12', by),
  step(
    'LeavePartner',
    { projectIdeaId: LERNFABRIK, partnerId: PARTNERS.elbtal.partnerId },
    by.team('2020-06-30', {
      reason:
        'Kapazitäten des Unternehmens sind in der Pandemie vollständig in der Produktion gebunden.',
    }),
  ),
  step(
    'ReviseProjectIdea',
    { projectIdeaId: LERNFABRIK, plannedStart: '2026-09-01', plannedEnd: '2029-08-31' },
    by.team('2024-11-12', {
      reason:
        'Neuer Anlauf mit Mitteln aus dem ESF Plus 2021–2027; Start zum Ausbildungsjahr 2026/27.',
    }),
  ),
];
