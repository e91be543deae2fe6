import { graphql, type ResultOf } from '../../../graphql/graphql.js';

/** A suggestion as a meeting's list shows it; the capture returns the same, to list it at once. */
export const SuggestionRowFields = graphql(`
  fragment SuggestionRowFields on Suggestion @_unmask {
    id
    title
    text
    status
    sector
    createdAt
    capturedAt
  }
`);

export type SuggestionRow = ResultOf<typeof SuggestionRowFields>;
