import type { Decision } from '../shared/index.js';
import {
  badInput,
  checkId,
  checkOneOf,
  checkReason,
  headerOf,
  invalidTransition,
  isDomainError,
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
import { isOpen } from './state.js';

export const submit = (
  command: SubmitRecommendationForReview,
  state: ExistingRecommendation,
): Decision<RecommendationEvent> => {
  if (state.status !== 'draft') return invalidTransition(state.status, command.type);
  const header = headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { recommendationId: state.recommendationId };
  return [{ type: 'RecommendationSubmittedForReview', schemaVersion: 1, ...header, data }];
};

export const returnToDraft = (
  command: ReturnRecommendationToDraft,
  state: ExistingRecommendation,
): Decision<RecommendationEvent> => {
  if (state.status !== 'in_review') return invalidTransition(state.status, command.type);
  const header = checkReason(command.metadata) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { recommendationId: state.recommendationId };
  return [{ type: 'RecommendationReturnedToDraft', schemaVersion: 1, ...header, data }];
};

/** Prioritising again changes the priority; the same priority again changes nothing. */
export const prioritise = (
  command: PrioritiseRecommendation,
  state: ExistingRecommendation,
): Decision<RecommendationEvent> => {
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

/** Rejection and withdrawal end an open recommendation and must say why. */
export const close = (
  command: RejectRecommendation | WithdrawRecommendation,
  state: ExistingRecommendation,
): Decision<RecommendationEvent> => {
  if (!isOpen(state)) return invalidTransition(state.status, command.type);
  const header = checkReason(command.metadata) ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const type =
    command.type === 'RejectRecommendation' ? 'RecommendationRejected' : 'RecommendationWithdrawn';
  return [
    { type, schemaVersion: 1, ...header, data: { recommendationId: state.recommendationId } },
  ];
};

export const merge = (
  command: MergeRecommendation,
  state: ExistingRecommendation,
): Decision<RecommendationEvent> => {
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
  const header = invalid ?? headerOf(command.metadata);
  if (isDomainError(header)) return header;
  const data = { recommendationId: state.recommendationId, targetRecommendationId };
  return [{ type: 'RecommendationMerged', schemaVersion: 1, ...header, data }];
};
