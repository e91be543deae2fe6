import { ACTION_FIELD as HF, MEETING as M, SUGGESTION as S } from './ids.js';
import { PEOPLE } from './participants.js';
import type { DemoSuggestion } from './records.js';

/** Input to the fields Kooperationen und Cross-Innovationen and Arbeit. */
export const SUGGESTIONS_PEOPLE: readonly DemoSuggestion[] = [
  {
    on: '2016-11-23',
    data: {
      suggestionId: S.crossInnovation,
      title: 'Industrie und Kreativwirtschaft zusammenbringen',
      text: 'Designer, Entwickler und Agenturen können Industriebetrieben bei Produkten, Nutzerführung und Vermarktung helfen; es fehlt ein Ort, an dem beide Seiten regelmäßig zusammenarbeiten.',
      sector: 'society',
      channel: 'meeting',
      meetingId: M.kooperationen2016,
      actionFieldIds: [HF.kooperationen],
      submitter: PEOPLE.wolf,
    },
  },
  {
    on: '2016-11-23',
    data: {
      suggestionId: S.transfer,
      title: 'Transferstellen für kleine Betriebe öffnen',
      text: 'Die Transferstellen der Hochschulen sollen aktiv auf kleine Betriebe zugehen, etwa mit Sprechstunden in den Regionen und Kleinprojekten ohne langen Antragsweg.',
      sector: 'science',
      channel: 'meeting',
      meetingId: M.kooperationen2016,
      actionFieldIds: [HF.kooperationen],
    },
  },
  {
    on: '2017-03-07',
    data: {
      suggestionId: S.cluster,
      title: 'Cluster und Netzwerke branchenübergreifend verbinden',
      text: 'Die sächsischen Cluster und Netzwerke sollen gemeinsame Formate anbieten, damit Mitglieder über Branchengrenzen hinweg Partner finden.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: M.konferenz,
      actionFieldIds: [HF.kooperationen],
    },
  },
  {
    on: '2017-03-07',
    data: {
      suggestionId: S.kooperationsboerse,
      title: 'Kooperationsbörse auf jeder Industriemesse',
      text: 'Auf jeder Industriemesse in Sachsen soll das Land eine eigene Kooperationsbörse ausrichten.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: M.konferenz,
      actionFieldIds: [HF.kooperationen],
    },
  },
  {
    on: '2017-06-14',
    data: {
      suggestionId: S.anlaufstelle,
      title: 'Eine Anlaufstelle für Kooperationsprojekte',
      text: 'Wer ein Verbundprojekt plant, soll in der Landesverwaltung eine Stelle finden, die zu allen passenden Förderprogrammen berät.',
      sector: 'administration',
      channel: 'meeting',
      meetingId: M.kooperationen2017,
      actionFieldIds: [HF.kooperationen],
    },
  },
  {
    on: '2016-12-07',
    data: {
      suggestionId: S.weiterbildung,
      title: 'Weiterbildung in Verbünden organisieren',
      text: 'Kleine Betriebe können digitale Weiterbildung allein kaum stemmen; Verbünde aus Betrieben, Bildungsträgern, Kammern und Gewerkschaften sollen sie gemeinsam anbieten.',
      sector: 'society',
      channel: 'meeting',
      meetingId: M.arbeit2016,
      actionFieldIds: [HF.arbeit],
      submitter: PEOPLE.schubert,
    },
  },
  {
    on: '2017-02-22',
    data: {
      suggestionId: S.fachkraefte,
      title: 'Internationale Fachkräfte gewinnen und halten',
      text: 'Industriebetriebe brauchen Unterstützung bei Anwerbung, Anerkennung und Integration internationaler Fachkräfte, gerade außerhalb der Großstädte.',
      sector: 'administration',
      channel: 'mail',
      actionFieldIds: [HF.arbeit],
    },
  },
  {
    on: '2017-06-28',
    data: {
      suggestionId: S.ausbildung,
      title: 'Lernfabriken für Ausbildung 4.0',
      text: 'Ausbildungsberufe wie Mechatroniker brauchen digitale Inhalte; Lernfabriken an Berufsschulen und Hochschulen können Auszubildende und Beschäftigte gemeinsam qualifizieren.',
      sector: 'industry',
      channel: 'meeting',
      meetingId: M.arbeit2017,
      actionFieldIds: [HF.arbeit],
    },
  },
  {
    on: '2017-09-13',
    data: {
      suggestionId: S.arbeitszeit,
      title: 'Flexible Arbeitszeitmodelle in der Produktion',
      text: 'Auch im Schichtbetrieb sollen Beschäftigte mehr Einfluss auf ihre Arbeitszeit bekommen; Pilotbetriebe könnten Modelle gemeinsam mit den Sozialpartnern erproben.',
      sector: 'society',
      channel: 'meeting',
      meetingId: M.sozialpartner,
      actionFieldIds: [HF.arbeit],
    },
  },
];
