import { graphql } from '../../graphql/graphql.js';

/*
 * The measure's commands. Each returns the measure's id and new version: urql then refetches
 * every view that shows a measure (its page, the list, the roadmap).
 */

export const StartMeasure = graphql(`
  mutation StartMeasure($input: StartMeasureInput!) {
    startMeasure(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const RequestMeasureCompletion = graphql(`
  mutation RequestMeasureCompletion($input: RequestMeasureCompletionInput!) {
    requestMeasureCompletion(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const ConfirmMeasureCompletion = graphql(`
  mutation ConfirmMeasureCompletion($input: ConfirmMeasureCompletionInput!) {
    confirmMeasureCompletion(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const ReturnMeasureCompletion = graphql(`
  mutation ReturnMeasureCompletion($input: ReturnMeasureCompletionInput!) {
    returnMeasureCompletion(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const StopMeasure = graphql(`
  mutation StopMeasure($input: StopMeasureInput!) {
    stopMeasure(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const ReportMeasureProgress = graphql(`
  mutation ReportMeasureProgress($input: ReportMeasureProgressInput!) {
    reportMeasureProgress(input: $input) {
      version
      measure {
        id
        progress
      }
    }
  }
`);

export const ReviseMeasure = graphql(`
  mutation ReviseMeasure($input: ReviseMeasureInput!) {
    reviseMeasure(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const PlanMilestone = graphql(`
  mutation PlanMilestone($input: PlanMilestoneInput!) {
    planMilestone(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const RescheduleMilestone = graphql(`
  mutation RescheduleMilestone($input: RescheduleMilestoneInput!) {
    rescheduleMilestone(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

export const ReachMilestone = graphql(`
  mutation ReachMilestone($input: ReachMilestoneInput!) {
    reachMilestone(input: $input) {
      version
      measure {
        id
      }
    }
  }
`);

/** The team's Sachstandsbericht: the cycle changes, the measure and its indicators with it. */
export const SubmitStatusReport = graphql(`
  mutation SubmitStatusReport($input: SubmitStatusReportInput!) {
    submitStatusReport(input: $input) {
      version
      reportingCycle {
        id
      }
    }
  }
`);
