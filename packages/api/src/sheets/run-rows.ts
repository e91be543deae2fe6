import {
  type AggregateKind,
  type AnyCommand,
  type CommandOutcome,
  type DomainError,
  handleCommand,
  isDomainError,
} from '@fahrplan/domain';
import type { Caller } from '../auth/caller.js';
import { processOfRequest, roleForCommand } from '../auth/command-role.js';
import { appendBulk, type BulkAppend, sealUntilCaughtUp } from '../bulk/index.js';
import { referencesExist } from '../commands/references-exist.js';
import type { Database, SqlRunner } from '../database/index.js';
import { toNewEvent } from '../event-log/event-mapping.js';
import { streamIdOf } from '../event-log/streams.js';
import type { EventMacKey } from '../event-store/index.js';
import { currentState } from '../projections/item-projection.js';

/** One command a sheet's row asks for. */
export interface RowCommand {
  readonly row: number;
  readonly kind: AggregateKind;
  readonly command: Omit<AnyCommand, 'metadata'>;
}

export interface RowFailure {
  readonly row: number;
  readonly error: DomainError;
}

export interface RowsOptions {
  readonly caller: Caller;
  readonly now: string;
  readonly timeZone: string;
  /** Names the import in every event's metadata. */
  readonly correlationId: string;
  readonly eventMacKey?: EventMacKey;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RowsOutcome {
  readonly failures: readonly RowFailure[];
  /** The appends the rows decided (empty where any row failed). */
  readonly appends: readonly BulkAppend[];
  readonly events: number;
}

/**
 * Decides every row's command through the domain's command loop (authorize, references, decide,
 * follow-ups), one after the other: a later row of the same item continues from the state the
 * earlier one left. Nothing is written; `writeRows` appends what was decided.
 */
export const decideRows = async (
  runner: SqlRunner,
  commands: readonly RowCommand[],
  options: RowsOptions,
): Promise<RowsOutcome> => {
  const { caller } = options;
  const pending = new Map<string, { version: number; state: unknown }>();
  const failures: RowFailure[] = [];
  const appends: BulkAppend[] = [];
  let events = 0;
  let done = 0;
  for (const { row, kind, command: partial } of commands) {
    const base = { actor: caller.actor, now: options.now, timeZone: options.timeZone };
    const processId = await processOfRequest(runner, caller, {
      ...partial,
      metadata: { ...base, role: caller.role === 'anonymous' ? 'partner' : caller.role },
    });
    const role = roleForCommand(caller, partial.type, processId);
    if (isDomainError(role)) {
      failures.push({ row, error: role });
      continue;
    }
    const command: AnyCommand = { ...partial, metadata: { ...base, role } };
    const outcome = await handleCommand<CommandOutcome>(kind, command, {
      load: async (loadKind, id) =>
        pending.get(streamIdOf(loadKind, id)) ?? (await currentState(runner, loadKind, id)),
      exists: referencesExist(runner),
      append: async (decided) => decided,
    });
    done += 1;
    options.onProgress?.(done, commands.length);
    if (isDomainError(outcome)) {
      failures.push({ row, error: outcome });
      continue;
    }
    for (const stream of outcome.streams) {
      if (stream.events.length === 0) continue;
      const streamId = streamIdOf(stream.kind, stream.id);
      pending.set(streamId, {
        version: stream.loadedVersion + stream.events.length,
        state: stream.state,
      });
      events += stream.events.length;
      appends.push({
        streamId,
        events: stream.events.map(toNewEvent),
        expectedVersion: stream.loadedVersion,
        metadata: {
          actor: caller.actor,
          role,
          command: command.type,
          correlationId: options.correlationId,
        },
      });
    }
  }
  return failures.length > 0 ? { failures, appends: [], events: 0 } : { failures, appends, events };
};

/**
 * Appends every row's events in one transaction (all rows or none; a racer that changed an item
 * meanwhile fails the whole batch on its expected version) and extends the hash chain over them.
 */
export const writeRows = async (
  database: Database,
  outcome: RowsOutcome,
  eventMacKey: EventMacKey | undefined,
): Promise<number> => {
  if (outcome.appends.length === 0) return 0;
  const written = await appendBulk(database, outcome.appends, eventMacKey ? { eventMacKey } : {});
  await sealUntilCaughtUp(database);
  return written;
};
