import { authorize } from '../../permissions.js';
import { AGGREGATES } from '../../registry.js';
import {
  type AggregateKind,
  type AnyCommand,
  type AnyDomainEvent,
  type CommandMetadata,
  type DomainError,
  isDomainError,
  notFound,
} from '../../shared/index.js';
import type { DemoStep } from '../step.js';

/** Follow-ups may set off follow-ups (a split drafts parts, which take up suggestions). */
const MAX_FOLLOW_UP_DEPTH = 4;

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

const keyOf = (kind: AggregateKind, id: string) => `${kind}:${id}`;

/**
 * Runs steps as the API does, in memory: authorize, fold the stream, check references exist
 * (an item exists once it has an event; items made in the same transaction do not count yet),
 * decide, then the follow-ups on their aggregates with the triggering command's actor, role and
 * now, each step all or nothing. A failed step is recorded and leaves no trace.
 */
export const runSteps = (steps: readonly DemoStep[]): RunResult => {
  const streams = new Map<string, Stream>();
  const log: { kind: AggregateKind; id: string; event: AnyDomainEvent }[] = [];
  const failures: Failure[] = [];
  let followUps = 0;

  const run = (
    pending: Map<string, Stream>,
    kind: AggregateKind,
    command: AnyCommand,
    depth: number,
  ): DomainError | undefined => {
    const aggregate = AGGREGATES[kind];
    const id = aggregate.targetOf(command);
    const key = keyOf(kind, id);
    const before = pending.get(key) ?? streams.get(key);
    let stream: Stream = before ?? { kind, id, state: aggregate.initialState, events: [] };
    const missing = aggregate
      .referencesOf(command)
      .find((ref) => (streams.get(keyOf(ref.kind, ref.id))?.events.length ?? 0) === 0);
    if (missing) return notFound(missing.field, missing.id);
    const decided = aggregate.decide(command, stream.state);
    if (isDomainError(decided)) return decided;
    for (const event of decided) {
      stream = {
        ...stream,
        state: aggregate.evolve(stream.state, event),
        events: [...stream.events, event],
      };
      log.push({ kind, id, event });
    }
    pending.set(key, stream);
    for (const event of decided) {
      for (const followUp of aggregate.reactionsTo(event, id)) {
        if (depth >= MAX_FOLLOW_UP_DEPTH) throw new Error('Follow-up commands nest too deeply');
        followUps += 1;
        const metadata: CommandMetadata = {
          ...command.metadata,
          occurredAt: followUp.command.metadata.occurredAt ?? event.occurredAt,
        };
        const failed = run(pending, followUp.kind, { ...followUp.command, metadata }, depth + 1);
        if (failed) return failed;
      }
    }
    return undefined;
  };

  steps.forEach(({ kind, command }, index) => {
    const logged = log.length;
    const pending = new Map<string, Stream>();
    const error = authorize(command) ?? run(pending, kind, command, 0);
    if (error) {
      failures.push({ index, command, error });
      log.splice(logged);
      return;
    }
    for (const [key, stream] of pending) streams.set(key, stream);
  });
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
