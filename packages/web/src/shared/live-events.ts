import { GUIDELINE_EVENT_TYPES } from '@fahrplan/domain';

/** The events that change what a list of guidelines shows (assignments count too). */
export const GUIDELINE_LIST_EVENT_TYPES = [
  ...GUIDELINE_EVENT_TYPES,
  'RecommendationAssignedToGuideline',
  'RecommendationUnassignedFromGuideline',
] as const;
