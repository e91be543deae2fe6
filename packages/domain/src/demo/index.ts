import {
  ACTION_FIELD,
  ACTOR,
  FACHKRAEFTE,
  GUIDELINE,
  INDICATOR,
  MEASURE,
  MEETING,
  PERSON,
  PHASE,
  PROCESS,
  PROJECT_IDEA,
  RECOMMENDATION,
  REPORTING_CYCLE,
  SUGGESTION,
} from './ids.js';

/** The ids a caller of the demo needs (seeding, links in the UI, tests). */
export const DEMO_IDS = {
  actionFields: ACTION_FIELD,
  meetings: MEETING,
  conference: MEETING.konferenz,
  cancelledMeeting: MEETING.lausitz,
  suggestions: SUGGESTION,
  recommendations: RECOMMENDATION,
  adoptedRecommendation: RECOMMENDATION.lotsen,
  measure: MEASURE.lotsen,
  guideline: GUIDELINE.mittelstand,
  projectIdeas: PROJECT_IDEA,
  persons: PERSON,
  actors: ACTOR,
  processes: PROCESS,
  phases: PHASE,
  fachkraefte: FACHKRAEFTE,
  indicators: INDICATOR,
  reportingCycles: REPORTING_CYCLE,
  openReportingCycle: REPORTING_CYCLE.halbjahr2025b,
} as const;

export { type DemoScenarioOptions, demoScenario } from './scenario.js';
export type { DemoStep } from './step.js';
export {
  describeFailures,
  type RunResult,
  runSteps,
} from './testing/in-memory-runner.js';
