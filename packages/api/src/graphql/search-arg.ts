import type { Locale } from '../http/locale.js';
import { MAX_SEARCH_LENGTH, parseSearch, type SearchQuery } from '../search/query.js';
import { badArgument } from './errors.js';

const MESSAGES = {
  empty: {
    de: 'Der Suchbegriff ist leer.',
    en: 'The search term is empty.',
  },
  too_long: {
    de: `Der Suchbegriff ist zu lang: höchstens ${MAX_SEARCH_LENGTH} Zeichen.`,
    en: `The search term is too long: at most ${MAX_SEARCH_LENGTH} characters.`,
  },
  no_words: {
    de: 'Der Suchbegriff enthält kein Wort (Buchstaben oder Ziffern).',
    en: 'The search term contains no word (letters or digits).',
  },
} as const;

/** The search argument `field` as a query, or a BAD_USER_INPUT naming the field and the reason. */
export const searchQueryOf = (text: string, field: string, locale: Locale): SearchQuery => {
  const parsed = parseSearch(text);
  if (typeof parsed !== 'string') return parsed;
  const message = MESSAGES[parsed];
  throw badArgument(field, message.de, message.en, locale);
};

export const SEARCH_DESCRIPTION = `Search over title and text (at most ${MAX_SEARCH_LENGTH} characters): every word must occur, also inside compounds (“Weiterbildung” finds “Weiterbildungsverbünde”, “KI” finds “KI-Anwendungen”), or German word forms match (“Empfehlungen” finds “Empfehlung”). Case and umlaut spelling do not matter (“ue” finds “ü”).`;
