import type {
  AssignToGuideline,
  LinkSuggestion,
  UnassignFromGuideline,
  UnlinkSuggestion,
} from '@fahrplan/domain';
import { builder } from '../../builder.js';
import { changeFields, runCommand } from '../../command-mutation.js';
import { inputOf, payloadOf, targetId } from '../mutation-parts.js';
import { GuidelineType, SuggestionType } from '../refs.js';

type LinkCommand = LinkSuggestion | UnlinkSuggestion;
type AssignCommand = AssignToGuideline | UnassignFromGuideline;

/** Adds or removes a suggestion a recommendation derives from (Herkunft). */
const suggestionLink = (name: string, type: LinkCommand['type'], description: string) =>
  builder.relayMutationField(
    name,
    {
      description: inputOf(name),
      inputFields: (t) => ({
        ...changeFields(t),
        id: targetId.recommendation(t),
        suggestionId: t.globalID({
          required: true,
          for: SuggestionType,
          description: 'The suggestion (Vorschlag): its global id.',
        }),
      }),
    },
    {
      description,
      resolve: (_root, { input }, context) => {
        const data: LinkCommand['data'] = {
          recommendationId: input.id.id,
          suggestionId: input.suggestionId.id,
        };
        return runCommand(context, type, { ...data }, input);
      },
    },
    payloadOf('recommendation', name),
  );

/** Adds or removes a recommendation to or from a strategic guideline. */
const guidelineAssignment = (name: string, type: AssignCommand['type'], description: string) =>
  builder.relayMutationField(
    name,
    {
      description: inputOf(name),
      inputFields: (t) => ({
        ...changeFields(t),
        id: targetId.recommendation(t),
        guidelineId: t.globalID({
          required: true,
          for: GuidelineType,
          description: 'The strategic guideline (Leitlinie): its global id.',
        }),
      }),
    },
    {
      description,
      resolve: (_root, { input }, context) => {
        const data: AssignCommand['data'] = {
          recommendationId: input.id.id,
          guidelineId: input.guidelineId.id,
        };
        return runCommand(context, type, { ...data }, input);
      },
    },
    payloadOf('recommendation', name),
  );

suggestionLink(
  'linkSuggestion',
  'LinkSuggestion',
  'Link a suggestion to an open recommendation (Vorschlag verknüpfen); the suggestion is taken up.',
);
suggestionLink(
  'unlinkSuggestion',
  'UnlinkSuggestion',
  'Remove a linked suggestion from an open recommendation; a reason is required.',
);
guidelineAssignment(
  'assignToGuideline',
  'AssignToGuideline',
  'Assign an open or adopted recommendation to a strategic guideline (Leitlinie zuordnen).',
);
guidelineAssignment(
  'unassignFromGuideline',
  'UnassignFromGuideline',
  'Remove a recommendation from a strategic guideline; a reason is required.',
);
