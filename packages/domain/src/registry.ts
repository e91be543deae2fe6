import { actionField } from './action-field/index.js';
import { guideline } from './guideline/index.js';
import { indicator } from './indicator/index.js';
import { measure } from './measure/index.js';
import { meeting } from './meeting/index.js';
import { strategyProcess } from './process/index.js';
import { projectIdea } from './project-idea/index.js';
import { recommendation } from './recommendation/index.js';
import { reportingCycle } from './reporting-cycle/index.js';
import type {
  Aggregate,
  AggregateKind,
  AnyCommand,
  AnyDomainEvent,
  DomainError,
  FollowUp,
  ProvenanceChange,
  Reference,
} from './shared/index.js';
import { suggestion } from './suggestion/index.js';

/**
 * An aggregate seen from outside, where commands and events arrive untyped (from GraphQL, from
 * the store). The caller checks the command type belongs to the aggregate before deciding.
 */
export interface AnyAggregate {
  readonly kind: AggregateKind;
  readonly commandTypes: readonly string[];
  readonly eventTypes: readonly string[];
  readonly initialState: unknown;
  decide(command: AnyCommand, state: unknown): readonly AnyDomainEvent[] | DomainError;
  evolve(state: unknown, event: AnyDomainEvent): unknown;
  targetOf(command: AnyCommand): string;
  referencesOf(command: AnyCommand): readonly Reference[];
  provenanceOf(event: AnyDomainEvent, itemId: string): readonly ProvenanceChange[];
  reactionsTo(event: AnyDomainEvent, itemId: string): readonly FollowUp[];
}

const erase = <C extends AnyCommand, E extends AnyDomainEvent, S>(
  aggregate: Aggregate<C, E, S>,
): AnyAggregate => aggregate as unknown as AnyAggregate;

/** Every aggregate by kind. */
export const AGGREGATES: Readonly<Record<AggregateKind, AnyAggregate>> = {
  ActionField: erase(actionField),
  Meeting: erase(meeting),
  Suggestion: erase(suggestion),
  Recommendation: erase(recommendation),
  Guideline: erase(guideline),
  ProjectIdea: erase(projectIdea),
  Measure: erase(measure),
  Indicator: erase(indicator),
  ReportingCycle: erase(reportingCycle),
  Process: erase(strategyProcess),
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
