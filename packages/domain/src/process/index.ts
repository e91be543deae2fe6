import { type Aggregate, targetIn } from '../shared/index.js';
import { PROCESS_COMMAND_TYPES, type ProcessCommand } from './commands.js';
import { decide } from './decide.js';
import { PROCESS_EVENT_TYPES, type ProcessEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { evolve, initialState, type ProcessState } from './state.js';

export const strategyProcess: Aggregate<ProcessCommand, ProcessEvent, ProcessState> = {
  kind: 'Process',
  commandTypes: PROCESS_COMMAND_TYPES,
  eventTypes: PROCESS_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('processId'),
  // A process names no other item: items name their process.
  referencesOf: () => [],
  provenanceOf,
  // Concluding a process leaves its items as they are: history stays true.
  reactionsTo: () => [],
};

export type * from './commands.js';
export * from './default-process.js';
export type * from './events.js';
export { phaseStatusLabels, processStatusLabels } from './labels.js';
export { phaseAt } from './phase-at.js';
export type {
  ConcludedProcess,
  PhaseStatus,
  PlannedProcess,
  ProcessPhase,
  ProcessState,
  ProcessStatus,
  RunningProcess,
} from './state.js';
export { PHASE_STATUSES, PROCESS_STATUSES } from './state.js';
export { checkSlug, processIdOfSlug, SLUG_MAX as PROCESS_SLUG_MAX } from './validate.js';
export { PROCESS_COMMAND_TYPES, PROCESS_EVENT_TYPES };
