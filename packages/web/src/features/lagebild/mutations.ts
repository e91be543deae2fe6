import { graphql } from '../../graphql/graphql.js';

/*
 * The ministry opens and closes reporting cycles; the team reports indicator values. Each
 * returns the changed item's id and version, so urql refetches the Lagebild.
 */

export const OpenReportingCycle = graphql(`
  mutation OpenReportingCycle($input: OpenReportingCycleInput!) {
    openReportingCycle(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);

export const CloseReportingCycle = graphql(`
  mutation CloseReportingCycle($input: CloseReportingCycleInput!) {
    closeReportingCycle(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);

export const ReportIndicatorValue = graphql(`
  mutation ReportIndicatorValue($input: ReportIndicatorValueInput!) {
    reportIndicatorValue(input: $input) {
      version
      indicator {
        id
      }
    }
  }
`);
