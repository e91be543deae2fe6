import type { SuggestionRow } from './fragments.js';

/**
 * The meeting's suggestions, newest first, with those just captured here in front even before the
 * refetched list has them; each once, the server's copy winning (it may be newer).
 */
export const newestFirst = (
  loaded: readonly SuggestionRow[],
  justCaptured: readonly SuggestionRow[],
): SuggestionRow[] => {
  const byId = new Map<string, SuggestionRow>();
  for (const suggestion of [...justCaptured, ...loaded]) byId.set(suggestion.id, suggestion);
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
};
