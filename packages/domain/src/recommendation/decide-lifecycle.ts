import type { DomainError, LifecycleStep } from '../shared/index.js';
import {
  badInput,
  checkCited,
  checkId,
  checkOneOf,
  headerOf,
  isDomainError,
  oneEvent,
} from '../shared/index.js';
import type {
  MergeRecommendation,
  PrioritiseRecommendation,
  RejectRecommendation,
  ReturnRecommendationToDraft,
  SubmitRecommendationForReview,
  WithdrawRecommendation,
} from './commands.js';
import { PRIORITIES } from './commands.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

type LifecycleCommand =
  | SubmitRecommendationForReview
  | ReturnRecommendationToDraft
  | RejectRecommendation
  | WithdrawRecommendation;

type Step = LifecycleStep<
  | 'RecommendationSubmittedForReview'
  | 'RecommendationReturnedToDraft'
  | 'RecommendationRejected'
  | 'RecommendationWithdrawn'
>;

/**
 * What each step records and must cite; the statuses it starts from are `FROM` in decide.ts.
 */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  SubmitRecommendationForReview: { event: 'RecommendationSubmittedForReview' },
  ReturnRecommendationToDraft: { event: 'RecommendationReturnedToDraft', needsReason: true },
  RejectRecommendation: { event: 'RecommendationRejected', needsReason: true },
  WithdrawRecommendation: { event: 'RecommendationWithdrawn', needsReason: true },
};

export const transition = (command: LifecycleCommand, state: ExistingRecommendation): Decision => {
  const step = STEPS[command.type];
  const data = { recommendationId: state.recommendationId };
  return (
    checkCited(step, command.metadata) ??
    oneEvent(command.metadata, { type: step.event, schemaVersion: 1, data })
  );
};

/** Prioritising again changes the priority; the same priority again changes nothing. */
export const prioritise = (
  command: PrioritiseRecommendation,
  state: ExistingRecommendation,
): Decision => {
  const { priority } = command.data;
  const header = checkOneOf('priority', priority, PRIORITIES) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  if (state.status === 'prioritised' && state.priority === priority) return [];
  const data = { recommendationId: state.recommendationId, priority };
  return [{ type: 'RecommendationPrioritised', schemaVersion: 1, ...header, data }];
};

export const merge = (command: MergeRecommendation, state: ExistingRecommendation): Decision => {
  const { targetRecommendationId } = command.data;
  const invalid =
    checkId('targetRecommendationId', targetRecommendationId) ??
    (targetRecommendationId === state.recommendationId
      ? badInput(
          'targetRecommendationId',
          'Eine Handlungsempfehlung kann nicht in sich selbst aufgehen.',
          'A recommendation cannot be merged into itself.',
        )
      : undefined);
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId, targetRecommendationId };
  return oneEvent(command.metadata, { type: 'RecommendationMerged', schemaVersion: 1, data });
};
