import type { ItemRef } from '../shared/index.js';
import {
  addEdge,
  assertNever,
  coversFields,
  coversFieldsRevised,
  provenanceOfItem,
  removeEdge,
} from '../shared/index.js';
import type { RecommendationEvent } from './events.js';

const ref = (kind: ItemRef['kind'], id: string): ItemRef => ({ kind, id });

/**
 * The edges each event adds or removes. A part's `RecommendationDrafted` (with `splitFrom`)
 * adds no `splitInto`: `RecommendationSplit` alone produces that edge, once per part.
 */
export const provenanceOf = provenanceOfItem<RecommendationEvent>(
  'Recommendation',
  (event, self) => {
    switch (event.type) {
      case 'RecommendationDrafted':
        return [
          ...event.data.derivedFrom.map((id) =>
            addEdge('derivedFrom', ref('Suggestion', id), self),
          ),
          ...coversFields(event.data.actionFieldIds, self),
        ];
      case 'RecommendationRevised':
        return coversFieldsRevised(event.data, self);
      case 'RecommendationMerged':
        return [
          addEdge('mergedInto', self, ref('Recommendation', event.data.targetRecommendationId)),
        ];
      case 'RecommendationSplit':
        return event.data.parts.map((part) =>
          addEdge('splitInto', self, ref('Recommendation', part.recommendationId)),
        );
      case 'SuggestionLinkedToRecommendation':
        return [addEdge('derivedFrom', ref('Suggestion', event.data.suggestionId), self)];
      case 'SuggestionUnlinkedFromRecommendation':
        return [removeEdge('derivedFrom', ref('Suggestion', event.data.suggestionId), self)];
      case 'RecommendationAssignedToGuideline':
        return [addEdge('assignedTo', self, ref('Guideline', event.data.guidelineId))];
      case 'RecommendationUnassignedFromGuideline':
        return [removeEdge('assignedTo', self, ref('Guideline', event.data.guidelineId))];
      case 'RecommendationSubmittedForReview':
      case 'RecommendationReturnedToDraft':
      case 'RecommendationPrioritised':
      case 'RecommendationAdopted':
      case 'RecommendationRejected':
      case 'RecommendationWithdrawn':
        return [];
      default:
        return assertNever(event);
    }
  },
);
