import type { DomainError, LifecycleStep } from '../shared/index.js';
import { checkCited, checkIntegerInRange, oneEvent } from '../shared/index.js';
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
import type { ExistingMeasure } from './state.js';

type Decision = readonly MeasureEvent[] | DomainError;
type LifecycleCommand =
  | StartMeasure
  | CompleteMeasure
  | StopMeasure
  | RequestMeasureCompletion
  | ConfirmMeasureCompletion
  | ReturnMeasureCompletion;

type Step = LifecycleStep<
  | 'MeasureStarted'
  | 'MeasureCompleted'
  | 'MeasureStopped'
  | 'MeasureCompletionRequested'
  | 'MeasureCompletionReturned'
>;

/**
 * What each step records and must cite; the statuses it starts from are `FROM` in decide.ts.
 * `CompleteMeasure` is the direct step kept from before.
 */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  StartMeasure: { event: 'MeasureStarted' },
  CompleteMeasure: { event: 'MeasureCompleted' },
  StopMeasure: { event: 'MeasureStopped', needsReason: true },
  RequestMeasureCompletion: { event: 'MeasureCompletionRequested', needsEvidence: true },
  ConfirmMeasureCompletion: { event: 'MeasureCompleted' },
  ReturnMeasureCompletion: { event: 'MeasureCompletionReturned', needsReason: true },
};

export const transition = (command: LifecycleCommand, state: ExistingMeasure): Decision => {
  const step = STEPS[command.type];
  const data = { measureId: state.measureId };
  return (
    checkCited(step, command.metadata) ??
    oneEvent(command.metadata, { type: step.event, schemaVersion: 1, data })
  );
};

/**
 * Progress is reported while the work runs (and while its completion awaits confirmation). It may go down (a re-estimate) and 100 % does not
 * complete the measure: completion is a decision of its own.
 */
export const reportProgress = (
  command: ReportMeasureProgress,
  state: ExistingMeasure,
): Decision => {
  const { progress } = command.data;
  const invalid = checkIntegerInRange('progress', progress, 0, 100);
  if (invalid) return invalid;
  return oneEvent(command.metadata, {
    type: 'MeasureProgressReported',
    schemaVersion: 1,
    data: { measureId: state.measureId, progress },
  });
};
