import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { IndicatorCardFields } from '../../shared/indicator/indicator-fields.js';
import { ItemPageFields } from '../../shared/item/fragments.js';
import { MilestoneFields } from '../../shared/milestone-fragment.js';
import { OpenCycleFields } from '../../shared/status-report/fragments.js';

/**
 * A measure's page in one request: its content, milestones, history and provenance, and the open
 * reporting cycle with its reports (partners get no cycles).
 */
export const MeasureQuery = graphql(
  `
  query Measure($id: ID!, $asOf: DateTime, $asOfBasis: TimeBasis) {
    node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
      __typename
      id
      ... on Measure {
        ...ItemPageFields
        description
        owner
        plannedStart
        plannedEnd
        startedAt
        adoptedAt
        progress
        adoptedFrom {
          id
          title
        }
        actionFields {
          id
          key
          title
        }
        milestones {
          ...MilestoneFields
        }
        confidenceHistory {
          rating
          reason
          ratedAt
        }
        responsibility {
          lead {
            organisation
            unit
          }
          partners
        }
        statusSummary {
          overdueMilestones {
            daysOverdue
            milestone {
              milestoneId
              title
            }
          }
        }
        completionRequestedAt
        indicators {
          ...IndicatorCardFields
        }
      }
    }
    reportingCycles(asOf: $asOf, asOfBasis: $asOfBasis, statuses: [open]) {
      ...OpenCycleFields
    }
  }
`,
  [ItemPageFields, IndicatorCardFields, OpenCycleFields, MilestoneFields],
);

type MeasureNode = NonNullable<ResultOf<typeof MeasureQuery>['node']>;
export type MeasureDetail = Extract<MeasureNode, { __typename: 'Measure' }>;
export type MeasureMilestone = MeasureDetail['milestones'][number];
export type OpenCycle = ResultOf<typeof MeasureQuery>['reportingCycles'][number];

/**
 * Planned and in-progress measures (and those awaiting the ministry's confirmation of their
 * completion) can still change; completed and stopped ones are a record.
 */
export const isOpenMeasure = (measure: { status: string }): boolean =>
  measure.status === 'planned' ||
  measure.status === 'in_progress' ||
  measure.status === 'completion_requested';
