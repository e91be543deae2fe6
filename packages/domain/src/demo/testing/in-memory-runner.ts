import { handleCommand } from '../../handle-command.js';
import type { AggregateKind, AnyCommand, AnyDomainEvent, DomainError } from '../../shared/index.js';
import { isDomainError } from '../../shared/index.js';
import type { DemoStep } from '../step.js';

export interface Stream {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly state: unknown;
  readonly events: readonly AnyDomainEvent[];
}

export interface Failure {
  readonly index: number;
  readonly command: AnyCommand;
  readonly error: DomainError;
}

export interface RunResult {
  readonly streams: ReadonlyMap<string, Stream>;
  /** Every event, in the order it was appended, with the item it belongs to. */
  readonly log: readonly {
    readonly kind: AggregateKind;
    readonly id: string;
    readonly event: AnyDomainEvent;
  }[];
  readonly followUps: number;
  readonly failures: readonly Failure[];
}

interface MutableStream {
  readonly kind: AggregateKind;
  readonly id: string;
  state: unknown;
  readonly events: AnyDomainEvent[];
}

const keyOf = (kind: AggregateKind, id: string) => `${kind}:${id}`;

/**
 * Runs steps through the API's command loop (`handleCommand`), with a map for the store: an
 * item exists once it has an event (items made in the same command do not count yet), each step
 * all or nothing. A failed step is recorded and leaves no trace.
 */
export const runSteps = async (steps: readonly DemoStep[]): Promise<RunResult> => {
  // Each stream's list grows in place: copying it per append made a run quadratic in stream length.
  const streams = new Map<string, MutableStream>();
  const log: { kind: AggregateKind; id: string; event: AnyDomainEvent }[] = [];
  const failures: Failure[] = [];
  let followUps = 0;

  for (const [index, { kind, command }] of steps.entries()) {
    const result = await handleCommand(kind, command, {
      load: async (kind, id) => {
        const stream = streams.get(keyOf(kind, id));
        return stream && { version: stream.events.length, state: stream.state };
      },
      exists: async (references) =>
        references.map((ref) => (streams.get(keyOf(ref.kind, ref.id))?.events.length ?? 0) > 0),
      append: async (outcome) => {
        for (const change of outcome.streams) {
          const key = keyOf(change.kind, change.id);
          const stream = streams.get(key);
          if (stream) {
            stream.state = change.state;
            for (const event of change.events) stream.events.push(event);
          } else {
            const { kind, id, state } = change;
            streams.set(key, { kind, id, state, events: [...change.events] });
          }
        }
        log.push(...outcome.events);
        followUps += outcome.followUps;
      },
    });
    if (isDomainError(result)) failures.push({ index, command, error: result });
  }
  return { streams, log, followUps, failures };
};

/** The states of every item of a kind, typed by the caller (the registry erases them). */
export const statesOf = <S>(result: RunResult, kind: AggregateKind): S[] =>
  [...result.streams.values()].filter((s) => s.kind === kind).map((s) => s.state as S);

/** A readable line per failure, for test messages. */
export const describeFailures = (failures: readonly Failure[]): string =>
  failures
    .map(
      ({ index, command, error }) =>
        `#${index} ${command.type}: ${error.code} ${error.field ?? ''} ${error.messages.en}`,
    )
    .join('\n');
