import { type Aggregate, targetIn } from '../shared/index.js';
import { MEASURE_COMMAND_TYPES, type MeasureCommand } from './commands.js';
import { decide } from './decide.js';
import { MEASURE_EVENT_TYPES, type MeasureEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { referencesOf } from './references.js';
import { evolve, initialState, type MeasureState } from './state.js';

export const measure: Aggregate<MeasureCommand, MeasureEvent, MeasureState> = {
  kind: 'Measure',
  commandTypes: MEASURE_COMMAND_TYPES,
  eventTypes: MEASURE_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('measureId'),
  referencesOf,
  provenanceOf,
  // The end of the chain: a measure's progress sets nothing off elsewhere.
  reactionsTo: () => [],
};

export type * from './commands.js';
export { MEASURE_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { MEASURE_EVENT_TYPES } from './events.js';
export { planMeasureFollowUp } from './follow-up.js';
export {
  confidenceLabels,
  measureStatusLabels,
  milestoneStatusLabels,
} from './labels.js';
export type {
  ConfidenceRating,
  ExistingMeasure,
  MeasureBase,
  MeasureState,
  MeasureStatus,
  Milestone,
  OpenMeasure,
  Responsibility,
} from './state.js';
export { isOpen, MEASURE_STATUSES } from './state.js';
