import { foldForSearch } from './fold.js';

/** The longest search text accepted: a long sentence; anything longer is no search. */
export const MAX_SEARCH_LENGTH = 200;

/** A search as the user typed it, and the word parts it is matched by. */
export interface SearchQuery {
  /** The words as typed, for German full-text search (word forms), separated by spaces. */
  readonly text: string;
  /** Folded words (see `foldForSearch`), each of which must occur. */
  readonly terms: readonly string[];
}

export type SearchProblem = 'empty' | 'too_long' | 'no_words';

/** Letters and digits make words; everything else (hyphens, quotes, control characters) splits. */
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Splits a search into the words it must find, or says why it cannot be one: "KI-Anwendungen"
 * needs "ki" and "anwendungen". Only words reach the database, so no character of the input
 * can upset it.
 */
export const parseSearch = (text: string): SearchQuery | SearchProblem => {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_SEARCH_LENGTH) return 'too_long';
  const typed = words(trimmed);
  if (typed.length === 0) return 'no_words';
  return { text: typed.join(' '), terms: [...new Set(words(foldForSearch(trimmed)))] };
};
