/**
 * The kinds of item: the seven of the strategy work, the Lagebild's indicators and reporting
 * cycles, and the process they belong to; PascalCase as in the GraphQL schema.
 */
export const AGGREGATE_KINDS = [
  'ActionField',
  'Meeting',
  'Suggestion',
  'Recommendation',
  'Guideline',
  'ProjectIdea',
  'Measure',
  'Indicator',
  'ReportingCycle',
  'Process',
  'Consultation',
] as const;
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];
