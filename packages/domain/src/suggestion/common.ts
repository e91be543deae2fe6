import { type DomainError, existingIn } from '../shared/index.js';
import type { SuggestionEvent } from './events.js';
import type { ExistingSuggestion, SuggestionState, SuggestionStatus } from './state.js';

export type Decision = readonly SuggestionEvent[] | DomainError;

/** The suggestion if it exists and its status allows the command, else the error why not. */
export const suggestionIn = (
  state: SuggestionState,
  command: { type: string; data: { suggestionId: string } },
  allowed: readonly SuggestionStatus[],
): ExistingSuggestion | DomainError =>
  existingIn(state, command, { field: 'suggestionId', id: command.data.suggestionId }, allowed);
