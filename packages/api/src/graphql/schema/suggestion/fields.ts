import { sectorLabels, suggestionChannelLabels } from '@fahrplan/domain';
import { type ItemRow, type ItemStates, stateOf } from '../../../queries/items.js';
import { builder } from '../../builder.js';
import type { GraphQLContext } from '../../context.js';
import { loadRelated } from '../../item-loader.js';
import { ItemInterface } from '../item.js';
import { peopleOf } from '../meeting/people.js';
import { ActionFieldType, MeetingType, SuggestionType } from '../refs.js';
import { SectorEnum } from '../sector.js';
import { SuggestionChannelEnum } from './channel.js';
import { SuggestionSubmitterType } from './submitter.js';

/** The recommendations and project ideas that took it up, in the order they did. */
const takersOf = async (
  context: GraphQLContext,
  row: ItemRow,
  suggestion: ItemStates['Suggestion'],
) => {
  const idsOf = (kind: 'Recommendation' | 'ProjectIdea') =>
    suggestion.takenUpBy.filter((taker) => taker.kind === kind).map((taker) => taker.id);
  const loaded = (
    await Promise.all([
      loadRelated(context.items, row, 'Recommendation', idsOf('Recommendation')),
      loadRelated(context.items, row, 'ProjectIdea', idsOf('ProjectIdea')),
    ])
  ).flat();
  return suggestion.takenUpBy.flatMap(
    (taker) => loaded.find((item) => item.kind === taker.kind && item.id === taker.id) ?? [],
  );
};

builder.objectFields(SuggestionType, (t) => ({
  text: t.string({
    description: 'The suggestion in its submitter’s words (Vorschlagstext).',
    resolve: (row) => stateOf(row, 'Suggestion').text,
  }),
  ownTitle: t.string({
    nullable: true,
    description: 'The title given to it, if any; `title` falls back to the start of the text.',
    resolve: (row) => stateOf(row, 'Suggestion').title ?? null,
  }),
  capturedAt: t.field({
    type: 'DateTime',
    description:
      'When it was raised in the real world (e.g. the day of its workshop), not when it was entered: that is `createdAt`.',
    resolve: (row) => stateOf(row, 'Suggestion').capturedAt,
  }),
  sector: t.field({
    type: SectorEnum,
    description: 'Where it comes from (Akteursgruppe).',
    resolve: (row) => stateOf(row, 'Suggestion').sector,
  }),
  sectorLabel: t.string({
    description: 'The sector in the caller’s language.',
    resolve: (row, _args, { locale }) => sectorLabels[stateOf(row, 'Suggestion').sector][locale],
  }),
  channel: t.field({
    type: SuggestionChannelEnum,
    description: 'How it reached the team (Eingangskanal).',
    resolve: (row) => stateOf(row, 'Suggestion').channel,
  }),
  channelLabel: t.string({
    description: 'The channel in the caller’s language.',
    resolve: (row, _args, { locale }) =>
      suggestionChannelLabels[stateOf(row, 'Suggestion').channel][locale],
  }),
  meeting: t.field({
    type: MeetingType,
    nullable: true,
    description: 'The meeting it was raised at (Veranstaltung); null unless channel is MEETING.',
    resolve: async (row, _args, { items }) => {
      const { meetingId } = stateOf(row, 'Suggestion');
      if (meetingId === undefined) return null;
      const [meeting] = await loadRelated(items, row, 'Meeting', [meetingId]);
      return meeting ?? null;
    },
  }),
  actionFields: t.field({
    type: [ActionFieldType],
    description: 'The action fields (Handlungsfelder) it concerns.',
    resolve: (row, _args, { items }) =>
      loadRelated(items, row, 'ActionField', stateOf(row, 'Suggestion').actionFieldIds),
  }),
  takenUpBy: t.field({
    type: [ItemInterface],
    description:
      'The recommendations (Handlungsempfehlungen) and project ideas (Projektideen) that grew from it, in order.',
    resolve: (row, _args, context) => takersOf(context, row, stateOf(row, 'Suggestion')),
  }),
  declineReason: t.string({
    nullable: true,
    description: 'Why it was declined (Ablehnungsgrund); null unless declined.',
    resolve: (row) => {
      const suggestion = stateOf(row, 'Suggestion');
      return suggestion.status === 'declined' ? (suggestion.declineReason ?? null) : null;
    },
  }),
  submitter: t.field({
    type: SuggestionSubmitterType,
    nullable: true,
    description:
      'Who made it, if recorded; name, e-mail and organisation only for the team, the ministry and admins.',
    resolve: async (row, _args, context) => {
      const { submitterSubjectId } = stateOf(row, 'Suggestion');
      if (submitterSubjectId === undefined) return null;
      const [person] = await peopleOf(context, row, [submitterSubjectId]);
      return person ?? null;
    },
  }),
}));
