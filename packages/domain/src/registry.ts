import { type ActionFieldEvent, actionField } from './action-field/index.js';
import { type ConsultationEvent, consultation } from './consultation/index.js';
import { type GuidelineEvent, guideline } from './guideline/index.js';
import { type IndicatorEvent, indicator } from './indicator/index.js';
import { type MeasureEvent, measure } from './measure/index.js';
import { type MeetingEvent, meeting } from './meeting/index.js';
import { type ProcessEvent, strategyProcess } from './process/index.js';
import { type ProjectIdeaEvent, projectIdea } from './project-idea/index.js';
import { type RecommendationEvent, recommendation } from './recommendation/index.js';
import { type ReportingCycleEvent, reportingCycle } from './reporting-cycle/index.js';
import type { Aggregate, AggregateKind, AnyCommand, AnyDomainEvent } from './shared/index.js';
import { type SuggestionEvent, suggestion } from './suggestion/index.js';

/**
 * An aggregate seen from outside, where commands and events arrive untyped (from GraphQL, from
 * the store). The caller checks the command type belongs to the aggregate before deciding.
 */
export type AnyAggregate = Aggregate<AnyCommand, AnyDomainEvent, unknown>;

/** Every event of every item's aggregate (a user's own events aside). */
export type ItemEvent =
  | ActionFieldEvent
  | MeetingEvent
  | SuggestionEvent
  | RecommendationEvent
  | GuidelineEvent
  | ProjectIdeaEvent
  | MeasureEvent
  | IndicatorEvent
  | ReportingCycleEvent
  | ProcessEvent
  | ConsultationEvent;

/** Every aggregate by kind. */
export const AGGREGATES: Readonly<Record<AggregateKind, AnyAggregate>> = {
  ActionField: actionField,
  Meeting: meeting,
  Suggestion: suggestion,
  Recommendation: recommendation,
  Guideline: guideline,
  ProjectIdea: projectIdea,
  Measure: measure,
  Indicator: indicator,
  ReportingCycle: reportingCycle,
  Process: strategyProcess,
  Consultation: consultation,
};

const byCommand = new Map<string, AggregateKind>();
const byEvent = new Map<string, AggregateKind>();
for (const aggregate of Object.values(AGGREGATES)) {
  for (const type of aggregate.commandTypes) byCommand.set(type, aggregate.kind);
  for (const type of aggregate.eventTypes) byEvent.set(type, aggregate.kind);
}

/** The aggregate a command type belongs to. */
export const kindOfCommand = (type: string): AggregateKind | undefined => byCommand.get(type);

/** The aggregate an event type belongs to. */
export const kindOfEvent = (type: string): AggregateKind | undefined => byEvent.get(type);
