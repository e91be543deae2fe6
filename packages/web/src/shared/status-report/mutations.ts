import { graphql } from '../../graphql/graphql.js';

/*
 * The ministry's review of a status report. Each returns the cycle's id and new version: urql
 * then refetches every view that shows the cycle (the Lagebild, the measure's page).
 */

export const AcceptStatusReport = graphql(`
  mutation AcceptStatusReport($input: AcceptStatusReportInput!) {
    acceptStatusReport(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);

export const ReturnStatusReport = graphql(`
  mutation ReturnStatusReport($input: ReturnStatusReportInput!) {
    returnStatusReport(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);
