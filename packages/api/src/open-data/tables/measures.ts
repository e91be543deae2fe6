import { confidenceLabels, directionLabels, KIND_LABELS } from '@fahrplan/domain';
import { type Column, table } from '../columns.js';
import type { PublicData } from '../public-data.js';
import {
  ACTION_FIELD_IDS,
  itemColumns,
  orNull,
  PLANNED_PERIOD,
  published,
  titleColumn,
} from './shared.js';

const define = table<PublicData>();

const INDICATOR_ID = {
  name: 'kennzahl_id',
  type: 'id',
  meaning: { de: 'Kennung der Kennzahl', en: 'Identifier of the indicator' },
  example: 'kz-betriebe-beraten',
} as const satisfies Column;

export const measures = define({
  name: 'massnahmen',
  title: { de: 'Maßnahmen', en: 'Measures' },
  description: {
    de: 'Angenommene Empfehlungen in der Umsetzung: Verantwortung, Fortschritt und Ampel.',
    en: 'Adopted recommendations being implemented: responsibility, progress and confidence.',
  },
  columns: [
    ...itemColumns('Measure', 'ma-17'),
    titleColumn('Digitalagentur Sachsen'),
    {
      name: 'beschreibung',
      type: 'text',
      meaning: { de: 'Beschreibung', en: 'Description' },
      example: 'Beratung kleiner und mittlerer Unternehmen …',
      optional: true,
    },
    {
      name: 'verantwortlich',
      type: 'text',
      meaning: {
        de: 'Verantwortliche Stelle (nie eine Person)',
        en: 'Responsible unit (never a person)',
      },
      example: 'Wirtschaftsministerium, Referat 31',
    },
    {
      name: 'federfuehrung_organisation',
      type: 'text',
      meaning: { de: 'Federführende Organisation', en: 'Lead organisation' },
      example: 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr',
      optional: true,
    },
    {
      name: 'federfuehrung_einheit',
      type: 'text',
      meaning: { de: 'Federführende Einheit (Referat, Abteilung)', en: 'Lead unit (department)' },
      example: 'Referat 31',
      optional: true,
    },
    {
      name: 'beteiligte_partner',
      type: 'text_list',
      meaning: {
        de: 'Mitwirkende Partnerorganisationen',
        en: 'Contributing partner organisations',
      },
      example: 'IHK Chemnitz | TU Dresden',
    },
    {
      name: 'fortschritt_prozent',
      type: 'integer',
      meaning: {
        de: 'Zuletzt gemeldeter Fortschritt in Prozent',
        en: 'Last reported progress in percent',
      },
      example: '40',
    },
    {
      name: 'ampel',
      type: 'code',
      meaning: {
        de: 'Umsetzungsvertrauen (Ampel), zuletzt bewertet',
        en: 'Delivery confidence, as last rated',
      },
      example: 'green',
      optional: true,
      values: confidenceLabels,
    },
    {
      name: 'ampel_begruendung',
      type: 'text',
      meaning: { de: 'Begründung der Ampel', en: 'Reason for the rating' },
      example: 'Förderbescheid liegt vor.',
      optional: true,
    },
    {
      name: 'ampel_bewertet_am',
      type: 'datetime',
      meaning: {
        de: 'Wann die Ampel zuletzt bewertet wurde',
        en: 'When confidence was last rated',
      },
      example: '2025-07-01T00:00:00.000Z',
      optional: true,
    },
    ACTION_FIELD_IDS,
    {
      name: 'empfehlung_id',
      type: 'id',
      meaning: {
        de: 'Die Empfehlung, aus der sie angenommen wurde',
        en: 'The recommendation it was adopted from',
      },
      example: 'he-17',
      optional: true,
    },
    ...PLANNED_PERIOD,
    {
      name: 'angenommen_am',
      type: 'datetime',
      meaning: {
        de: 'Wann die Empfehlung angenommen wurde',
        en: 'When the recommendation was adopted',
      },
      example: '2018-01-15T00:00:00.000Z',
    },
    {
      name: 'begonnen_am',
      type: 'datetime',
      meaning: { de: 'Wann die Umsetzung begann', en: 'When implementation started' },
      example: '2018-04-03T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'beendet_am',
      type: 'datetime',
      meaning: {
        de: 'Wann sie abgeschlossen oder gestoppt wurde',
        en: 'When it was completed or stopped',
      },
      example: '2024-12-31T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'stoppgrund',
      type: 'text',
      meaning: { de: 'Warum sie gestoppt wurde', en: 'Why it was stopped' },
      example: 'Förderprogramm eingestellt.',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Measure.map((measure) => ({
      id: measure.measureId,
      status: measure.status,
      titel: measure.title,
      beschreibung: orNull(measure.description),
      verantwortlich: measure.owner,
      federfuehrung_organisation: orNull(measure.responsibility?.lead.organisation),
      federfuehrung_einheit: orNull(measure.responsibility?.lead.unit),
      beteiligte_partner: measure.responsibility?.partners ?? [],
      fortschritt_prozent: measure.progress,
      ampel: orNull(measure.confidence?.rating),
      ampel_begruendung: orNull(measure.confidence?.reason),
      ampel_bewertet_am: orNull(measure.confidence?.ratedAt),
      handlungsfeld_ids: published(data, 'ActionField', measure.actionFieldIds),
      empfehlung_id: data.visible('Recommendation', measure.adoptedFrom)
        ? measure.adoptedFrom
        : null,
      geplanter_beginn: orNull(measure.plannedStart),
      geplantes_ende: orNull(measure.plannedEnd),
      angenommen_am: measure.adoptedAt,
      begonnen_am: orNull(measure.startedAt),
      beendet_am:
        measure.status === 'completed'
          ? measure.completedAt
          : measure.status === 'stopped'
            ? measure.stoppedAt
            : null,
      stoppgrund: measure.status === 'stopped' ? orNull(measure.stopReason) : null,
    })),
});

export const milestones = define({
  name: 'meilensteine',
  title: { de: 'Meilensteine', en: 'Milestones' },
  description: {
    de: 'Meilensteine der Maßnahmen und Projektideen mit Fälligkeit und Erreichung.',
    en: 'Milestones of measures and project ideas, when due and when reached.',
  },
  columns: [
    {
      name: 'gehoert_zu_art',
      type: 'code',
      meaning: {
        de: 'Art des Eintrags, zu dem der Meilenstein gehört',
        en: 'Kind of entry the milestone belongs to',
      },
      example: 'Measure',
      values: { Measure: KIND_LABELS.Measure, ProjectIdea: KIND_LABELS.ProjectIdea },
    },
    {
      name: 'gehoert_zu_id',
      type: 'id',
      meaning: {
        de: 'Kennung der Maßnahme oder Projektidee',
        en: 'Identifier of the measure or project idea',
      },
      example: 'ma-17',
    },
    {
      name: 'meilenstein_id',
      type: 'id',
      meaning: {
        de: 'Kennung des Meilensteins in seinem Eintrag',
        en: 'Identifier of the milestone within its entry',
      },
      example: 'm1',
    },
    titleColumn('1.000 Betriebe beraten'),
    {
      name: 'faellig_am',
      type: 'date',
      meaning: { de: 'Fälligkeitsdatum', en: 'Due date' },
      example: '2025-06-30',
    },
    {
      name: 'erreicht_am',
      type: 'datetime',
      meaning: {
        de: 'Wann er erreicht wurde (leer: offen)',
        en: 'When it was reached (empty: open)',
      },
      example: '2025-05-20T00:00:00.000Z',
      optional: true,
    },
  ],
  rows: (data) =>
    [
      ...data.Measure.map((measure) => ['Measure', measure.measureId, measure.milestones] as const),
      ...data.ProjectIdea.map(
        (idea) => ['ProjectIdea', idea.projectIdeaId, idea.milestones] as const,
      ),
    ].flatMap(([kind, id, list]) =>
      list.map((milestone) => ({
        gehoert_zu_art: kind,
        gehoert_zu_id: id,
        meilenstein_id: milestone.milestoneId,
        titel: milestone.title,
        faellig_am: milestone.dueDate,
        erreicht_am: orNull(milestone.reachedAt),
      })),
    ),
});

export const indicators = define({
  name: 'kennzahlen',
  title: { de: 'Kennzahlen', en: 'Indicators' },
  description: {
    de: 'Kennzahlen der Maßnahmen und Handlungsfelder: Ausgangswert und Ziel.',
    en: 'Indicators of measures and action fields: baseline and target.',
  },
  columns: [
    ...itemColumns('Indicator', 'kz-betriebe-beraten'),
    titleColumn('Beratene Betriebe'),
    {
      name: 'einheit',
      type: 'text',
      meaning: { de: 'Einheit der Werte', en: 'Unit of the values' },
      example: 'Betriebe',
    },
    {
      name: 'richtung',
      type: 'code',
      meaning: { de: 'Welche Richtung besser ist', en: 'Which direction is better' },
      example: 'increase',
      values: directionLabels,
    },
    {
      name: 'beschreibung',
      type: 'text',
      meaning: { de: 'Beschreibung', en: 'Description' },
      example: 'Zahl der Betriebe, die eine Erstberatung erhielten',
      optional: true,
    },
    {
      name: 'bezug_art',
      type: 'code',
      meaning: { de: 'Worauf sich die Kennzahl bezieht', en: 'What the indicator measures' },
      example: 'Measure',
      values: { Measure: KIND_LABELS.Measure, ActionField: KIND_LABELS.ActionField },
    },
    {
      name: 'bezug_id',
      type: 'id',
      meaning: {
        de: 'Kennung der Maßnahme oder des Handlungsfelds',
        en: 'Identifier of the measure or action field',
      },
      example: 'ma-17',
    },
    {
      name: 'ausgangswert',
      type: 'decimal',
      meaning: { de: 'Ausgangswert', en: 'Baseline value' },
      example: '120',
    },
    {
      name: 'ausgangswert_datum',
      type: 'date',
      meaning: { de: 'Stichtag des Ausgangswerts', en: 'Reference date of the baseline' },
      example: '2018-12-31',
    },
    {
      name: 'ausgangswert_quelle',
      type: 'text',
      meaning: { de: 'Quelle des Ausgangswerts', en: 'Source of the baseline' },
      example: 'Statistisches Landesamt',
    },
    {
      name: 'zielwert',
      type: 'decimal',
      meaning: { de: 'Zielwert', en: 'Target value' },
      example: '1000',
    },
    {
      name: 'zieldatum',
      type: 'date',
      meaning: { de: 'Bis wann das Ziel erreicht sein soll', en: 'When the target is due' },
      example: '2030-12-31',
    },
    {
      name: 'zielaenderungen',
      type: 'integer',
      meaning: { de: 'Wie oft das Ziel geändert wurde', en: 'How often the target was changed' },
      example: '0',
    },
    {
      name: 'definiert_am',
      type: 'datetime',
      meaning: { de: 'Wann die Kennzahl festgelegt wurde', en: 'When the indicator was defined' },
      example: '2019-01-10T00:00:00.000Z',
    },
  ],
  rows: (data) =>
    data.Indicator.map((indicator) => ({
      id: indicator.indicatorId,
      status: indicator.status,
      titel: indicator.title,
      einheit: indicator.unit,
      richtung: indicator.direction,
      beschreibung: orNull(indicator.description),
      bezug_art: indicator.subject.kind,
      bezug_id: indicator.subject.id,
      ausgangswert: indicator.baseline.value,
      ausgangswert_datum: indicator.baseline.date,
      ausgangswert_quelle: indicator.baseline.source,
      zielwert: indicator.target.value,
      zieldatum: indicator.target.date,
      zielaenderungen: indicator.targetChanges.length,
      definiert_am: indicator.definedAt,
    })),
});

export const indicatorValues = define({
  name: 'kennzahlwerte',
  title: { de: 'Werte der Kennzahlen', en: 'Indicator values' },
  description: {
    de: 'Gemeldete Werte der Kennzahlen, korrigierte mit ihrem Korrekturgrund.',
    en: 'Reported indicator values; corrected ones with the reason for the correction.',
  },
  columns: [
    INDICATOR_ID,
    {
      name: 'wert_id',
      type: 'id',
      meaning: { de: 'Kennung des Werts', en: 'Identifier of the value' },
      example: 'w-2024',
    },
    { name: 'wert', type: 'decimal', meaning: { de: 'Wert', en: 'Value' }, example: '640' },
    {
      name: 'stichtag',
      type: 'date',
      meaning: { de: 'Stichtag, auf den sich der Wert bezieht', en: 'Reference date of the value' },
      example: '2024-12-31',
    },
    {
      name: 'quelle',
      type: 'text',
      meaning: { de: 'Quelle des Werts', en: 'Source of the value' },
      example: 'Jahresbericht Digitalagentur 2024',
    },
    {
      name: 'gemeldet_am',
      type: 'datetime',
      meaning: { de: 'Wann der Wert gemeldet wurde', en: 'When the value was reported' },
      example: '2025-02-01T00:00:00.000Z',
    },
    {
      name: 'korrigiert_am',
      type: 'datetime',
      meaning: {
        de: 'Wann der Wert zuletzt korrigiert wurde',
        en: 'When the value was last corrected',
      },
      example: '2025-03-01T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'korrekturgrund',
      type: 'text',
      meaning: { de: 'Warum korrigiert wurde', en: 'Why it was corrected' },
      example: 'Doppelzählung bereinigt.',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Indicator.flatMap((indicator) =>
      indicator.values.map((value) => ({
        kennzahl_id: indicator.indicatorId,
        wert_id: value.valueId,
        wert: value.value,
        stichtag: value.referenceDate,
        quelle: value.source,
        gemeldet_am: value.reportedAt,
        korrigiert_am: orNull(value.correctedAt),
        korrekturgrund: orNull(value.correctionReason),
      })),
    ),
});
