import { graphql, type ResultOf } from '../../graphql/graphql.js';

/**
 * The whole roadmap in one request: the lanes (optionally only one action field's) and the
 * action fields to filter by, both as they were at `asOf`.
 */
export const RoadmapQuery = graphql(`
  query Roadmap($process: String, $asOf: DateTime, $asOfBasis: TimeBasis, $actionField: ID) {
    roadmap(process: $process, asOf: $asOf, asOfBasis: $asOfBasis, actionField: $actionField) {
      asOf
      until
      lanes {
        actionField {
          id
          key
          title
          status
        }
        measures {
          id
          title
          status
          progress
          plannedStart
          plannedEnd
          startedAt
          adoptedAt
        }
        projectIdeas {
          id
          title
          status
          plannedStart
          plannedEnd
          proposedAt
        }
        milestones {
          milestoneId
          title
          dueDate
          reachedAt
          status
          item {
            id
          }
        }
      }
    }
    actionFields(process: $process, asOf: $asOf, asOfBasis: $asOfBasis, first: 100) {
      edges {
        node {
          id
          key
          title
          status
        }
      }
    }
  }
`);

export type RoadmapData = ResultOf<typeof RoadmapQuery>['roadmap'];
export type RoadmapLane = RoadmapData['lanes'][number];
export type RoadmapMeasure = RoadmapLane['measures'][number];
export type RoadmapProjectIdea = RoadmapLane['projectIdeas'][number];
export type RoadmapMilestone = RoadmapLane['milestones'][number];
