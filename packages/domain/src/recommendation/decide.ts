import type { DomainError } from '../shared/index.js';
import {
  alreadyExists,
  badInput,
  checkContent,
  checkId,
  checkIds,
  firstError,
  invalidTransition,
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
import { isOpen } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

const draft = (command: DraftRecommendation, state: RecommendationState): Decision => {
  const { recommendationId, title, body, actionFieldIds, derivedFrom, splitFrom } = command.data;
  if (state.status !== 'empty') {
    return alreadyExists('recommendationId', recommendationId, {
      de: 'Die Handlungsempfehlung',
      en: 'Recommendation',
    });
  }
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

/** Content stays editable while the recommendation is open. */
const revise = (command: ReviseRecommendation, state: ExistingRecommendation): Decision =>
  isOpen(state)
    ? reviseContent<RecommendationEvent>(
        command,
        state,
        (header, changes) => ({
          type: 'RecommendationRevised',
          schemaVersion: 1,
          ...header,
          data: { recommendationId: command.data.recommendationId, ...changes },
        }),
        { minActionFields: 1 },
      )
    : invalidTransition(state.status, command.type);

export const decide = itemDecider<RecommendationCommand, RecommendationState>()({
  idField: 'recommendationId',
  create: { DraftRecommendation: draft },
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
