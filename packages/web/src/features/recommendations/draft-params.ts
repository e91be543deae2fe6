/**
 * The suggestions a new recommendation starts from: `?from=<id>,<id>` (ids in the order given,
 * each once). Other screens (a meeting's suggestions) link here with their selection.
 */
export const parseSuggestionIds = (search: string | URLSearchParams): string[] => {
  const from = new URLSearchParams(search).get('from') ?? '';
  const ids = from
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)];
};

/** The action fields a draft starts with: those of its suggestions, each once, in order. */
export const actionFieldsOf = (
  suggestions: readonly { readonly actionFields: readonly { readonly id: string }[] }[],
): string[] => [
  ...new Set(suggestions.flatMap((suggestion) => suggestion.actionFields.map((field) => field.id))),
];
