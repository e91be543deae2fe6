import { graphql, type ResultOf } from '../../graphql/graphql.js';

/** The indicators a team reports on in a cycle, each with its latest value for orientation. */
export const BulkValuesQuery = graphql(`
  query BulkValues($process: String, $actionField: ID) {
    indicators(process: $process, actionField: $actionField) {
      id
      version
      status
      title
      unit
      measure {
        id
        title
      }
      values {
        valueId
        value
        referenceDate
        source
      }
    }
    reportingCycles(statuses: [open]) {
      id
      title
      deadline
    }
  }
`);

export type BulkIndicator = ResultOf<typeof BulkValuesQuery>['indicators'][number];
