import {
  AGGREGATES,
  type AggregateKind,
  type AnyCommand,
  type AnyDomainEvent,
  authorize,
  type CommandMetadata,
  DomainError,
  isDomainError,
  kindOfCommand,
  type Reference,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import {
  ConcurrencyError,
  type EventStore,
  type IdempotencyKey,
  IdempotencyKeyReusedError,
  type StreamAppend,
} from '../event-store/index.js';
import { currentState } from '../projections/item-projection.js';
import { toNewEvent } from './event-mapping.js';
import { idempotencyOf, keyReused } from './idempotency.js';
import { parseStreamId, streamIdOf } from './streams.js';

/** Follow-ups may set off follow-ups (a split drafts parts, which take up suggestions). */
const MAX_FOLLOW_UP_DEPTH = 4;

export interface CommandRequest {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: CommandMetadata;
  /** The version the caller last saw; a different current version is a CONFLICT. */
  readonly expectedVersion?: number;
  /** At most 255 characters (`MAX_IDEMPOTENCY_KEY_LENGTH`); alive for 24 hours from `metadata.now`. */
  readonly idempotencyKey?: string;
  /**
   * The fingerprint of what the client sent (`fingerprintOf`), where `data` holds ids generated
   * for it that a retry would not repeat. Default: the command's data, version, time and reason.
   */
  readonly inputFingerprint?: string;
  readonly correlationId?: string;
}

export interface CommandResult {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly version: number;
  readonly state: unknown;
  /** True when the idempotency key was seen before and nothing new was written. */
  readonly replayed: boolean;
}

interface PendingStream {
  kind: AggregateKind;
  id: string;
  loadedVersion: number;
  state: unknown;
  events: AnyDomainEvent[];
}

const conflict = (kind: AggregateKind, id: string, expected: number, current: number) =>
  new DomainError(
    'CONFLICT',
    {
      de: `Der Eintrag wurde inzwischen geändert (Version ${current}, erwartet ${expected}). Bitte neu laden.`,
      en: `The item has changed meanwhile (version ${current}, expected ${expected}). Please reload.`,
    },
    {
      field: 'expectedVersion',
      details: { kind, id, expectedVersion: expected, currentVersion: current },
    },
  );

/**
 * Runs one command: authorize → load → check references → decide → follow-ups → append every
 * stream with its expected version, projections in the same transaction. All or nothing.
 */
export const createCommandExecutor = (database: Database, store: EventStore) => {
  const missingReferences = async (references: readonly Reference[]) => {
    if (references.length === 0) return undefined;
    const rows = await database.rows<{ kind: string; id: string }>(sql`
      SELECT kind, id FROM item_versions WHERE valid_to IS NULL AND status <> 'empty' AND (kind, id) IN (
        ${sql.join(
          references.map((ref) => sql`(${ref.kind}, ${ref.id})`),
          sql`, `,
        )})`);
    const found = new Set(rows.map((row) => `${row.kind}:${row.id}`));
    return references.find((ref) => !found.has(`${ref.kind}:${ref.id}`));
  };

  const run = async (
    streams: Map<string, PendingStream>,
    kind: AggregateKind,
    command: AnyCommand,
    depth: number,
  ): Promise<PendingStream> => {
    const aggregate = AGGREGATES[kind];
    const id = aggregate.targetOf(command);
    const key = streamIdOf(kind, id);
    let stream = streams.get(key);
    if (!stream) {
      const current = await currentState(database, kind, id);
      stream = {
        kind,
        id,
        loadedVersion: current?.version ?? 0,
        state: current?.state ?? aggregate.initialState,
        events: [],
      };
      streams.set(key, stream);
    }
    const missing = await missingReferences(aggregate.referencesOf(command));
    if (missing) {
      throw new DomainError(
        'NOT_FOUND',
        {
          de: `${missing.kind} „${missing.id}“ gibt es nicht.`,
          en: `${missing.kind} "${missing.id}" does not exist.`,
        },
        { field: missing.field, details: { kind: missing.kind, id: missing.id } },
      );
    }
    const decided = aggregate.decide(command, stream.state);
    if (isDomainError(decided)) throw decided;
    for (const event of decided) {
      stream.state = aggregate.evolve(stream.state, event);
      stream.events.push(event);
    }
    for (const event of decided) {
      for (const followUp of aggregate.reactionsTo(event, id)) {
        if (depth >= MAX_FOLLOW_UP_DEPTH) throw new Error('Follow-up commands nest too deeply');
        // Follow-ups act for the same caller, now, for the same reason and evidence; only when
        // they happened comes from the event.
        const metadata: CommandMetadata = {
          ...command.metadata,
          occurredAt: followUp.command.metadata.occurredAt ?? event.occurredAt,
        };
        await run(streams, followUp.kind, { ...followUp.command, metadata }, depth + 1);
      }
    }
    return stream;
  };

  /** A retried command with a known key answers as the first time did, before any check. */
  const replay = async (key: IdempotencyKey): Promise<CommandResult | undefined> => {
    const earlier = await store.replayOf(key).catch((error: unknown) => {
      throw error instanceof IdempotencyKeyReusedError ? keyReused(error) : error;
    });
    const stream = earlier?.streams[0];
    const item = stream && parseStreamId(stream.streamId);
    if (!stream || !item) return undefined;
    const current = await currentState(database, item.kind, item.id);
    return {
      kind: item.kind,
      id: item.id,
      version: stream.nextExpectedVersion,
      state: current?.state,
      replayed: true,
    };
  };

  return async (request: CommandRequest): Promise<CommandResult> => {
    const kind = kindOfCommand(request.type);
    if (!kind) throw new Error(`Unknown command ${request.type}`);
    const command: AnyCommand = {
      type: request.type,
      data: request.data,
      metadata: request.metadata,
    };
    const denied = authorize(command);
    if (denied) throw denied;
    const idempotency = idempotencyOf(request);
    if (idempotency) {
      const replayed = await replay(idempotency);
      if (replayed) return replayed;
    }

    const streams = new Map<string, PendingStream>();
    const target = await run(streams, kind, command, 0);
    if (request.expectedVersion !== undefined && request.expectedVersion !== target.loadedVersion) {
      throw conflict(kind, target.id, request.expectedVersion, target.loadedVersion);
    }
    const appends: StreamAppend[] = [...streams.values()]
      .filter((stream) => stream.events.length > 0)
      .map((stream) => ({
        streamId: streamIdOf(stream.kind, stream.id),
        events: stream.events.map(toNewEvent),
        expectedVersion: stream.loadedVersion,
      }));
    if (appends.length === 0) {
      return {
        kind,
        id: target.id,
        version: target.loadedVersion,
        state: target.state,
        replayed: false,
      };
    }
    try {
      const result = await store.appendMany(appends, {
        metadata: {
          actor: request.metadata.actor,
          role: request.metadata.role,
          command: request.type,
          ...(request.correlationId === undefined ? {} : { correlationId: request.correlationId }),
        },
        ...(idempotency ? { idempotency } : {}),
      });
      if (result.replayed && idempotency) {
        // Lost a race with the same key: answer as the winner did.
        const replayed = await replay(idempotency);
        if (replayed) return replayed;
      }
      const current = await currentState(database, kind, target.id);
      return {
        kind,
        id: target.id,
        version: current?.version ?? target.loadedVersion,
        state: current?.state ?? target.state,
        replayed: result.replayed,
      };
    } catch (error) {
      if (error instanceof IdempotencyKeyReusedError) throw keyReused(error);
      if (error instanceof ConcurrencyError) {
        const stream = [...streams.values()].find(
          (candidate) => streamIdOf(candidate.kind, candidate.id) === error.streamId,
        );
        throw conflict(
          stream?.kind ?? kind,
          stream?.id ?? target.id,
          stream?.loadedVersion ?? target.loadedVersion,
          error.currentVersion,
        );
      }
      throw error;
    }
  };
};

export type CommandExecutor = ReturnType<typeof createCommandExecutor>;
