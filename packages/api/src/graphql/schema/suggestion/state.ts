import type { CapturedSuggestion, DeclinedSuggestion, TakenUpSuggestion } from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';

/** What `row.state` of a suggestion holds: the domain state at that version. */
export type SuggestionShape = CapturedSuggestion | TakenUpSuggestion | DeclinedSuggestion;

export const suggestionOf = (row: ItemRow) => row.state as unknown as SuggestionShape;
