import { planMeasureFollowUp } from '../measure/follow-up.js';
import { followUpsTo } from '../shared/follow-up-to.js';
import type { FollowUp } from '../shared/index.js';
import { assertNever, followUpMetadata, periodOf } from '../shared/index.js';
import { takeUpSuggestionFollowUp } from '../suggestion/follow-up.js';
import type { RecommendationCommand } from './commands.js';
import type { RecommendationEvent } from './events.js';

/** A split's part, drafted on its own stream. */
const draftPartFollowUp =
  followUpsTo<RecommendationCommand>('Recommendation')('DraftRecommendation');

const takeUp = (suggestionId: string, itemId: string, occurredAt: string): FollowUp =>
  takeUpSuggestionFollowUp(
    { suggestionId, by: { kind: 'Recommendation', id: itemId } },
    followUpMetadata(occurredAt),
  );

/**
 * What the event sets off elsewhere, in the same transaction: drafting or linking takes up the
 * suggestions, adoption plans the measure, a split drafts its parts (with the original's
 * suggestions and action fields). Metadata: see `followUpMetadata`; the command loop completes it.
 */
export const reactionsTo = (event: RecommendationEvent, itemId: string): readonly FollowUp[] => {
  const metadata = followUpMetadata(event.occurredAt);
  switch (event.type) {
    case 'RecommendationDrafted':
      return event.data.derivedFrom.map((id) => takeUp(id, itemId, event.occurredAt));
    case 'SuggestionLinkedToRecommendation':
      return [takeUp(event.data.suggestionId, itemId, event.occurredAt)];
    case 'RecommendationAdopted': {
      const { measureId, measure } = event.data;
      return [
        planMeasureFollowUp(
          {
            measureId,
            adoptedFrom: itemId,
            title: measure.title,
            owner: measure.owner,
            actionFieldIds: measure.actionFieldIds,
            adoptedAt: event.occurredAt,
            ...periodOf(measure),
          },
          metadata,
        ),
      ];
    }
    case 'RecommendationSplit':
      return event.data.parts.map((part) =>
        draftPartFollowUp(
          {
            recommendationId: part.recommendationId,
            title: part.title,
            body: part.body,
            actionFieldIds: event.data.actionFieldIds,
            derivedFrom: event.data.derivedFrom,
            splitFrom: itemId,
          },
          metadata,
        ),
      );
    case 'RecommendationRevised':
    case 'RecommendationSubmittedForReview':
    case 'RecommendationReturnedToDraft':
    case 'RecommendationPrioritised':
    case 'RecommendationRejected':
    case 'RecommendationWithdrawn':
    case 'RecommendationMerged':
    case 'SuggestionUnlinkedFromRecommendation':
    case 'RecommendationAssignedToGuideline':
    case 'RecommendationUnassignedFromGuideline':
      return [];
    default:
      return assertNever(event);
  }
};
