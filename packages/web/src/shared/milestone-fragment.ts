import { graphql } from '../graphql/graphql.js';

/** A milestone as a measure's or a project idea's page lists it (both have the API's `Milestone`). */
export const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone @_unmask {
    milestoneId
    title
    dueDate
    reachedAt
    status
  }
`);
