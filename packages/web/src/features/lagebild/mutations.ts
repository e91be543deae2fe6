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

/** Every filled row of the bulk table in one command on the cycle: all or none. */
export const ReportIndicatorValues = graphql(`
  mutation ReportIndicatorValues($input: ReportIndicatorValuesInput!) {
    reportIndicatorValues(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);
