import { graphql, type ResultOf } from '../../graphql/graphql.js';

/** The processes one may switch between (as they are now): the switcher and the slug check. */
export const ProcessChoicesQuery = graphql(`
  query ProcessChoices {
    processes(first: 100) {
      edges {
        node {
          id
          slug
          title
        }
      }
    }
  }
`);

/** A process as the start page and its own page show it. */
export const ProcessFields = graphql(`
  fragment ProcessFields on Process @_unmask {
    id
    slug
    title
    description
    commissionedBy
    runBy
    status
    statusLabel
    startedAt
    concludedAt
    currentPhase {
      phaseId
      title
    }
    phases {
      phaseId
      title
      status
      statusLabel
      plannedStart
      plannedEnd
      startedOn
      closedOn
    }
    figures {
      actionFields
      meetings
      suggestions
      recommendations
      measures
    }
  }
`);

export type ProcessData = ResultOf<typeof ProcessFields>;

/** Every process (or one, by `process`) as it stood at the "Stand vom" moment. */
export const ProcessesQuery = graphql(
  `
  query Processes($process: String, $asOf: DateTime, $asOfBasis: TimeBasis) {
    processes(first: 100, process: $process, asOf: $asOf, asOfBasis: $asOfBasis) {
      edges {
        node {
          ...ProcessFields
        }
      }
    }
  }
`,
  [ProcessFields],
);
