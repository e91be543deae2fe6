import { type Aggregate, targetIn } from '../shared/index.js';
import { REPORTING_CYCLE_COMMAND_TYPES, type ReportingCycleCommand } from './commands.js';
import { decide } from './decide.js';
import { REPORTING_CYCLE_EVENT_TYPES, type ReportingCycleEvent } from './events.js';
import { reactionsTo } from './reactions.js';
import { referencesOf } from './references.js';
import { evolve, initialState, type ReportingCycleState } from './state.js';

export const reportingCycle: Aggregate<
  ReportingCycleCommand,
  ReportingCycleEvent,
  ReportingCycleState
> = {
  kind: 'ReportingCycle',
  commandTypes: REPORTING_CYCLE_COMMAND_TYPES,
  eventTypes: REPORTING_CYCLE_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('cycleId'),
  referencesOf,
  // Reporting is about the measures, not where they came from.
  provenanceOf: () => [],
  reactionsTo,
};

export type * from './commands.js';
export { REPORTING_CYCLE_COMMAND_TYPES } from './commands.js';
export type * from './events.js';
export { REPORTING_CYCLE_EVENT_TYPES } from './events.js';
export {
  reportingCycleStatusLabels,
  reportStatusLabels,
} from './labels.js';
export type {
  CycleBase,
  ExistingReportingCycle,
  ReportingCycleState,
  ReportingCycleStatus,
  ReportStatus,
  StatusReport,
} from './state.js';
export { REPORT_STATUSES, REPORTING_CYCLE_STATUSES } from './state.js';
