import type { Reference } from '../shared/index.js';
import { assertNever, referencesAt } from '../shared/index.js';
import type { RecommendationCommand } from './commands.js';

/**
 * Items a command points at, which must exist. Unlinking and unassigning need no lookup: the
 * link itself is the proof. New ids (parts of a split, the adopted measure) are not references.
 */
export const referencesOf = (command: RecommendationCommand): readonly Reference[] => {
  switch (command.type) {
    case 'DraftRecommendation': {
      const { actionFieldIds, derivedFrom, splitFrom } = command.data;
      return [
        ...referencesAt('ActionField', 'actionFieldIds', actionFieldIds),
        ...referencesAt('Suggestion', 'derivedFrom', derivedFrom),
        ...(splitFrom === undefined
          ? []
          : [{ kind: 'Recommendation' as const, id: splitFrom, field: 'splitFrom' }]),
      ];
    }
    case 'ReviseRecommendation':
      return referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds ?? []);
    case 'MergeRecommendation':
      return [
        {
          kind: 'Recommendation',
          id: command.data.targetRecommendationId,
          field: 'targetRecommendationId',
        },
      ];
    case 'LinkSuggestion':
      return [{ kind: 'Suggestion', id: command.data.suggestionId, field: 'suggestionId' }];
    case 'AssignToGuideline':
      return [{ kind: 'Guideline', id: command.data.guidelineId, field: 'guidelineId' }];
    case 'SubmitRecommendationForReview':
    case 'ReturnRecommendationToDraft':
    case 'PrioritiseRecommendation':
    case 'AdoptRecommendation':
    case 'RejectRecommendation':
    case 'WithdrawRecommendation':
    case 'SplitRecommendation':
    case 'UnlinkSuggestion':
    case 'UnassignFromGuideline':
      return [];
    default:
      return assertNever(command);
  }
};
