import {
  type CommandMetadata,
  type DomainError,
  invalidTransition,
  notFound,
} from '../shared/index.js';
import type { SuggestionEvent } from './events.js';
import type { ExistingSuggestion, SuggestionState, SuggestionStatus } from './state.js';

export type Decision = readonly SuggestionEvent[] | DomainError;

/** Every event keeps the why of its command; absent keys stay absent so events compare cleanly. */
export const explanation = ({ reason, evidence }: CommandMetadata) => ({
  ...(reason === undefined ? {} : { reason }),
  ...(evidence === undefined ? {} : { evidence }),
});

/** The suggestion if it exists and its status allows the command, else the error why not. */
export const suggestionIn = (
  state: SuggestionState,
  command: { type: string; data: { suggestionId: string } },
  allowed: readonly SuggestionStatus[],
): ExistingSuggestion | DomainError => {
  if (state.status === 'empty') return notFound('suggestionId', command.data.suggestionId);
  return allowed.includes(state.status) ? state : invalidTransition(state.status, command.type);
};

/** A blank optional text counts as none. */
export const textOrNothing = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;
