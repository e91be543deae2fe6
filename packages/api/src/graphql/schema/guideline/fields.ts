import type { PublishedVersion } from '@fahrplan/domain';
import { stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import { loadRelated } from '../../item-loader.js';
import { ActionFieldType, GuidelineType, RecommendationType } from '../refs.js';
import { assignedRecommendations } from './assigned-recommendations.js';

const GuidelineVersionType = builder.objectRef<PublishedVersion>('GuidelineVersion').implement({
  description:
    'The text of a published version of a strategic guideline (veröffentlichte Fassung).',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Its number: 1 for the first publication.' }),
    title: t.exposeString('title', { description: 'The title as published.' }),
    body: t.exposeString('body', { description: 'The text as published.' }),
  }),
});

builder.objectFields(GuidelineType, (t) => ({
  body: t.string({
    description: 'The current text of the strategic line (may be a draft ahead of `published`).',
    resolve: (row) => stateOf(row, 'Guideline').body,
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it covers.',
    resolve: (row, _args, context) =>
      loadRelated(context.items, row, 'ActionField', stateOf(row, 'Guideline').actionFieldIds),
  }),
  publishedVersion: t.int({
    description: 'The number of the last published version; 0 while never published.',
    resolve: (row) => stateOf(row, 'Guideline').publishedVersion,
  }),
  published: t.field({
    type: GuidelineVersionType,
    nullable: true,
    description:
      'The last published version (title and text), also while a revision is in draft; null if never published.',
    resolve: (row) => stateOf(row, 'Guideline').published ?? null,
  }),
  recommendations: t.field({
    type: [RecommendationType],
    description: 'The recommendations (Handlungsempfehlungen) assigned to it, by title.',
    resolve: (row, _args, context) => assignedRecommendations(context, row),
  }),
  retiredAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was retired (außer Kraft gesetzt).',
    resolve: (row) => {
      const state = stateOf(row, 'Guideline');
      return state.status === 'retired' ? state.retiredAt : null;
    },
  }),
  reason: t.string({
    nullable: true,
    description: 'Why it was retired (Begründung).',
    resolve: (row) => {
      const state = stateOf(row, 'Guideline');
      return state.status === 'retired' ? (state.reason ?? null) : null;
    },
  }),
}));
