import type { DomainError } from './errors.js';
import type { AggregateKind } from './kinds.js';
import type { ProvenanceChange } from './provenance.js';
import type { AnyCommand, AnyDomainEvent, CommandMetadata } from './types.js';

/** An item a command refers to; the API checks it exists (else `NOT_FOUND` on `field`). */
export interface Reference {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly field: string;
}

/** A command another aggregate must run in the same transaction (adoption starts a Measure). */
export interface FollowUp {
  readonly kind: AggregateKind;
  readonly command: AnyCommand;
  /**
   * Where in the triggering command's data this follow-up comes from (`values.3`): its refusal
   * names that place, so a form or a sheet can point at the row.
   */
  readonly at?: string;
}

/** Marks an actor still to be inherited from the triggering command. */
export const INHERITED_ACTOR = '(inherited from the triggering command)';

/**
 * Metadata of a follow-up command. An event knows when it happened, not who issued the command
 * behind it: `handleCommand` replaces `actor`, `role`, `now` and `timeZone` with the triggering command's (and passes
 * its reason and evidence along) before it runs the follow-up in the same transaction; only
 * `occurredAt` is meant as given.
 */
export const followUpMetadata = (occurredAt: string): CommandMetadata => ({
  actor: INHERITED_ACTOR,
  role: 'team',
  now: occurredAt,
  timeZone: 'UTC',
  occurredAt,
});

/**
 * One aggregate as pure functions. `handleCommand` runs it (load the stream, `decide`, `evolve`,
 * the follow-ups, append); the API projects `provenanceOf`.
 */
export interface Aggregate<C extends AnyCommand, E extends AnyDomainEvent, S> {
  readonly kind: AggregateKind;
  readonly commandTypes: readonly C['type'][];
  readonly eventTypes: readonly E['type'][];
  readonly initialState: S;
  decide(command: C, state: S): readonly E[] | DomainError;
  evolve(state: S, event: E): S;
  /** The id of the item the command addresses. */
  targetOf(command: C): string;
  /** Other items the command refers to, which must exist. */
  referencesOf(command: C): readonly Reference[];
  /** Provenance edges the event adds or removes; `itemId` is the id of the event's item. */
  provenanceOf(event: E, itemId: string): readonly ProvenanceChange[];
  /** Commands for other aggregates that the event sets off, in the same transaction. */
  reactionsTo(event: E, itemId: string): readonly FollowUp[];
}

/**
 * `targetOf` of an aggregate whose commands all name their item in the same data field, e.g.
 * `measureId`.
 */
export const targetIn =
  <F extends string>(idField: F) =>
  <C extends { readonly data: { readonly [K in F]: string } }>(command: C): string =>
    command.data[idField];

/**
 * The ids a command lists in `field`, each a reference to an item of `kind` at its place in the
 * list (`actionFieldIds.2`), so that `NOT_FOUND` points at the row.
 */
export const referencesAt = (
  kind: AggregateKind,
  field: string,
  ids: readonly string[] = [],
): Reference[] => ids.map((id, index) => ({ kind, id, field: `${field}.${index}` }));

/** Folds events into state; the same events always give the same state. */
export const fold = <E extends AnyDomainEvent, S>(
  aggregate: Pick<Aggregate<AnyCommand, E, S>, 'evolve' | 'initialState'>,
  events: readonly E[],
): S => events.reduce(aggregate.evolve, aggregate.initialState);

/** Ends every `switch` over a union: the compiler proves no case is missing. */
export const assertNever = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};
