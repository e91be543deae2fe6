import {
  checkOneOf,
  checkReason,
  DomainError,
  firstError,
  resolveOccurredAt,
} from '../shared/index.js';
import {
  type DeclineSuggestion,
  type ReopenSuggestion,
  SUGGESTION_TAKER_KINDS,
  type TakeUpSuggestion,
} from './commands.js';
import { type Decision, explanation, suggestionIn } from './common.js';
import type { SuggestionState } from './state.js';
import { checkId } from './validate.js';

/**
 * A suggestion can feed several recommendations and project ideas: each taker is recorded once.
 * A declined one must be reopened first.
 */
export const takeUpSuggestion = (command: TakeUpSuggestion, state: SuggestionState): Decision => {
  const { data, metadata } = command;
  const suggestion = suggestionIn(state, command, ['captured', 'taken_up']);
  if (suggestion instanceof DomainError) return suggestion;
  const invalid = firstError(
    checkOneOf('by.kind', data.by.kind, SUGGESTION_TAKER_KINDS),
    checkId('by.id', data.by.id),
  );
  if (invalid) return invalid;
  // Re-linking a suggestion to a taker it already feeds changes nothing: no event, no error,
  // so the link that set this off (a follow-up in the same transaction) goes through.
  if (suggestion.takenUpBy.some((t) => t.kind === data.by.kind && t.id === data.by.id)) return [];
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const by = { kind: data.by.kind, id: data.by.id };
  return [
    {
      type: 'SuggestionTakenUp',
      schemaVersion: 1,
      occurredAt,
      data: { suggestionId: suggestion.suggestionId, by },
      ...explanation(metadata),
    },
  ];
};

export const declineSuggestion = (command: DeclineSuggestion, state: SuggestionState): Decision => {
  const suggestion = suggestionIn(state, command, ['captured']);
  if (suggestion instanceof DomainError) return suggestion;
  const invalid = checkReason(command.metadata);
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(command.metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'SuggestionDeclined',
      schemaVersion: 1,
      occurredAt,
      data: { suggestionId: suggestion.suggestionId },
      ...explanation(command.metadata),
    },
  ];
};

export const reopenSuggestion = (command: ReopenSuggestion, state: SuggestionState): Decision => {
  const suggestion = suggestionIn(state, command, ['declined']);
  if (suggestion instanceof DomainError) return suggestion;
  const invalid = checkReason(command.metadata);
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(command.metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'SuggestionReopened',
      schemaVersion: 1,
      occurredAt,
      data: { suggestionId: suggestion.suggestionId },
      ...explanation(command.metadata),
    },
  ];
};
