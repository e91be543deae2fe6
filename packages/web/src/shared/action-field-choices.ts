import { graphql } from '../graphql/graphql.js';
import { ActionFieldOption, type ActionFieldOptionData } from './options.js';

/**
 * The action fields a page offers to choose from (filters, forms), as of the time it shows: a
 * fragment on the query, so it takes the operation's `$process`, `$asOf` and `$asOfBasis`.
 */
export const ActionFieldChoices = graphql(
  `
    fragment ActionFieldChoices on Query @_unmask {
      actionFields(process: $process, first: 100, asOf: $asOf, asOfBasis: $asOfBasis) {
        edges {
          node {
            ...ActionFieldOption
          }
        }
      }
    }
  `,
  [ActionFieldOption],
);

/** The choices out of a query that spreads `ActionFieldChoices`. */
export const actionFieldChoicesOf = (data: {
  readonly actionFields: { readonly edges: readonly { readonly node: ActionFieldOptionData }[] };
}): ActionFieldOptionData[] => data.actionFields.edges.map((edge) => edge.node);
