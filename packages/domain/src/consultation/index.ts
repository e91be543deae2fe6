import { type Aggregate, targetIn } from '../shared/index.js';
import { CONSULTATION_COMMAND_TYPES, type ConsultationCommand } from './commands.js';
import { decide } from './decide.js';
import { CONSULTATION_EVENT_TYPES, type ConsultationEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { reactionsTo } from './reactions.js';
import { referencesOf } from './references.js';
import { type ConsultationState, evolve, initialState } from './state.js';

export const consultation: Aggregate<ConsultationCommand, ConsultationEvent, ConsultationState> = {
  kind: 'Consultation',
  commandTypes: CONSULTATION_COMMAND_TYPES,
  eventTypes: CONSULTATION_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('consultationId'),
  referencesOf,
  provenanceOf,
  reactionsTo,
};

export type * from './commands.js';
export { CONSULTATION_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { CONSULTATION_EVENT_TYPES } from './events.js';
export {
  consultationStatusLabels,
  submissionStatusLabels,
} from './labels.js';
export type {
  ConsultationBase,
  ConsultationState,
  ConsultationStatus,
  ExistingConsultation,
  Submission,
  SubmissionStatus,
} from './state.js';
export { CONSULTATION_STATUSES, SUBMISSION_STATUSES } from './state.js';
