import {
  type AnyCommand,
  type CommandOutcome,
  type CommandPorts,
  handleCommand,
  isDomainError,
  kindOfCommand,
  versionConflict,
} from '@fahrplan/domain';
import type { Database } from '../database/index.js';
import { toNewEvent } from '../event-log/event-mapping.js';
import { parseStreamId, streamIdOf } from '../event-log/streams.js';
import {
  ConcurrencyError,
  type EventStore,
  type IdempotencyKey,
  IdempotencyKeyReusedError,
} from '../event-store/index.js';
import {
  type CurrentItem,
  currentState,
  type ProjectedItem,
} from '../projections/item-projection.js';
import { idempotencyOf, keyReused } from './idempotency.js';
import { referencesExist } from './references-exist.js';
import type { CommandRequest, CommandResult } from './request.js';

export type { CommandRequest, CommandResult } from './request.js';

/**
 * Runs one command through the domain's command loop (`handleCommand`) over PostgreSQL: items
 * load from their current row, references are checked with one query, and every touched stream
 * is appended with its expected version, projections in the same transaction. All or nothing.
 * Each item's row is read once: the projection and the answer reuse what was loaded.
 */
export const createCommandExecutor = (database: Database, store: EventStore) => {
  const exists = referencesExist(database);

  /** A retried command with a known key answers as the first time did. */
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
    // Checked once authorized (a refused caller learns nothing about its key), before loading.
    let idempotency: IdempotencyKey | undefined;
    /** The rows as loaded, by stream id: handed to the item projection. */
    const loaded = new Map<string, CurrentItem | undefined>();
    /** The rows the append projected, by stream id: the answer's item. */
    const projected = new Map<string, unknown>();

    const append = async ({ target, streams }: CommandOutcome): Promise<CommandResult> => {
      const answer = (version: number, replayed: boolean): CommandResult => ({
        kind,
        id: target.id,
        version,
        state: target.state,
        replayed,
      });
      const changed = streams.filter((stream) => stream.events.length > 0);
      if (changed.length === 0) return answer(target.loadedVersion, false);
      const targetStreamId = streamIdOf(target.kind, target.id);
      try {
        const result = await store.appendMany(
          changed.map((stream) => ({
            streamId: streamIdOf(stream.kind, stream.id),
            events: stream.events.map(toNewEvent),
            expectedVersion: stream.loadedVersion,
          })),
          {
            metadata: {
              actor: request.metadata.actor,
              role: request.metadata.role,
              command: request.type,
              ...(request.correlationId === undefined
                ? {}
                : { correlationId: request.correlationId }),
            },
            ...(idempotency ? { idempotency } : {}),
            known: loaded,
            projected,
            ...(request.alsoInTransaction ? { alsoInTransaction: request.alsoInTransaction } : {}),
          },
        );
        if (result.replayed && idempotency) {
          // Lost a race with the same key: answer as the winner did.
          const replayed = await replay(idempotency);
          if (replayed) return replayed;
        }
        const appended = result.streams.find((stream) => stream.streamId === targetStreamId);
        const row = result.replayed
          ? undefined
          : (projected.get(targetStreamId) as ProjectedItem | undefined);
        return {
          ...answer(appended?.nextExpectedVersion ?? target.loadedVersion, result.replayed),
          ...(row ? { row } : {}),
        };
      } catch (error) {
        if (error instanceof IdempotencyKeyReusedError) throw keyReused(error);
        if (error instanceof ConcurrencyError) {
          const stream =
            streams.find(
              (candidate) => streamIdOf(candidate.kind, candidate.id) === error.streamId,
            ) ?? target;
          throw versionConflict(stream.kind, stream.id, stream.loadedVersion, error.currentVersion);
        }
        throw error;
      }
    };

    const ports: CommandPorts<CommandResult> = {
      load: async (kind, id) => {
        if (request.freshIds?.has(id)) {
          loaded.set(streamIdOf(kind, id), undefined);
          return undefined;
        }
        const row = await currentState(database, kind, id);
        loaded.set(streamIdOf(kind, id), row);
        return row;
      },
      exists,
      append,
      earlier: async () => {
        idempotency = idempotencyOf(request);
        return idempotency && replay(idempotency);
      },
    };
    const result = await handleCommand(kind, command, ports, {
      ...(request.expectedVersion === undefined
        ? {}
        : { expectedVersion: request.expectedVersion }),
      ...(request.expectedVersions ? { expectedVersions: request.expectedVersions } : {}),
    });
    if (isDomainError(result)) throw result;
    return result;
  };
};

export type CommandExecutor = ReturnType<typeof createCommandExecutor>;
