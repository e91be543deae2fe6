import { MEASURE, MEETING, RECOMMENDATION as R } from './ids.js';
import { type Actors, type DemoStep, step } from './step.js';

/** 2018: rework, the split, the last prioritisation and the adoption by the ministry. */
export const decisionSteps = (by: Actors): readonly DemoStep[] => [
  step(
    'ReviseRecommendation',
    {
      recommendationId: R.weiterbildung,
      body: 'Betriebe, Bildungsträger, Kammern und Gewerkschaften bilden regionale Weiterbildungsverbünde, die Beschäftigte kleiner und mittlerer Unternehmen für die digitale Arbeitswelt qualifizieren. Die Verbünde ergänzen die Förderprogramme von Bund und ESF, statt sie zu ersetzen: Sie bündeln Bedarfe, organisieren Angebote in der Region und beziehen Betriebsräte und Sozialpartner von Anfang an ein.',
    },
    by.team('2018-01-15'),
  ),
  step(
    'SubmitRecommendationForReview',
    { recommendationId: R.weiterbildung },
    by.team('2018-02-06'),
  ),
  step(
    'PrioritiseRecommendation',
    { recommendationId: R.datenGeschaeftsmodelle, priority: 'medium' },
    by.ministry('2018-02-06'),
  ),
  step(
    'SplitRecommendation',
    {
      recommendationId: R.fachkraefte,
      parts: [
        {
          recommendationId: R.willkommen,
          title: 'Willkommenslotsen für internationale Fachkräfte in der Industrie',
          body: 'Regionale Willkommenslotsen unterstützen Industriebetriebe bei Anwerbung, Anerkennung von Abschlüssen und Integration internationaler Fachkräfte und ihrer Familien, besonders außerhalb der Großstädte.',
        },
        {
          recommendationId: R.arbeitszeit,
          title: 'Flexible Arbeitsmodelle in der Produktion erproben',
          body: 'Pilotbetriebe erproben gemeinsam mit den Sozialpartnern Arbeitszeit- und Schichtmodelle, die Beschäftigten in der Produktion mehr Einfluss auf ihre Arbeitszeit geben.',
        },
      ],
    },
    by.team('2018-03-06', {
      reason:
        'Zuwanderung und Arbeitsorganisation liegen in verschiedenen Zuständigkeiten und werden getrennt weiterverfolgt.',
    }),
  ),
  step('SubmitRecommendationForReview', { recommendationId: R.willkommen }, by.team('2018-05-15')),
  step(
    'AdoptRecommendation',
    {
      recommendationId: R.lotsen,
      measureId: MEASURE.lotsen,
      measure: {
        title: 'Digitalisierungslotsen Sachsen',
        owner: 'SMWA, Referat 31',
        plannedStart: '2019-01-01',
        plannedEnd: '2030-12-31',
      },
    },
    by.ministry('2018-06-19', {
      reason:
        'Höchste Priorität im Lenkungskreis und breite Zustimmung auf der StrategieKonferenz; das SMWA setzt die Empfehlung als erste Maßnahme der Industriestrategie um, finanziert aus dem Doppelhaushalt 2019/2020.',
      evidence: [
        {
          document: 'Kabinettsbeschluss zur Industriestrategie für Sachsen, Juni 2018',
          note: 'Maßnahme 1 der Anlage zur Kabinettsvorlage.',
        },
        { meetingId: MEETING.konferenz, note: 'Forum Digitalisierung der StrategieKonferenz.' },
      ],
    }),
  ),
  step(
    'ReviseRecommendation',
    {
      recommendationId: R.arbeitszeit,
      body: 'Pilotbetriebe erproben gemeinsam mit den Sozialpartnern Arbeitszeit- und Schichtmodelle, die Beschäftigten in der Produktion mehr Einfluss auf ihre Arbeitszeit geben. Die Ergebnisse fließen in eine Handreichung für Betriebe und Betriebsräte.',
    },
    by.team('2018-09-04'),
  ),
];
