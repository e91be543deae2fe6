import type { DraftRecommendation, ReviseRecommendation } from '@fahrplan/domain';
import { builder } from '../../builder.js';
import { changeFields, createFields, runCommand } from '../../command-mutation.js';
import { contentFields, contentRevisionFields, contentRevisionOf } from '../content-revision.js';
import { inputOf, payloadOf, targetId } from '../mutation-parts.js';
import { ActionFieldType, SuggestionType } from '../refs.js';

// Input fields carry the command's data names (`actionFieldIds`, `derivedFrom`), so the
// `extensions.field` of a domain error (e.g. `actionFieldIds.0`) names the input field.

builder.relayMutationField(
  'draftRecommendation',
  {
    description: inputOf('draftRecommendation'),
    inputFields: (t) => ({
      ...createFields(t),
      ...contentFields(t),
      actionFieldIds: t.globalIDList({
        required: true,
        for: ActionFieldType,
        description: 'The action fields (Handlungsfelder) it belongs to: at least one.',
      }),
      derivedFrom: t.globalIDList({
        required: false,
        for: SuggestionType,
        description: 'The suggestions it grows from; each is taken up (aufgegriffen) at once.',
      }),
    }),
  },
  {
    description: 'Draft a recommendation (Handlungsempfehlung entwerfen) from suggestions.',
    resolve: (_root, { input }, context) => {
      const data: DraftRecommendation['data'] = {
        recommendationId: context.newId(),
        title: input.title,
        body: input.body,
        actionFieldIds: input.actionFieldIds.map((ref) => ref.id),
        derivedFrom: (input.derivedFrom ?? []).map((ref) => ref.id),
      };
      return runCommand(context, 'DraftRecommendation', { ...data }, input);
    },
  },
  payloadOf('recommendation', 'draftRecommendation'),
);

builder.relayMutationField(
  'reviseRecommendation',
  {
    description: inputOf('reviseRecommendation'),
    inputFields: (t) => ({
      ...changeFields(t),
      id: targetId.recommendation(t),
      ...contentRevisionFields(t),
    }),
  },
  {
    description: 'Edit an open recommendation (überarbeiten): only the fields given change.',
    resolve: (_root, { input }, context) => {
      const data: ReviseRecommendation['data'] = {
        recommendationId: input.id.id,
        ...contentRevisionOf(input),
      };
      return runCommand(context, 'ReviseRecommendation', { ...data }, input);
    },
  },
  payloadOf('recommendation', 'reviseRecommendation'),
);
