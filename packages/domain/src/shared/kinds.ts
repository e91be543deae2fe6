/** The kinds of item; PascalCase as in the GraphQL schema. */
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
] as const;
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];
