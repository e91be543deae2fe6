import { graphql, type ResultOf } from '../../graphql/graphql.js';

/** The measures list with its filters applied by the API, and the action fields to filter by. */
export const MeasuresQuery = graphql(`
  query Measures($process: String, $asOf: DateTime, $asOfBasis: TimeBasis, $statuses: [MeasureStatus!], $actionField: ID, $search: String) {
    measures(
      process: $process
      asOf: $asOf, asOfBasis: $asOfBasis
      statuses: $statuses
      actionField: $actionField
      search: $search
      first: 100
    ) {
      edges {
        node {
          id
          title
          status
          progress
          owner
          plannedStart
          plannedEnd
          adoptedFrom {
            id
            title
          }
          actionFields {
            id
            key
            title
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    actionFields(process: $process, asOf: $asOf, asOfBasis: $asOfBasis, first: 100) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
  }
`);

export type MeasureSummary = ResultOf<typeof MeasuresQuery>['measures']['edges'][number]['node'];
