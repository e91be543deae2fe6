import { priorityLabels } from '@fahrplan/domain';
import { table } from '../columns.js';
import type { PublicData } from '../public-data.js';
import { ACTION_FIELD_IDS, itemColumns, orNull, published, titleColumn } from './shared.js';

const define = table<PublicData>();

export const actionFields = define({
  name: 'handlungsfelder',
  title: { de: 'Handlungsfelder', en: 'Action fields' },
  description: {
    de: 'Die Schwerpunktbereiche des Strategieprozesses.',
    en: 'The focus areas of the strategy process.',
  },
  columns: [
    ...itemColumns('ActionField', 'hf-digitalisierung'),
    {
      name: 'prozess_id',
      type: 'id',
      meaning: { de: 'Kennung des Strategieprozesses', en: 'Identifier of the strategy process' },
      example: 'sp-industrie-der-zukunft',
    },
    {
      name: 'kuerzel',
      type: 'id',
      meaning: { de: 'Kurzes Kürzel des Handlungsfelds', en: 'Short key of the action field' },
      example: 'digitalisierung',
    },
    titleColumn('Digitalisierung in der mittelständischen Industrie'),
    {
      name: 'beschreibung',
      type: 'text',
      meaning: { de: 'Beschreibung', en: 'Description' },
      example: 'Wie kleine und mittlere Unternehmen die Digitalisierung nutzen',
    },
    {
      name: 'definiert_am',
      type: 'datetime',
      meaning: {
        de: 'Wann das Handlungsfeld festgelegt wurde',
        en: 'When the action field was defined',
      },
      example: '2016-03-01T00:00:00.000Z',
    },
    {
      name: 'aufgegeben_am',
      type: 'datetime',
      meaning: {
        de: 'Wann das Handlungsfeld aufgegeben wurde',
        en: 'When the action field was retired',
      },
      example: '2020-01-01T00:00:00.000Z',
      optional: true,
    },
  ],
  rows: (data) =>
    data.ActionField.map((field) => ({
      id: field.actionFieldId,
      status: field.status,
      prozess_id: field.processId,
      kuerzel: field.key,
      titel: field.title,
      beschreibung: field.description,
      definiert_am: field.definedAt,
      aufgegeben_am: field.status === 'retired' ? field.retiredAt : null,
    })),
});

export const guidelines = define({
  name: 'leitlinien',
  title: { de: 'Strategische Leitlinien', en: 'Strategic guidelines' },
  description: {
    de: 'Veröffentlichte strategische Leitlinien in ihrer zuletzt veröffentlichten Fassung.',
    en: 'Published strategic guidelines in their last published version.',
  },
  columns: [
    ...itemColumns('Guideline', 'll-fachkraefte'),
    titleColumn('Fachkräfte für die Industrie der Zukunft sichern'),
    {
      name: 'text',
      type: 'text',
      meaning: { de: 'Text der Leitlinie', en: 'Text of the guideline' },
      example: 'Sachsen stärkt die berufliche Bildung …',
    },
    {
      name: 'fassung',
      type: 'integer',
      meaning: { de: 'Nummer der veröffentlichten Fassung', en: 'Number of the published version' },
      example: '2',
    },
    ACTION_FIELD_IDS,
    {
      name: 'entworfen_am',
      type: 'datetime',
      meaning: { de: 'Wann der erste Entwurf entstand', en: 'When the first draft was written' },
      example: '2017-05-02T00:00:00.000Z',
    },
  ],
  // The published text, never a revision in progress (`state.title` of a reopened one).
  rows: (data) =>
    data.Guideline.map((guideline) => ({
      id: guideline.guidelineId,
      status: guideline.status,
      titel: guideline.published?.title ?? guideline.title,
      text: guideline.published?.body ?? guideline.body,
      fassung: guideline.publishedVersion,
      handlungsfeld_ids: published(data, 'ActionField', guideline.actionFieldIds),
      entworfen_am: guideline.draftedAt,
    })),
});

export const recommendations = define({
  name: 'empfehlungen',
  title: { de: 'Handlungsempfehlungen', en: 'Recommendations' },
  description: {
    de: 'Handlungsempfehlungen ab der Priorisierung: priorisiert, angenommen oder abgelehnt.',
    en: 'Recommendations from prioritisation on: prioritised, adopted or rejected.',
  },
  columns: [
    ...itemColumns('Recommendation', 'he-17'),
    titleColumn('Transferstellen für Digitalisierung ausbauen'),
    {
      name: 'text',
      type: 'text',
      meaning: { de: 'Text der Empfehlung', en: 'Text of the recommendation' },
      example: 'Regionale Anlaufstellen beraten kleine Betriebe …',
    },
    {
      name: 'prioritaet',
      type: 'code',
      meaning: { de: 'Priorität', en: 'Priority' },
      example: 'high',
      optional: true,
      values: priorityLabels,
    },
    ACTION_FIELD_IDS,
    {
      name: 'vorschlag_ids',
      type: 'id_list',
      meaning: { de: 'Vorschläge, aus denen sie entstand', en: 'Suggestions it was derived from' },
      example: 'vs-101 vs-102',
    },
    {
      name: 'leitlinie_ids',
      type: 'id_list',
      meaning: { de: 'Leitlinien, denen sie zugeordnet ist', en: 'Guidelines it is assigned to' },
      example: 'll-fachkraefte',
    },
    {
      name: 'massnahme_id',
      type: 'id',
      meaning: { de: 'Die Maßnahme, die aus ihr wurde', en: 'The measure it became' },
      example: 'ma-17',
      optional: true,
    },
    {
      name: 'entworfen_am',
      type: 'datetime',
      meaning: { de: 'Wann sie entworfen wurde', en: 'When it was drafted' },
      example: '2017-06-01T00:00:00.000Z',
    },
    {
      name: 'angenommen_am',
      type: 'datetime',
      meaning: { de: 'Wann das Ministerium sie annahm', en: 'When the ministry adopted it' },
      example: '2018-01-15T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'abgelehnt_am',
      type: 'datetime',
      meaning: { de: 'Wann das Ministerium sie ablehnte', en: 'When the ministry rejected it' },
      example: '2018-01-15T00:00:00.000Z',
      optional: true,
    },
    {
      name: 'ablehnungsgrund',
      type: 'text',
      meaning: { de: 'Warum sie abgelehnt wurde', en: 'Why it was rejected' },
      example: 'Wird bereits durch ein Bundesprogramm abgedeckt.',
      optional: true,
    },
  ],
  rows: (data) =>
    data.Recommendation.map((recommendation) => ({
      id: recommendation.recommendationId,
      status: recommendation.status,
      titel: recommendation.title,
      text: recommendation.body,
      prioritaet: orNull(recommendation.priority),
      handlungsfeld_ids: published(data, 'ActionField', recommendation.actionFieldIds),
      vorschlag_ids: published(data, 'Suggestion', recommendation.derivedFrom),
      leitlinie_ids: published(data, 'Guideline', recommendation.guidelineIds),
      massnahme_id:
        recommendation.status === 'adopted' && data.visible('Measure', recommendation.measureId)
          ? recommendation.measureId
          : null,
      entworfen_am: recommendation.draftedAt,
      angenommen_am: recommendation.status === 'adopted' ? recommendation.adoptedAt : null,
      abgelehnt_am: recommendation.status === 'rejected' ? recommendation.closedAt : null,
      ablehnungsgrund: recommendation.status === 'rejected' ? orNull(recommendation.reason) : null,
    })),
});
