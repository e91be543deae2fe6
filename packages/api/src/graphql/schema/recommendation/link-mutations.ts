import { sameInputChanges } from '../mutation-parts.js';
import { GuidelineType, SuggestionType } from '../refs.js';

// Adds or removes a suggestion a recommendation derives from (Herkunft).
sameInputChanges(
  'recommendation',
  {
    fields: (t) => ({
      suggestionId: t.globalID({
        required: true,
        for: SuggestionType,
        description: 'The suggestion (Vorschlag): its global id.',
      }),
    }),
    data: (input) => ({ recommendationId: input.id.id, suggestionId: input.suggestionId.id }),
  },
  {
    linkSuggestion: [
      'LinkSuggestion',
      'Link a suggestion to an open recommendation (Vorschlag verknüpfen); the suggestion is taken up.',
    ],
    unlinkSuggestion: [
      'UnlinkSuggestion',
      'Remove a linked suggestion from an open recommendation; a reason is required.',
    ],
  },
);

// Adds or removes a recommendation to or from a strategic guideline.
sameInputChanges(
  'recommendation',
  {
    fields: (t) => ({
      guidelineId: t.globalID({
        required: true,
        for: GuidelineType,
        description: 'The strategic guideline (Leitlinie): its global id.',
      }),
    }),
    data: (input) => ({ recommendationId: input.id.id, guidelineId: input.guidelineId.id }),
  },
  {
    assignToGuideline: [
      'AssignToGuideline',
      'Assign an open or adopted recommendation to a strategic guideline (Leitlinie zuordnen).',
    ],
    unassignFromGuideline: [
      'UnassignFromGuideline',
      'Remove a recommendation from a strategic guideline; a reason is required.',
    ],
  },
);
