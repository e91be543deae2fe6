import { ACTION_FIELD as HF, MEETING } from './ids.js';
import type { DemoMeeting } from './records.js';

/** The first round of workshops, one per action field, and a talk with machine builders. */
export const MEETINGS_2016: readonly DemoMeeting[] = [
  {
    plan: {
      meetingId: MEETING.digitalisierung2016,
      title: 'Werkstatt Digitalisierung im industriellen Mittelstand',
      kind: 'workshop',
      date: '2016-10-12',
      place: 'Chemnitz, Technische Universität Chemnitz',
      description:
        'Wo stehen kleine und mittlere Industrieunternehmen bei Industrie 4.0, was hemmt, was hilft?',
      actionFieldIds: [HF.digitalisierung],
    },
    plannedOn: '2016-08-30',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 21, science: 9, society: 2, administration: 6 },
      summary:
        'Großer Orientierungsbedarf bei KMU: neutrale Erstberatung und Orte zum Ausprobieren ' +
        'fehlen. IT-Sicherheit wird als Hemmnis unterschätzt.',
    },
  },
  {
    plan: {
      meetingId: MEETING.geschaeftsmodelle2016,
      title: 'Werkstatt Neue Geschäftsmodelle',
      kind: 'workshop',
      date: '2016-11-09',
      place: 'Dresden, StrategieWerkstatt, Kramergasse 2',
      actionFieldIds: [HF.geschaeftsmodelle],
    },
    plannedOn: '2016-09-20',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 17, science: 7, society: 3, administration: 4 },
      summary:
        'Maschinen- und Anlagenbauer sehen Chancen in datenbasierten Dienstleistungen, ' +
        'scheuen aber Investitionen ohne erprobtes Erlösmodell.',
    },
  },
  {
    plan: {
      meetingId: MEETING.kooperationen2016,
      title: 'Werkstatt Kooperationen und Cross-Innovationen',
      kind: 'workshop',
      date: '2016-11-23',
      place: 'Leipzig, Baumwollspinnerei',
      actionFieldIds: [HF.kooperationen],
    },
    plannedOn: '2016-10-04',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 12, science: 10, society: 11, administration: 5 },
      summary:
        'Industrie und Kreativwirtschaft kennen einander kaum; Hochschultransfer erreicht ' +
        'kleine Betriebe zu selten.',
    },
  },
  {
    plan: {
      meetingId: MEETING.arbeit2016,
      title: 'Werkstatt Arbeit in der Industrie der Zukunft',
      kind: 'workshop',
      date: '2016-12-07',
      place: 'Zwickau, Westsächsische Hochschule Zwickau',
      actionFieldIds: [HF.arbeit],
    },
    plannedOn: '2016-10-18',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 14, science: 6, society: 9, administration: 7 },
      summary:
        'Fachkräftemangel ist das drängendste Thema; Weiterbildung zu digitalen Kompetenzen ' +
        'soll gemeinsam von Betrieben, Kammern und Gewerkschaften organisiert werden.',
    },
  },
  {
    plan: {
      meetingId: MEETING.maschinenbau,
      title: 'Unternehmensgespräch Maschinen- und Anlagenbau',
      kind: 'talk',
      date: '2017-01-18',
      place: 'Chemnitz',
      description:
        'Vertrauliches Gespräch mit Geschäftsführungen aus Maschinenbau und Zulieferindustrie.',
      actionFieldIds: [HF.digitalisierung, HF.geschaeftsmodelle],
    },
    plannedOn: '2016-12-13',
    outcome: {
      status: 'held',
      participantsBySector: { industry: 9, administration: 2 },
      summary:
        'Der Wandel zur Elektromobilität trifft die Zulieferer; gefragt sind Wege zu neuen ' +
        'Produkten und Dienstleistungen.',
    },
  },
];
