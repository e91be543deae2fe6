import {
  type Aggregate,
  assertNever,
  type Reference,
  referencesAt,
  targetIn,
} from '../shared/index.js';
import { SUGGESTION_COMMAND_TYPES, type SuggestionCommand } from './commands.js';
import { decide } from './decide.js';
import { SUGGESTION_EVENT_TYPES, type SuggestionEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { evolve, initialState, type SuggestionState } from './state.js';

/**
 * The meeting and action fields a suggestion names must exist. The taker of TakeUpSuggestion is
 * not checked here: it is usually created in the same transaction that takes the suggestion up.
 */
const referencesOf = (command: SuggestionCommand): readonly Reference[] => {
  switch (command.type) {
    case 'CaptureSuggestion': {
      const { meetingId, actionFieldIds } = command.data;
      return [
        ...(meetingId === undefined
          ? []
          : [{ kind: 'Meeting' as const, id: meetingId, field: 'meetingId' }]),
        ...referencesAt('ActionField', 'actionFieldIds', actionFieldIds),
      ];
    }
    case 'ReviseSuggestion':
      return referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds);
    case 'TakeUpSuggestion':
    case 'DeclineSuggestion':
    case 'ReopenSuggestion':
      return [];
    default:
      return assertNever(command);
  }
};

export const suggestion: Aggregate<SuggestionCommand, SuggestionEvent, SuggestionState> = {
  kind: 'Suggestion',
  commandTypes: SUGGESTION_COMMAND_TYPES,
  eventTypes: SUGGESTION_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('suggestionId'),
  referencesOf,
  provenanceOf,
  // A suggestion is taken up by others; it sets nothing off itself.
  reactionsTo: () => [],
};

export type * from './commands.js';
export { SUGGESTION_CHANNELS, SUGGESTION_TAKER_KINDS } from './commands.js';
export type * from './events.js';
export { takeUpSuggestionFollowUp } from './follow-up.js';
export {
  sectorLabels,
  suggestionChannelLabels,
  suggestionStatusLabels,
} from './labels.js';
export type {
  CapturedSuggestion,
  DeclinedSuggestion,
  SuggestionState,
  SuggestionStatus,
  TakenUpSuggestion,
} from './state.js';
export { SUGGESTION_STATUSES } from './state.js';
export { SUGGESTION_COMMAND_TYPES, SUGGESTION_EVENT_TYPES };
