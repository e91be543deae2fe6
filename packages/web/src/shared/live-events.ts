import type { GuidelineEvent, RecommendationEvent } from '@fahrplan/domain';

// Typed records, so a new event type of the domain fails the build until it is listed here.
const RECOMMENDATION_EVENTS: Record<RecommendationEvent['type'], true> = {
  RecommendationDrafted: true,
  RecommendationRevised: true,
  RecommendationSubmittedForReview: true,
  RecommendationReturnedToDraft: true,
  RecommendationPrioritised: true,
  RecommendationAdopted: true,
  RecommendationRejected: true,
  RecommendationWithdrawn: true,
  RecommendationMerged: true,
  RecommendationSplit: true,
  SuggestionLinkedToRecommendation: true,
  SuggestionUnlinkedFromRecommendation: true,
  RecommendationAssignedToGuideline: true,
  RecommendationUnassignedFromGuideline: true,
};

const GUIDELINE_EVENTS: Record<GuidelineEvent['type'], true> = {
  GuidelineDrafted: true,
  GuidelineRevised: true,
  GuidelinePublished: true,
  GuidelineRetired: true,
};

/** The events that change what a list of recommendations shows. */
export const RECOMMENDATION_EVENT_TYPES: readonly string[] = Object.keys(RECOMMENDATION_EVENTS);

/** The events that change what a list of guidelines shows (assignments count too). */
export const GUIDELINE_LIST_EVENT_TYPES: readonly string[] = [
  ...Object.keys(GUIDELINE_EVENTS),
  'RecommendationAssignedToGuideline',
  'RecommendationUnassignedFromGuideline',
];
