import { ACTION_FIELD as HF, MEETING } from './ids.js';
import type { DemoMeeting } from './records.js';

const ALL_FIELDS = [HF.digitalisierung, HF.geschaeftsmodelle, HF.kooperationen, HF.arbeit];

/** The StrategieKonferenz, the second round of workshops and the talks of 2017. */
export const MEETINGS_2017: readonly DemoMeeting[] = [
  {
    plan: {
      meetingId: MEETING.konferenz,
      title: 'StrategieKonferenz: Industrie der ZUKUNFT',
      kind: 'conference',
      date: '2017-03-07',
      place: 'Leipzig, Leipziger Messe (parallel zur Doppelmesse Z/intec)',
      description:
        'Die bisherigen Ergebnisse der StrategieWerkstatt zur Diskussion: Keynote von Prof. Dr.-Ing. ' +
        'Engelbert Westkämper, Podiumsdiskussion mit Wirtschaftsminister Martin Dulig und ' +
        'Unternehmensvertretern, Foren zu den vier Handlungsfeldern. Eintritt frei.',
      actionFieldIds: ALL_FIELDS,
    },
    plannedOn: '2016-11-15',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 142, science: 63, society: 38, administration: 57 },
      summary:
        'Rund 300 Gäste diskutierten Ausgangslage und Handlungsfelder bis 2030. Breite ' +
        'Zustimmung zu Lotsen und Testfeldern für KMU; Cross-Innovation wird als eigenes Thema ' +
        'im Handlungsfeld Kooperationen verankert.',
    },
  },
  {
    plan: {
      meetingId: MEETING.digitalisierung2017,
      title: 'Werkstatt Testfelder und Reallabore',
      kind: 'workshop',
      date: '2017-04-26',
      place: 'Dresden, Technische Universität Dresden',
      actionFieldIds: [HF.digitalisierung],
    },
    plannedOn: '2017-03-14',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 16, science: 14, society: 1, administration: 5 },
      summary:
        'Bestehende Test- und Demonstrationszentren sollen sichtbarer und für KMU offener werden.',
    },
  },
  {
    plan: {
      meetingId: MEETING.geschaeftsmodelle2017,
      title: 'Werkstatt Datenbasierte Geschäftsmodelle',
      kind: 'workshop',
      date: '2017-05-17',
      place: 'Leipzig, Hochschule für Technik, Wirtschaft und Kultur Leipzig',
      actionFieldIds: [HF.geschaeftsmodelle],
    },
    plannedOn: '2017-03-28',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 19, science: 11, society: 2, administration: 3 },
      summary:
        'Plattformen und Datenräume: Zulieferer brauchen Partner, Musterverträge und Piloten.',
    },
  },
  {
    plan: {
      meetingId: MEETING.kooperationen2017,
      title: 'Werkstatt Cross-Innovationen: Industrie trifft Kreativwirtschaft',
      kind: 'workshop',
      date: '2017-06-14',
      place: 'Dresden, Kraftwerk Mitte',
      actionFieldIds: [HF.kooperationen],
    },
    plannedOn: '2017-04-11',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 13, science: 6, society: 15, administration: 4 },
      summary: 'Tandems aus Industrie und Kreativwirtschaft sollen in einem Lab erprobt werden.',
    },
  },
  {
    plan: {
      meetingId: MEETING.arbeit2017,
      title: 'Werkstatt Arbeit 4.0 und Qualifizierung',
      kind: 'workshop',
      date: '2017-06-28',
      place: 'Chemnitz, Sächsisches Industriemuseum',
      actionFieldIds: [HF.arbeit],
    },
    plannedOn: '2017-04-25',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 15, science: 5, society: 10, administration: 8 },
      summary:
        'Lernfabriken verbinden Ausbildung und Weiterbildung; Berufsschulen brauchen Partner.',
    },
  },
  {
    plan: {
      meetingId: MEETING.lausitz,
      title: 'Regionalwerkstatt Lausitz: Industrie im Strukturwandel',
      kind: 'workshop',
      date: '2017-07-12',
      place: 'Görlitz',
      actionFieldIds: ALL_FIELDS,
    },
    plannedOn: '2017-05-09',
    outcome: {
      status: 'cancelled',
      on: '2017-06-30',
      reason:
        'Zu wenige Anmeldungen in der Ferienzeit; die Themen der Lausitz werden im ' +
        'Sozialpartnergespräch im September aufgegriffen.',
    },
  },
  {
    plan: {
      meetingId: MEETING.sozialpartner,
      title: 'Sozialpartnergespräch Arbeit in der Industrie der Zukunft',
      kind: 'talk',
      date: '2017-09-13',
      place: 'Dresden, Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
      actionFieldIds: [HF.arbeit],
    },
    plannedOn: '2017-07-18',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 4, society: 5, administration: 3 },
      summary: 'Arbeitgeberverbände und Gewerkschaften unterstützen Weiterbildungsverbünde.',
    },
  },
];
