import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { IndicatorCardFields } from '../../shared/indicator/indicator-fields.js';
import { OpenCycleFields } from '../../shared/status-report/fragments.js';

/** Everything the Lagebild shows, in one request, at one moment (`asOf`). */
export const LagebildQuery = graphql(
  `
  query Lagebild(
    $process: String
    $actionField: ID
    $asOf: DateTime
    $asOfBasis: TimeBasis
    $since: Date!
  ) {
    actionFields(process: $process, status: ["active"], first: 100) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
    measuresByConfidence(process: $process, actionField: $actionField, asOf: $asOf, asOfBasis: $asOfBasis) {
      confidence
      count
      measures {
        id
        title
        confidence {
          reason
          ratedAt
        }
      }
    }
    overdueMilestones(process: $process, actionField: $actionField, asOf: $asOf, asOfBasis: $asOfBasis) {
      daysOverdue
      measure {
        id
        title
      }
      milestone {
        milestoneId
        title
        dueDate
      }
    }
    measures(
      process: $process
      actionField: $actionField
      asOf: $asOf
      asOfBasis: $asOfBasis
      statuses: [planned, in_progress, completion_requested]
      first: 100
    ) {
      edges {
        node {
          id
          title
          milestones {
            milestoneId
            title
            dueDate
            status
          }
        }
      }
    }
    indicators(process: $process, actionField: $actionField, asOf: $asOf, asOfBasis: $asOfBasis) {
      ...IndicatorCardFields
    }
    movedGoalposts(
      process: $process
      actionField: $actionField
      asOf: $asOf
      asOfBasis: $asOfBasis
      since: $since
    ) {
      kind
      changedAt
      reason
      measure {
        id
        title
      }
      indicator {
        id
        title
        unit
      }
      milestone {
        milestoneId
        title
      }
      previousTarget {
        value
        date
      }
      target {
        value
        date
      }
      previousDueDate
      dueDate
    }
    reportingCycles(asOf: $asOf, asOfBasis: $asOfBasis, statuses: [open]) {
      ...OpenCycleFields
    }
    missingReports(
      process: $process
      actionField: $actionField
      asOf: $asOf
      asOfBasis: $asOfBasis
    ) {
      returned
      measure {
        id
        title
      }
    }
    participationFunnel(process: $process, actionField: $actionField, asOf: $asOf, asOfBasis: $asOfBasis) {
      sector
      captured
      takenUp
      adopted
      inImplementation
      medianDaysToTakenUp
      medianDaysToAdopted
      medianDaysToImplementation
    }
  }
`,
  [IndicatorCardFields, OpenCycleFields],
);

export type Lagebild = ResultOf<typeof LagebildQuery>;
