import type { DomainError } from '../shared/index.js';
import {
  checkEvidenceGiven,
  checkIntegerInRange,
  checkReason,
  firstError,
  invalidTransition,
  oneEvent,
} from '../shared/index.js';
import type {
  CompleteMeasure,
  ConfirmMeasureCompletion,
  ReportMeasureProgress,
  RequestMeasureCompletion,
  ReturnMeasureCompletion,
  StartMeasure,
  StopMeasure,
} from './commands.js';
import type { MeasureEvent } from './events.js';
import type { ExistingMeasure, MeasureStatus } from './state.js';
import { OPEN_STATUSES } from './state.js';

type Decision = readonly MeasureEvent[] | DomainError;
type LifecycleCommand =
  | StartMeasure
  | CompleteMeasure
  | StopMeasure
  | RequestMeasureCompletion
  | ConfirmMeasureCompletion
  | ReturnMeasureCompletion;

interface Step {
  readonly from: readonly MeasureStatus[];
  readonly event:
    | 'MeasureStarted'
    | 'MeasureCompleted'
    | 'MeasureStopped'
    | 'MeasureCompletionRequested'
    | 'MeasureCompletionReturned';
  readonly needsReason: boolean;
  readonly needsEvidence: boolean;
}

/**
 * planned → in_progress → completion_requested (with evidence) → completed on the ministry's
 * confirmation, or back to in_progress when it returns the request (with a reason); stopped (with
 * a reason) from any open status. `CompleteMeasure` is the direct step kept from before.
 */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  StartMeasure: {
    from: ['planned'],
    event: 'MeasureStarted',
    needsReason: false,
    needsEvidence: false,
  },
  CompleteMeasure: {
    from: ['in_progress'],
    event: 'MeasureCompleted',
    needsReason: false,
    needsEvidence: false,
  },
  StopMeasure: {
    from: OPEN_STATUSES,
    event: 'MeasureStopped',
    needsReason: true,
    needsEvidence: false,
  },
  RequestMeasureCompletion: {
    from: ['in_progress'],
    event: 'MeasureCompletionRequested',
    needsReason: false,
    needsEvidence: true,
  },
  ConfirmMeasureCompletion: {
    from: ['completion_requested'],
    event: 'MeasureCompleted',
    needsReason: false,
    needsEvidence: false,
  },
  ReturnMeasureCompletion: {
    from: ['completion_requested'],
    event: 'MeasureCompletionReturned',
    needsReason: true,
    needsEvidence: false,
  },
};

export const transition = (command: LifecycleCommand, state: ExistingMeasure): Decision => {
  const step = STEPS[command.type];
  if (!step.from.includes(state.status)) return invalidTransition(state.status, command.type);
  const invalid = firstError(
    step.needsReason ? checkReason(command.metadata) : undefined,
    step.needsEvidence ? checkEvidenceGiven(command.metadata) : undefined,
  );
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: step.event,
    schemaVersion: 1,
    data: { measureId: state.measureId },
  });
};

/**
 * Progress is reported while the work runs (and while its completion awaits confirmation). It may go down (a re-estimate) and 100 % does not
 * complete the measure: completion is a decision of its own.
 */
export const reportProgress = (
  command: ReportMeasureProgress,
  state: ExistingMeasure,
): Decision => {
  if (state.status !== 'in_progress' && state.status !== 'completion_requested') {
    return invalidTransition(state.status, command.type);
  }
  const { progress } = command.data;
  const invalid = checkIntegerInRange('progress', progress, 0, 100);
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: 'MeasureProgressReported',
    schemaVersion: 1,
    data: { measureId: state.measureId, progress },
  });
};
