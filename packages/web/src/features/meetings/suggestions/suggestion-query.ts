import { graphql, type ResultOf } from '../../../graphql/graphql.js';
import { HistoryEntryFields, ProvenanceFields } from '../../../shared/item/fragments.js';
import { ActionFieldOption } from '../../../shared/options.js';

/** Everything the suggestion page shows, in one query. */
export const SuggestionPageQuery = graphql(
  `
    query SuggestionPage($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
      node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
        __typename
        ... on Suggestion {
          id
          title
          ownTitle
          text
          status
          version
          createdAt
          updatedAt
          occurredAt
          sector
          channel
          declineReason
          meeting {
            id
            title
            date
          }
          submitter {
            name
            organisation
            email
            erased
          }
          takenUpBy {
            __typename
            id
            title
            status
          }
          actionFields {
            ...ActionFieldOption
          }
          history {
            ...HistoryEntryFields
          }
          provenance(depth: 5) {
            ...ProvenanceFields
          }
        }
      }
      actionFields(first: 100, asOf: $asOf, asOfBasis: $asOfBasis) {
        edges {
          node {
            ...ActionFieldOption
          }
        }
      }
    }
  `,
  [ActionFieldOption, HistoryEntryFields, ProvenanceFields],
);

type PageNode = NonNullable<ResultOf<typeof SuggestionPageQuery>['node']>;
export type SuggestionData = Extract<PageNode, { __typename: 'Suggestion' }>;
