import { ACTION_FIELD_LABELS, type ActionFieldKey } from '../labels.js';
import { ACTION_FIELD, MEETING, PROCESS } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

const DESCRIPTIONS: Readonly<Record<ActionFieldKey, string>> = {
  digitalisierung:
    'Wie gelingt kleinen und mittleren Industrieunternehmen in Sachsen der Schritt zu vernetzter ' +
    'Produktion, durchgängigen Datenflüssen und Industrie 4.0? Im Mittelpunkt stehen ' +
    'Orientierung und Beratung, Erprobung neuer Technologien, IT-Sicherheit und digitale Infrastruktur.',
  geschaeftsmodelle:
    'Neue Formen der Wertschöpfung: datenbasierte Dienstleistungen, Plattformen, hybride Produkte ' +
    'und zirkuläre Wertschöpfungsketten, dazu der Strukturwandel bei Zulieferern und der Zugang ' +
    'zu Wachstumskapital.',
  kooperationen:
    'Vernetzung der Akteure aus Wirtschaft, Wissenschaft, Gesellschaft und Verwaltung: ' +
    'Wissens- und Technologietransfer, Cluster und Netzwerke sowie Innovationen an den ' +
    'Schnittstellen der Branchen.',
  arbeit:
    'Fachkräftesicherung, Aus- und Weiterbildung und die Gestaltung von Arbeit in einer ' +
    'digitalisierten Industrie, gemeinsam mit Beschäftigten, Sozialpartnern und Bildungsträgern.',
};

const KEYS: readonly ActionFieldKey[] = [
  'digitalisierung',
  'geschaeftsmodelle',
  'kooperationen',
  'arbeit',
];

/** The four fields the analysis phase identified in the first half of 2016. */
export const actionFieldSteps = (by: Actors): readonly DemoStep[] => [
  ...KEYS.map((key) =>
    step(
      'DefineActionField',
      {
        actionFieldId: ACTION_FIELD[key],
        processId: PROCESS.strategieWerkstatt,
        key,
        title: ACTION_FIELD_LABELS[key].de,
        description: DESCRIPTIONS[key],
      },
      by.team('2016-07-12', {
        evidence: [{ document: 'Analysebericht der StrategieWerkstatt, Juli 2016' }],
      }),
    ),
  ),
  step(
    'ReviseActionField',
    {
      actionFieldId: ACTION_FIELD.kooperationen,
      description:
        `${DESCRIPTIONS.kooperationen} Nach der StrategieKonferenz ausdrücklich eingeschlossen: ` +
        'Cross-Innovationen zwischen Industrie und Kultur- und Kreativwirtschaft.',
    },
    by.team('2017-03-21', {
      reason: 'Ergebnis der Diskussion im Forum Kooperationen der StrategieKonferenz.',
      evidence: [{ meetingId: MEETING.konferenz }],
    }),
  ),
];
