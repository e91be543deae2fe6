import fc from 'fast-check';
import { expect } from 'vitest';
import { CURRENT_SCHEMA_VERSIONS } from '../../upcasting/registry.js';
import { type Aggregate, fold } from '../aggregate.js';
import { isDomainError } from '../errors.js';
import type { ProvenanceChange, ProvenanceEdge } from '../provenance.js';
import type { AnyCommand, AnyDomainEvent } from '../types.js';

export interface ExploreOptions<E, S> {
  /** Every `from→to` status step an event may take. */
  readonly legalSteps: ReadonlySet<string>;
  /** Collects every status reached, so a test can show the generators reach them all. */
  readonly reached: Set<string>;
  /** More checks of each event, given the state before it. */
  readonly onEvent?: (event: E, before: S) => void;
  /** More checks of the state after each command that succeeded. */
  readonly afterCommand?: (state: S) => void;
  /** When given, the item's provenance edges are tracked (see `trackEdges`) and returned. */
  readonly itemId?: string;
}

/** What a run ended with: the state, the events, the provenance edges (when tracked). */
export interface Explored<E, S> {
  readonly state: S;
  readonly history: readonly E[];
  readonly edges: ReadonlySet<string>;
}

/**
 * Decides and applies the commands one after the other, as the API would, and checks what holds
 * for every aggregate: `decide` is pure, fails only with DomainErrors, yields known events in
 * their current schema version along the lifecycle, and folding the history gives the same state.
 */
export const explore = <
  C extends AnyCommand,
  E extends AnyDomainEvent,
  S extends { status: string },
>(
  aggregate: Aggregate<C, E, S>,
  commands: readonly C[],
  { legalSteps, reached, onEvent, afterCommand, itemId }: ExploreOptions<E, S>,
): Explored<E, S> => {
  let state = aggregate.initialState;
  const history: E[] = [];
  const edges = new Set<string>();
  for (const next of commands) {
    const result = aggregate.decide(next, state);
    expect(aggregate.decide(next, state)).toEqual(result);
    if (isDomainError(result)) continue;
    expect(Array.isArray(result)).toBe(true);
    for (const event of result) {
      expect(aggregate.eventTypes).toContain(event.type);
      expect(event.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS[event.type] ?? 1);
      onEvent?.(event, state);
      if (itemId !== undefined) trackEdges(edges, aggregate.provenanceOf(event, itemId));
      const after = aggregate.evolve(state, event);
      expect(legalSteps).toContain(`${state.status}→${after.status}`);
      state = after;
      reached.add(after.status);
      history.push(event);
    }
    afterCommand?.(state);
  }
  expect(fold(aggregate, history)).toEqual(state);
  expect(fold(aggregate, history)).toEqual(fold(aggregate, history));
  return { state, history, edges };
};

/** An edge as text, `relation:Kind:id→Kind:id`, to compare sets of edges. */
export const edgeKey = ({ relation, source, target }: ProvenanceEdge): string =>
  `${relation}:${source.kind}:${source.id}→${target.kind}:${target.id}`;

/** Applies the changes to the edges seen so far: an edge is added only when absent and removed only when present. */
export const trackEdges = (edges: Set<string>, changes: readonly ProvenanceChange[]): void => {
  for (const { op, edge } of changes) {
    const key = edgeKey(edge);
    expect(edges.has(key)).toBe(op === 'remove');
    if (op === 'add') edges.add(key);
    else edges.delete(key);
  }
};

/** No key twice. */
export const expectUnique = (keys: readonly string[]): void =>
  expect(new Set(keys).size).toBe(keys.length);

/** Each status and the statuses one event may take it to (itself where edits keep it). */
export type LifecycleSteps = Readonly<Record<string, readonly string[]>>;

export interface LifecycleProperty<E, S> {
  readonly steps: LifecycleSteps;
  /** Every status the generated runs must reach, or the property proves little. */
  readonly statuses: readonly string[];
  readonly numRuns: number;
  /** The per-event and per-command checks of one run, made fresh for each run (they may count). */
  readonly checks?: () => Omit<ExploreOptions<E, S>, 'legalSteps' | 'reached'>;
  /** More checks of what one run ended with. */
  readonly afterRun?: (outcome: Explored<E, S>) => void;
}

/**
 * The property every aggregate has: any generated run of commands is explored (see `explore`)
 * along the lifecycle `steps`, and the runs together reach every status.
 */
export const checkLifecycle = <
  C extends AnyCommand,
  E extends AnyDomainEvent,
  S extends { status: string },
>(
  aggregate: Aggregate<C, E, S>,
  runs: fc.Arbitrary<readonly C[]>,
  { steps, statuses, numRuns, checks, afterRun }: LifecycleProperty<E, S>,
): void => {
  const legalSteps = new Set(
    Object.entries(steps).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`)),
  );
  const reached = new Set<string>();
  fc.assert(
    fc.property(runs, (commands) => {
      const outcome = explore(aggregate, commands, { ...checks?.(), legalSteps, reached });
      afterRun?.(outcome);
    }),
    { numRuns },
  );
  expect([...reached].sort()).toEqual([...statuses].sort());
};
