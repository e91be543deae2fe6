import { type Aggregate, targetIn } from '../shared/index.js';
import type { RecommendationCommand } from './commands.js';
import { RECOMMENDATION_COMMAND_TYPES } from './commands.js';
import { decide } from './decide.js';
import type { RecommendationEvent } from './events.js';
import { RECOMMENDATION_EVENT_TYPES } from './events.js';
import { provenanceOf } from './provenance.js';
import { reactionsTo } from './reactions.js';
import { referencesOf } from './references.js';
import type { RecommendationState } from './state.js';
import { evolve, initialState } from './state.js';

/** Handlungsempfehlung: drafted from suggestions, reviewed, prioritised, adopted or closed. */
export const recommendation: Aggregate<
  RecommendationCommand,
  RecommendationEvent,
  RecommendationState
> = {
  kind: 'Recommendation',
  commandTypes: RECOMMENDATION_COMMAND_TYPES,
  eventTypes: RECOMMENDATION_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('recommendationId'),
  referencesOf,
  provenanceOf,
  reactionsTo,
};

export type * from './commands.js';
export { PRIORITIES, RECOMMENDATION_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { RECOMMENDATION_EVENT_TYPES } from './events.js';
export * from './labels.js';
export type {
  ExistingRecommendation,
  OpenRecommendation,
  RecommendationBase,
  RecommendationState,
  RecommendationStatus,
} from './state.js';
export { OPEN_STATUSES, RECOMMENDATION_STATUSES } from './state.js';
