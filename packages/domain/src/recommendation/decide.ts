import { createOnce } from '../shared/create-once.js';
import type { DomainError } from '../shared/index.js';
import {
  badInput,
  checkContent,
  checkId,
  checkIds,
  firstError,
  itemDecider,
  oneEvent,
  reviseContent,
} from '../shared/index.js';
import type {
  DraftRecommendation,
  RecommendationCommand,
  ReviseRecommendation,
} from './commands.js';
import { adopt } from './decide-adopt.js';
import { merge, prioritise, transition } from './decide-lifecycle.js';
import { assign, link, unassign, unlink } from './decide-links.js';
import { split } from './decide-split.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation, RecommendationState } from './state.js';
import { OPEN_STATUSES } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

const draft = (command: DraftRecommendation): Decision => {
  const { recommendationId, title, body, actionFieldIds, derivedFrom, splitFrom } = command.data;
  const invalid = firstError(
    checkId('recommendationId', recommendationId),
    checkContent(command.data, { minActionFields: 1 }),
    checkIds('derivedFrom', derivedFrom),
    splitFrom === undefined ? undefined : checkId('splitFrom', splitFrom),
    splitFrom === recommendationId
      ? badInput(
          'splitFrom',
          'Ein Teil kann nicht aus sich selbst entstehen.',
          'A part cannot be split from itself.',
        )
      : undefined,
  );
  if (invalid) return invalid;
  const data = { recommendationId, title, body, actionFieldIds, derivedFrom };
  return oneEvent(command.metadata, {
    type: 'RecommendationDrafted',
    schemaVersion: 2,
    data: splitFrom === undefined ? data : { ...data, splitFrom },
  });
};

const revise = (command: ReviseRecommendation, state: ExistingRecommendation): Decision =>
  reviseContent<RecommendationEvent>(
    command,
    state,
    (header, changes) => ({
      type: 'RecommendationRevised',
      schemaVersion: 1,
      ...header,
      data: { recommendationId: command.data.recommendationId, ...changes },
    }),
    { minActionFields: 1 },
  );

/**
 * The transition table: draft → in_review (back to draft with a reason) → prioritised → adopted;
 * rejected, withdrawn, merged or split while open. Content and suggestions change while it is
 * open. Guidelines group recommendations while they are open and after adoption (a strategic line
 * is often drawn over adopted ones); rejected, withdrawn, merged and split ones stay out.
 */
const FROM = {
  ReviseRecommendation: OPEN_STATUSES,
  PrioritiseRecommendation: ['in_review', 'prioritised'],
  AdoptRecommendation: ['prioritised'],
  SubmitRecommendationForReview: ['draft'],
  ReturnRecommendationToDraft: ['in_review'],
  RejectRecommendation: OPEN_STATUSES,
  WithdrawRecommendation: OPEN_STATUSES,
  MergeRecommendation: OPEN_STATUSES,
  SplitRecommendation: OPEN_STATUSES,
  LinkSuggestion: OPEN_STATUSES,
  UnlinkSuggestion: OPEN_STATUSES,
  AssignToGuideline: [...OPEN_STATUSES, 'adopted'],
  UnassignFromGuideline: [...OPEN_STATUSES, 'adopted'],
} as const;

export const decide = itemDecider<RecommendationCommand, RecommendationState>()({
  idField: 'recommendationId',
  create: { DraftRecommendation: createOnce('Recommendation', 'recommendationId', draft) },
  from: FROM,
  change: {
    ReviseRecommendation: revise,
    PrioritiseRecommendation: prioritise,
    AdoptRecommendation: adopt,
    SubmitRecommendationForReview: transition,
    ReturnRecommendationToDraft: transition,
    RejectRecommendation: transition,
    WithdrawRecommendation: transition,
    MergeRecommendation: merge,
    SplitRecommendation: split,
    LinkSuggestion: link,
    UnlinkSuggestion: unlink,
    AssignToGuideline: assign,
    UnassignFromGuideline: unassign,
  },
});
