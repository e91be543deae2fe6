import { graphql } from '../../graphql/graphql.js';

/** What a card on the board and in the review queue shows. */
export const RecommendationCardFields = graphql(`
  fragment RecommendationCardFields on Recommendation @_unmask {
    id
    title
    status
    priority
    actionFields {
      id
      key
      title
    }
    guidelines {
      id
      title
    }
  }
`);
