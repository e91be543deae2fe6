import { ACTION_FIELD as HF, MEETING as M, SUGGESTION as S } from './ids.js';
import { PEOPLE } from './participants.js';
import type { DemoSuggestion } from './records.js';

/** Input to the fields Digitalisierung and Neue Geschäftsmodelle. */
export const SUGGESTIONS_DIGITAL: readonly DemoSuggestion[] = [
  {
    on: '2016-10-12',
    data: {
      suggestionId: S.lotsen,
      title: 'Neutrale Lotsen für den Einstieg in Industrie 4.0',
      text: 'Kleine Betriebe brauchen eine neutrale Anlaufstelle, die ihren Digitalisierungsstand erhebt und passende Anbieter, Hochschulpartner und Förderprogramme vermittelt.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: M.digitalisierung2016,
      actionFieldIds: [HF.digitalisierung],
      submitter: PEOPLE.richter,
    },
  },
  {
    on: '2016-10-12',
    data: {
      suggestionId: S.testfelder,
      title: 'Testfelder für KMU öffnen',
      text: 'Hochschulen und Forschungsinstitute sollen ihre Versuchsanlagen als Testfelder öffnen, damit Unternehmen Lösungen erproben können, bevor sie investieren.',
      sector: 'science',
      channel: 'meeting',
      meetingId: M.digitalisierung2016,
      actionFieldIds: [HF.digitalisierung],
    },
  },
  {
    on: '2016-11-02',
    data: {
      suggestionId: S.breitband,
      title: 'Gigabit für Gewerbegebiete im ländlichen Raum',
      text: 'Viele Gewerbegebiete im Erzgebirge und in Mittelsachsen haben keinen gigabitfähigen Anschluss; vernetzte Produktion scheitert dort an der Leitung.',
      sector: 'administration',
      channel: 'mail',
      actionFieldIds: [HF.digitalisierung],
      submitter: PEOPLE.boehm,
    },
  },
  {
    on: '2017-01-09',
    data: {
      suggestionId: S.itSicherheit,
      title: 'IT-Sicherheit in der vernetzten Produktion',
      text: 'Mittelständler brauchen Beratung und im Ernstfall schnelle Hilfe, wenn Maschinen und Steuerungen vernetzt werden.',
      sector: 'industry',
      channel: 'online',
    },
  },
  {
    on: '2017-02-15',
    data: {
      suggestionId: S.hardware,
      title: 'Zuschuss für Tablets in der Werkhalle',
      text: 'Das Land soll die Anschaffung von Tablets und Datenbrillen für Produktionsbeschäftigte direkt bezuschussen.',
      sector: 'industry',
      channel: 'online',
      actionFieldIds: [HF.digitalisierung],
    },
  },
  {
    on: '2017-04-26',
    data: {
      suggestionId: S.reallabor,
      title: 'Reallabor für 5G in der Fertigung',
      text: 'Ein Reallabor, in dem Unternehmen und Netzausrüster drahtlose Echtzeitkommunikation in der Fertigung gemeinsam erproben.',
      sector: 'science',
      channel: 'meeting',
      meetingId: M.digitalisierung2017,
      actionFieldIds: [HF.digitalisierung],
    },
  },
  {
    on: '2016-11-09',
    data: {
      suggestionId: S.datenServices,
      title: 'Dienstleistungen aus Maschinendaten',
      text: 'Maschinenbauer wollen vorausschauende Wartung und Betreibermodelle anbieten; es fehlen Erfahrung, Rechtssicherheit bei der Datennutzung und Pilotkunden.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: M.geschaeftsmodelle2016,
      actionFieldIds: [HF.geschaeftsmodelle],
    },
  },
  {
    on: '2017-01-18',
    data: {
      suggestionId: S.zulieferer,
      title: 'Zulieferer auf neue Märkte vorbereiten',
      text: 'Der Umstieg auf Elektromobilität stellt Zulieferer vor einen Strukturwandel; sie brauchen Unterstützung bei neuen Produkten und digitalen Diensten.',
      sector: 'administration',
      channel: 'meeting',
      meetingId: M.maschinenbau,
      actionFieldIds: [HF.geschaeftsmodelle],
    },
  },
  {
    on: '2017-05-17',
    data: {
      suggestionId: S.plattformen,
      title: 'Gemeinsame Plattformen für Zulieferer',
      text: 'Zulieferer sollen gemeinsame digitale Plattformen und Datenräume aufbauen, statt einzeln von den Plattformen großer Abnehmer abhängig zu werden.',
      sector: 'science',
      channel: 'meeting',
      meetingId: M.geschaeftsmodelle2017,
      actionFieldIds: [HF.geschaeftsmodelle],
    },
  },
  {
    on: '2017-02-01',
    data: {
      suggestionId: S.wagniskapital,
      title: 'Wachstumskapital für industrielle Start-ups',
      text: 'Hardware-Gründungen brauchen in der Wachstumsphase mehr Kapital, als private Investoren in Sachsen bereitstellen.',
      sector: 'industry',
      channel: 'mail',
      actionFieldIds: [HF.geschaeftsmodelle],
      submitter: PEOPLE.lorenz,
    },
  },
  {
    on: '2017-08-15',
    data: {
      suggestionId: S.kreislauf,
      title: 'Kreislaufwirtschaft als Geschäftsmodell',
      text: 'Reparatur, Wiederaufbereitung und Rücknahme von Komponenten eröffnen Industriebetrieben neue Erlöse und sparen Rohstoffe.',
      sector: 'society',
      channel: 'online',
      actionFieldIds: [HF.geschaeftsmodelle],
      submitter: PEOPLE.fischer,
    },
  },
];
