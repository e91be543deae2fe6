import { authorize } from './permissions.js';
import { AGGREGATES } from './registry.js';
import {
  type AggregateKind,
  type AnyCommand,
  type AnyDomainEvent,
  type CommandMetadata,
  DomainError,
  isDomainError,
  type Reference,
} from './shared/index.js';

/** Follow-ups may set off follow-ups (a split drafts parts, which take up suggestions). */
export const MAX_FOLLOW_UP_DEPTH = 4;

/** An item's stream as the store has it: its current version and folded state. */
export interface LoadedStream {
  readonly version: number;
  readonly state: unknown;
}

/** One stream a command touched: what was loaded, the state after, the new events. */
export interface StreamChange {
  readonly kind: AggregateKind;
  readonly id: string;
  /** The version it was loaded at (0: new): the expected version of its append. */
  readonly loadedVersion: number;
  readonly state: unknown;
  readonly events: readonly AnyDomainEvent[];
}

/** Everything one command decided, to be appended all or nothing. */
export interface CommandOutcome {
  /** The item the command addressed. */
  readonly target: StreamChange;
  /** Every stream touched, the target first; some may have no new events. */
  readonly streams: readonly StreamChange[];
  /** Every new event in the order it was decided, with the item it belongs to. */
  readonly events: readonly {
    readonly kind: AggregateKind;
    readonly id: string;
    readonly event: AnyDomainEvent;
  }[];
  readonly followUps: number;
}

/**
 * What the loop needs from the outside. The API reads and writes PostgreSQL, the in-memory
 * runner a map; the loop itself does no I/O.
 */
export interface CommandPorts<R> {
  /** An item's current stream; undefined while it has no events. */
  load(kind: AggregateKind, id: string): Promise<LoadedStream | undefined>;
  /** Per reference, in order, whether the item exists (committed, not only decided now). */
  exists(references: readonly Reference[]): Promise<readonly boolean[]>;
  /** Writes the outcome, all or nothing, and answers the caller; also when nothing was decided. */
  append(outcome: CommandOutcome): Promise<R>;
  /** An earlier answer to the same request (a retry with a known idempotency key), if any. */
  earlier?(): Promise<R | undefined>;
}

/** The version a caller last saw of another item the command changes through a follow-up. */
export interface ExpectedVersion {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly version: number;
  /** The input field to name when it moved on, e.g. `values.3.expectedVersion`. */
  readonly field: string;
}

export interface CommandOptions {
  /** The version the caller last saw; a different current version is a CONFLICT. */
  readonly expectedVersion?: number;
  /**
   * Versions of the items the follow-ups change (a bulk report's indicators): one that moved on
   * since the caller saw it is a CONFLICT on its field, checked as it is loaded.
   */
  readonly expectedVersions?: readonly ExpectedVersion[];
}

export const versionConflict = (
  kind: AggregateKind,
  id: string,
  expected: number,
  current: number,
  field = 'expectedVersion',
) =>
  new DomainError(
    'CONFLICT',
    {
      de: `Der Eintrag wurde inzwischen geändert (Version ${current}, erwartet ${expected}). Bitte neu laden.`,
      en: `The item has changed meanwhile (version ${current}, expected ${expected}). Please reload.`,
    },
    { field, details: { kind, id, expectedVersion: expected, currentVersion: current } },
  );

const missingReference = (missing: Reference) =>
  new DomainError(
    'NOT_FOUND',
    {
      de: `${missing.kind} „${missing.id}“ gibt es nicht.`,
      en: `${missing.kind} "${missing.id}" does not exist.`,
    },
    { field: missing.field, details: { kind: missing.kind, id: missing.id } },
  );

interface Pending {
  kind: AggregateKind;
  id: string;
  loadedVersion: number;
  state: unknown;
  events: AnyDomainEvent[];
}

const keyOf = (kind: AggregateKind, id: string) => `${kind}:${id}`;

/** A follow-up's refusal, named at its place in the triggering command (`values.3.source`). */
const refusedAt = (at: string, kind: AggregateKind, id: string, error: DomainError) =>
  new DomainError(error.code, error.messages, {
    field:
      error.field === undefined
        ? at
        : error.field.startsWith(`${at}.`)
          ? error.field
          : `${at}.${error.field}`,
    details: { kind, id, ...error.details },
  });

/**
 * The command loop, the one way a command runs: authorize → (an earlier answer) → load →
 * check references → decide → evolve → follow-up commands on their aggregates, with the
 * triggering command's actor, role and now → check the expected version → append. Answers a
 * DomainError when the command is refused; then nothing is appended.
 */
export const handleCommand = async <R>(
  kind: AggregateKind,
  command: AnyCommand,
  ports: CommandPorts<R>,
  options: CommandOptions = {},
): Promise<R | DomainError> => {
  const denied = authorize(command);
  if (denied) return denied;
  const earlier = await ports.earlier?.();
  if (earlier !== undefined) return earlier;

  const streams = new Map<string, Pending>();
  const events: { kind: AggregateKind; id: string; event: AnyDomainEvent }[] = [];
  let followUps = 0;
  const expected = new Map(
    (options.expectedVersions ?? []).map((each) => [keyOf(each.kind, each.id), each]),
  );

  const run = async (
    kind: AggregateKind,
    command: AnyCommand,
    depth: number,
  ): Promise<Pending | DomainError> => {
    const aggregate = AGGREGATES[kind];
    const id = aggregate.targetOf(command);
    const key = keyOf(kind, id);
    let stream = streams.get(key);
    if (!stream) {
      const loaded = await ports.load(kind, id);
      stream = {
        kind,
        id,
        loadedVersion: loaded?.version ?? 0,
        state: loaded?.state ?? aggregate.initialState,
        events: [],
      };
      streams.set(key, stream);
      const seen = expected.get(key);
      if (seen && seen.version !== stream.loadedVersion) {
        return versionConflict(kind, id, seen.version, stream.loadedVersion, seen.field);
      }
    }
    const references = aggregate.referencesOf(command);
    if (references.length > 0) {
      const found = await ports.exists(references);
      const missing = references.find((_, index) => !found[index]);
      if (missing) return missingReference(missing);
    }
    const decided = aggregate.decide(command, stream.state);
    if (isDomainError(decided)) return decided;
    for (const event of decided) {
      stream.state = aggregate.evolve(stream.state, event);
      stream.events.push(event);
      events.push({ kind, id, event });
    }
    for (const event of decided) {
      for (const followUp of aggregate.reactionsTo(event, id)) {
        if (depth >= MAX_FOLLOW_UP_DEPTH) throw new Error('Follow-up commands nest too deeply');
        followUps += 1;
        // Follow-ups act for the same caller, now, for the same reason and evidence; only when
        // they happened comes from the event.
        const metadata: CommandMetadata = {
          ...command.metadata,
          occurredAt: followUp.command.metadata.occurredAt ?? event.occurredAt,
        };
        const failed = await run(followUp.kind, { ...followUp.command, metadata }, depth + 1);
        if (isDomainError(failed)) {
          if (followUp.at === undefined) return failed;
          const target = AGGREGATES[followUp.kind].targetOf(followUp.command);
          return refusedAt(followUp.at, followUp.kind, target, failed);
        }
      }
    }
    return stream;
  };

  const target = await run(kind, command, 0);
  if (isDomainError(target)) return target;
  const { expectedVersion } = options;
  if (expectedVersion !== undefined && expectedVersion !== target.loadedVersion) {
    return versionConflict(kind, target.id, expectedVersion, target.loadedVersion);
  }
  return ports.append({ target, streams: [...streams.values()], events, followUps });
};
