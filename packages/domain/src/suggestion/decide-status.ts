import { checkId, checkOneOf, checkReason, firstError, oneEvent } from '../shared/index.js';
import {
  type DeclineSuggestion,
  type ReopenSuggestion,
  SUGGESTION_TAKER_KINDS,
  type TakeUpSuggestion,
} from './commands.js';
import type { Decision } from './common.js';
import type { ExistingSuggestion } from './state.js';

/**
 * A suggestion can feed several recommendations and project ideas: each taker is recorded once.
 * A declined one must be reopened first.
 */
export const takeUpSuggestion = (
  command: TakeUpSuggestion,
  suggestion: ExistingSuggestion,
): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(
    checkOneOf('by.kind', data.by.kind, SUGGESTION_TAKER_KINDS),
    checkId('by.id', data.by.id),
  );
  if (invalid) return invalid;
  // Re-linking a suggestion to a taker it already feeds changes nothing: no event, no error,
  // so the link that set this off (a follow-up in the same transaction) goes through.
  if (suggestion.takenUpBy.some((t) => t.kind === data.by.kind && t.id === data.by.id)) return [];
  const by = { kind: data.by.kind, id: data.by.id };
  return oneEvent(metadata, {
    type: 'SuggestionTakenUp',
    schemaVersion: 1,
    data: { suggestionId: suggestion.suggestionId, by },
  });
};

/** Declining and reopening both move the suggestion on and must say why. */
const EVENTS = {
  DeclineSuggestion: 'SuggestionDeclined',
  ReopenSuggestion: 'SuggestionReopened',
} as const;

export const declineOrReopenSuggestion = (
  command: DeclineSuggestion | ReopenSuggestion,
  suggestion: ExistingSuggestion,
): Decision => {
  const data = { suggestionId: suggestion.suggestionId };
  return (
    checkReason(command.metadata) ??
    oneEvent(command.metadata, { type: EVENTS[command.type], schemaVersion: 1, data })
  );
};
