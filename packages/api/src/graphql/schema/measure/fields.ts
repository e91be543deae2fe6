import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { loadRelated } from '../../item-loader.js';
import { ActionFieldType, MeasureType, RecommendationType } from '../refs.js';
import { MilestoneType } from '../roadmap/milestone.js';

builder.objectFields(MeasureType, (t) => ({
  owner: t.string({
    description: 'Who is responsible (Verantwortlich): an organisational unit, never a person.',
    resolve: (row) => stateOf(row, 'Measure').owner,
  }),
  description: t.string({
    nullable: true,
    description: 'What the measure does (Beschreibung), once written.',
    resolve: (row) => stateOf(row, 'Measure').description ?? null,
  }),
  adoptedFrom: t.field({
    type: RecommendationType,
    nullable: true,
    description: 'The adopted recommendation (Handlungsempfehlung) the measure comes from.',
    resolve: async (row, _args, { items }) =>
      (await loadRelated(items, row, 'Recommendation', [stateOf(row, 'Measure').adoptedFrom]))[0] ??
      null,
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it belongs to.',
    resolve: (row, _args, { items }) =>
      loadRelated(items, row, 'ActionField', stateOf(row, 'Measure').actionFieldIds),
  }),
  adoptedAt: t.field({
    type: 'DateTime',
    description: 'When the ministry adopted the recommendation (Annahme).',
    resolve: (row) => stateOf(row, 'Measure').adoptedAt,
  }),
  plannedStart: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the measure is planned to start.',
    resolve: (row) => stateOf(row, 'Measure').plannedStart ?? null,
  }),
  plannedEnd: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the measure is planned to end.',
    resolve: (row) => stateOf(row, 'Measure').plannedEnd ?? null,
  }),
  startedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the work started (in_progress); null while planned.',
    resolve: (row) => stateOf(row, 'Measure').startedAt ?? null,
  }),
  progress: t.int({
    description: 'Progress in percent (Fortschritt, 0–100), as last reported.',
    resolve: (row) => stateOf(row, 'Measure').progress,
  }),
  milestones: t.field({
    type: [MilestoneType],
    description: 'Its milestones (Meilensteine), in the order planned.',
    resolve: (row) => [...stateOf(row, 'Measure').milestones],
  }),
}));
