import { AGGREGATE_KINDS, type AggregateKind, DEMO_IDS } from '@fahrplan/domain';
import { TEST_CONSULTATION_ID } from './consultation.js';

/**
 * A real item of each kind from the seeded demo (`seedDemo`), so that a call generated for any
 * kind reaches the domain.
 */
export const DEMO_ITEM_OF_KIND: Readonly<Record<AggregateKind, string>> = {
  ActionField: DEMO_IDS.actionFields.digitalisierung,
  Meeting: DEMO_IDS.conference,
  Suggestion: Object.values(DEMO_IDS.suggestions)[0] ?? '',
  Recommendation: DEMO_IDS.recommendations.testfelder,
  Guideline: DEMO_IDS.guideline,
  ProjectIdea: DEMO_IDS.projectIdeas.lernfabrik,
  Measure: DEMO_IDS.measure,
  Indicator: DEMO_IDS.indicators.kmuDigital,
  ReportingCycle: DEMO_IDS.openReportingCycle,
  Process: DEMO_IDS.processes.fachkraefte,
  // Not in the demo: a spec that needs it opens it with `openConsultation` (testing/consultation.ts).
  Consultation: TEST_CONSULTATION_ID,
};

/**
 * The seven kinds of the strategy work, by their GraphQL list (`actionFields` … `measures`: the
 * kind in camel case, plural).
 */
export const ITEM_LISTS: readonly (readonly [list: string, kind: AggregateKind])[] =
  AGGREGATE_KINDS.slice(0, 7).map((kind) => [
    `${kind.charAt(0).toLowerCase()}${kind.slice(1)}s`,
    kind,
  ]);
