import { graphql, type ResultOf } from '../../../graphql/graphql.js';
import { ActionFieldChoices } from '../../../shared/action-field-choices.js';
import { ItemPageFields } from '../../../shared/item/fragments.js';
import { ActionFieldOption } from '../../../shared/options.js';

/** Everything the suggestion page shows, in one query. */
export const SuggestionPageQuery = graphql(
  `
    query SuggestionPage($process: String, $id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
      node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
        __typename
        ... on Suggestion {
          ...ItemPageFields
          ownTitle
          text
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
        }
      }
      ...ActionFieldChoices
    }
  `,
  [ActionFieldOption, ItemPageFields, ActionFieldChoices],
);

type PageNode = NonNullable<ResultOf<typeof SuggestionPageQuery>['node']>;
export type SuggestionData = Extract<PageNode, { __typename: 'Suggestion' }>;
