import { type Aggregate, targetIn } from '../shared/index.js';
import { INDICATOR_COMMAND_TYPES, type IndicatorCommand } from './commands.js';
import { decide } from './decide.js';
import { INDICATOR_EVENT_TYPES, type IndicatorEvent } from './events.js';
import { referencesOf } from './references.js';
import { evolve, type IndicatorState, initialState } from './state.js';

export const indicator: Aggregate<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  kind: 'Indicator',
  commandTypes: INDICATOR_COMMAND_TYPES,
  eventTypes: INDICATOR_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('indicatorId'),
  referencesOf,
  // A figure measures a measure; it is no step in the provenance of one.
  provenanceOf: () => [],
  reactionsTo: () => [],
};

export type * from './commands.js';
export { DIRECTIONS, INDICATOR_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { INDICATOR_EVENT_TYPES } from './events.js';
export { reportIndicatorValueFollowUp } from './follow-up.js';
export {
  directionLabels,
  indicatorRatingLabels,
  indicatorStatusLabels,
} from './labels.js';
export type { IndicatorAssessment, IndicatorRating } from './rating.js';
export {
  expectedOn,
  INDICATOR_RATINGS,
  latestValue,
  RATING_BANDS,
  RATING_ORDER,
  rateIndicator,
} from './rating.js';
export type {
  ExistingIndicator,
  IndicatorBase,
  IndicatorState,
  IndicatorStatus,
  IndicatorValue,
  TargetChange,
} from './state.js';
export { INDICATOR_STATUSES } from './state.js';
