import { graphql, type ResultOf } from '../../graphql/graphql.js';

/** An open reporting cycle with its reports as far as the Lagebild and a measure's page show them. */
export const OpenCycleFields = graphql(`
  fragment OpenCycleFields on ReportingCycle @_unmask {
    id
    version
    title
    deadline
    reports {
      status
      narrative
      confidence
      confidenceReason
      measureProgress
      returnReason
      submittedAt
      measure {
        id
        title
      }
    }
  }
`);

export type OpenCycleData = ResultOf<typeof OpenCycleFields>;
