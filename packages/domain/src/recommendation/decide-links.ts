import type { DomainError } from '../shared/index.js';
import { badInput, checkId, checkReason, conflict, oneEvent } from '../shared/index.js';
import type {
  AssignToGuideline,
  LinkSuggestion,
  UnassignFromGuideline,
  UnlinkSuggestion,
} from './commands.js';
import type { RecommendationEvent } from './events.js';
import type { ExistingRecommendation } from './state.js';

type Decision = readonly RecommendationEvent[] | DomainError;

/** Suggestions shape a recommendation while it is open; after that its provenance is settled. */
export const link = (command: LinkSuggestion, state: ExistingRecommendation): Decision => {
  const { suggestionId } = command.data;
  const invalid =
    checkId('suggestionId', suggestionId) ??
    (state.derivedFrom.includes(suggestionId)
      ? conflict(
          'suggestionId',
          `Der Vorschlag „${suggestionId}“ ist schon verknüpft.`,
          `Suggestion "${suggestionId}" is already linked.`,
        )
      : undefined);
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId, suggestionId };
  return oneEvent(command.metadata, {
    type: 'SuggestionLinkedToRecommendation',
    schemaVersion: 1,
    data,
  });
};

export const unlink = (command: UnlinkSuggestion, state: ExistingRecommendation): Decision => {
  const { suggestionId } = command.data;
  const invalid = state.derivedFrom.includes(suggestionId)
    ? checkReason(command.metadata)
    : badInput(
        'suggestionId',
        `Der Vorschlag „${suggestionId}“ ist nicht verknüpft.`,
        `Suggestion "${suggestionId}" is not linked.`,
      );
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId, suggestionId };
  return oneEvent(command.metadata, {
    type: 'SuggestionUnlinkedFromRecommendation',
    schemaVersion: 1,
    data,
  });
};

export const assign = (command: AssignToGuideline, state: ExistingRecommendation): Decision => {
  const { guidelineId } = command.data;
  const invalid =
    checkId('guidelineId', guidelineId) ??
    (state.guidelineIds.includes(guidelineId)
      ? conflict(
          'guidelineId',
          `Die Handlungsempfehlung ist der Leitlinie „${guidelineId}“ schon zugeordnet.`,
          `The recommendation is already assigned to guideline "${guidelineId}".`,
        )
      : undefined);
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId, guidelineId };
  return oneEvent(command.metadata, {
    type: 'RecommendationAssignedToGuideline',
    schemaVersion: 1,
    data,
  });
};

export const unassign = (
  command: UnassignFromGuideline,
  state: ExistingRecommendation,
): Decision => {
  const { guidelineId } = command.data;
  const invalid = state.guidelineIds.includes(guidelineId)
    ? checkReason(command.metadata)
    : badInput(
        'guidelineId',
        `Die Handlungsempfehlung ist der Leitlinie „${guidelineId}“ nicht zugeordnet.`,
        `The recommendation is not assigned to guideline "${guidelineId}".`,
      );
  if (invalid) return invalid;
  const data = { recommendationId: state.recommendationId, guidelineId };
  return oneEvent(command.metadata, {
    type: 'RecommendationUnassignedFromGuideline',
    schemaVersion: 1,
    data,
  });
};
