import { type AggregateKind, priorityLabels } from '@fahrplan/domain';
import { type ItemRow, stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { loadRelated } from '../../item-loader.js';
import {
  ActionFieldType,
  GuidelineType,
  MeasureType,
  RecommendationType,
  SuggestionType,
} from '../refs.js';
import { PriorityEnum } from './priority.js';

/** One related item as it was at the parent's moment, or null. */
const one = async (
  context: GraphQLContext,
  row: ItemRow,
  kind: AggregateKind,
  id: string | undefined,
): Promise<ItemRow | null> =>
  id === undefined ? null : ((await loadRelated(context.items, row, kind, [id]))[0] ?? null);

builder.objectFields(RecommendationType, (t) => ({
  body: t.string({
    description: 'The text of the recommendation (Empfehlungstext).',
    resolve: (row) => stateOf(row, 'Recommendation').body,
  }),
  priority: t.field({
    type: PriorityEnum,
    nullable: true,
    description: 'Its priority (Priorität) once prioritised; kept when it moves on.',
    resolve: (row) => stateOf(row, 'Recommendation').priority ?? null,
  }),
  priorityLabel: t.string({
    nullable: true,
    description: 'The priority in the caller’s language.',
    resolve: (row, _args, { locale }) => {
      const { priority } = stateOf(row, 'Recommendation');
      return priority === undefined ? null : priorityLabels[priority][locale];
    },
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it belongs to.',
    resolve: (row, _args, context) =>
      loadRelated(context.items, row, 'ActionField', stateOf(row, 'Recommendation').actionFieldIds),
  }),
  derivedFrom: t.field({
    type: [SuggestionType],
    description: 'The suggestions (Vorschläge) it was drafted from or linked to.',
    resolve: (row, _args, context) =>
      loadRelated(context.items, row, 'Suggestion', stateOf(row, 'Recommendation').derivedFrom),
  }),
  guidelines: t.field({
    type: [GuidelineType],
    description: 'The strategic guidelines (Leitlinien) it is assigned to.',
    resolve: (row, _args, context) =>
      loadRelated(context.items, row, 'Guideline', stateOf(row, 'Recommendation').guidelineIds),
  }),
  splitFrom: t.field({
    type: RecommendationType,
    nullable: true,
    description: 'The recommendation this one is a part of, when it came from a split.',
    resolve: (row, _args, context) =>
      one(context, row, 'Recommendation', stateOf(row, 'Recommendation').splitFrom),
  }),
  splitInto: t.field({
    type: [RecommendationType],
    description: 'The parts it was split into (status `split`); empty otherwise.',
    resolve: (row, _args, context) => {
      const state = stateOf(row, 'Recommendation');
      return state.status === 'split'
        ? loadRelated(context.items, row, 'Recommendation', state.splitInto)
        : [];
    },
  }),
  mergedInto: t.field({
    type: RecommendationType,
    nullable: true,
    description: 'The recommendation it was merged into (status `merged`).',
    resolve: (row, _args, context) => {
      const state = stateOf(row, 'Recommendation');
      return one(
        context,
        row,
        'Recommendation',
        state.status === 'merged' ? state.mergedInto : undefined,
      );
    },
  }),
  measure: t.field({
    type: MeasureType,
    nullable: true,
    description: 'The measure (Maßnahme) its adoption started (status `adopted`).',
    resolve: (row, _args, context) => {
      const state = stateOf(row, 'Recommendation');
      return one(context, row, 'Measure', state.status === 'adopted' ? state.measureId : undefined);
    },
  }),
  adoptedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the ministry adopted it (Beschluss).',
    resolve: (row) => {
      const state = stateOf(row, 'Recommendation');
      return state.status === 'adopted' ? state.adoptedAt : null;
    },
  }),
  closedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was rejected, withdrawn, merged or split.',
    resolve: (row) => {
      const state = stateOf(row, 'Recommendation');
      return 'closedAt' in state ? state.closedAt : null;
    },
  }),
  reason: t.string({
    nullable: true,
    description: 'Why it was closed (Begründung): rejected, withdrawn, merged or split.',
    resolve: (row) => {
      const state = stateOf(row, 'Recommendation');
      return 'reason' in state ? (state.reason ?? null) : null;
    },
  }),
}));
