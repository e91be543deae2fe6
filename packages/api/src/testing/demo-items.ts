import { type AggregateKind, DEMO_IDS } from '@fahrplan/domain';

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
  // No consultation in the demo, and no mutation on one here yet.
  Consultation: 'bt-keine',
};
