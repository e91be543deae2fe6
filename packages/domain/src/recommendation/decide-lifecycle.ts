import type { DomainError } from '../shared/index.js';
import {
  badInput,
  checkId,
  checkOneOf,
  checkReason,
  headerOf,
  invalidTransition,
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
import type { ExistingRecommendation, RecommendationStatus } from './state.js';
import { isOpen, OPEN_STATUSES } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

type LifecycleCommand =
  | SubmitRecommendationForReview
  | ReturnRecommendationToDraft
  | RejectRecommendation
  | WithdrawRecommendation;

interface Step {
  readonly from: readonly RecommendationStatus[];
  readonly event:
    | 'RecommendationSubmittedForReview'
    | 'RecommendationReturnedToDraft'
    | 'RecommendationRejected'
    | 'RecommendationWithdrawn';
  readonly needsReason: boolean;
}

/**
 * draft → in_review (back to draft with a reason); rejection and withdrawal end an open
 * recommendation and must say why.
 */
const STEPS: Readonly<Record<LifecycleCommand['type'], Step>> = {
  SubmitRecommendationForReview: {
    from: ['draft'],
    event: 'RecommendationSubmittedForReview',
    needsReason: false,
  },
  ReturnRecommendationToDraft: {
    from: ['in_review'],
    event: 'RecommendationReturnedToDraft',
    needsReason: true,
  },
  RejectRecommendation: { from: OPEN_STATUSES, event: 'RecommendationRejected', needsReason: true },
  WithdrawRecommendation: {
    from: OPEN_STATUSES,
    event: 'RecommendationWithdrawn',
    needsReason: true,
  },
};

export const transition = (command: LifecycleCommand, state: ExistingRecommendation): Decision => {
  const step = STEPS[command.type];
  if (!step.from.includes(state.status)) return invalidTransition(state.status, command.type);
  const invalid = step.needsReason ? checkReason(command.metadata) : undefined;
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId };
  return oneEvent(command.metadata, { type: step.event, schemaVersion: 1, data });
};

/** Prioritising again changes the priority; the same priority again changes nothing. */
export const prioritise = (
  command: PrioritiseRecommendation,
  state: ExistingRecommendation,
): Decision => {
  if (state.status !== 'in_review' && state.status !== 'prioritised') {
    return invalidTransition(state.status, command.type);
  }
  const { priority } = command.data;
  const header = checkOneOf('priority', priority, PRIORITIES) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  if (state.status === 'prioritised' && state.priority === priority) return [];
  const data = { recommendationId: state.recommendationId, priority };
  return [{ type: 'RecommendationPrioritised', schemaVersion: 1, ...header, data }];
};

export const merge = (command: MergeRecommendation, state: ExistingRecommendation): Decision => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
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
