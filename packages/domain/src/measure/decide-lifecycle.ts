import type { DomainError } from '../shared/index.js';
import {
  checkIntegerInRange,
  checkReason,
  headerOf,
  invalidTransition,
  isDomainError,
} from '../shared/index.js';
import type {
  CompleteMeasure,
  ReportMeasureProgress,
  StartMeasure,
  StopMeasure,
} from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure, MeasureStatus } from './state.js';
import { OPEN_STATUSES } from './state.js';

type Decision = readonly MeasureEvent[] | DomainError;
type LifecycleCommand = StartMeasure | CompleteMeasure | StopMeasure;

interface Step {
  readonly from: readonly MeasureStatus[];
  readonly event: 'MeasureStarted' | 'MeasureCompleted' | 'MeasureStopped';
  readonly needsReason: boolean;
}

/** planned → in_progress → completed; stopped (with a reason) from either open one. */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  StartMeasure: { from: ['planned'], event: 'MeasureStarted', needsReason: false },
  CompleteMeasure: { from: ['in_progress'], event: 'MeasureCompleted', needsReason: false },
  StopMeasure: { from: OPEN_STATUSES, event: 'MeasureStopped', needsReason: true },
};

export const transition = (command: LifecycleCommand, state: ExistingMeasure): Decision => {
  const step = STEPS[command.type];
  if (!step.from.includes(state.status)) return invalidTransition(state.status, command.type);
  const header =
    (step.needsReason ? checkReason(command.metadata) : undefined) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [{ type: step.event, schemaVersion: 1, ...header, data: { measureId: state.measureId } }];
};

/**
 * Progress is reported while the work runs. It may go down (a re-estimate) and 100 % does not
 * complete the measure: completion is a decision of its own.
 */
export const reportProgress = (
  command: ReportMeasureProgress,
  state: ExistingMeasure,
): Decision => {
  if (state.status !== 'in_progress') return invalidTransition(state.status, command.type);
  const { progress } = command.data;
  const header = checkIntegerInRange('progress', progress, 0, 100) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  return [
    {
      type: 'MeasureProgressReported',
      schemaVersion: 1,
      ...header,
      data: { measureId: state.measureId, progress },
    },
  ];
};
