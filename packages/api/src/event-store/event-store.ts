import type { Database, Transaction } from '../database/index.js';
import {
  appendFused,
  currentVersion,
  type FusedPart,
  insertPersonalData,
  insertStreamEvents,
} from './append.js';
import { verifyFully, verifyIncrementally } from './audit.js';
import { sealPending } from './chain.js';
import { ConcurrencyError, pgErrorOf } from './errors.js';
import type { EventMacKey } from './event-mac.js';
import { findIdempotent, IDEMPOTENCY_KEY_TTL_MS, recordIdempotent } from './idempotency.js';
import { DEFAULT_READ_ALL_LIMIT, readFeed, readStream } from './read.js';
import type {
  AppendManyOptions,
  AppendOptions,
  AppendResult,
  FeedEvent,
  IdempotencyKey,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
} from './types.js';
import type { VerifyOptions, VerifyResult } from './verify.js';
import { type MacReport, verifyEventMacs } from './verify-macs.js';

/**
 * Runs inside the append's transaction: projections that must commit with the events. `known`
 * is what the writer already read of each stream (`AppendManyOptions.known`); `projected`, where
 * given, is where it leaves each stream's row after the append (`AppendManyOptions.projected`).
 */
export type InlineProjection = ((
  tx: Transaction,
  events: readonly RecordedEvent[],
  known: ReadonlyMap<string, unknown>,
  projected?: Map<string, unknown>,
) => Promise<void>) & {
  /**
   * The same projection as part of a lone stream's append statement (see `appendFused`), from
   * the events as they will be recorded; undefined where it cannot be (then it runs as above).
   */
  readonly fuse?: (
    events: readonly RecordedEvent[],
    known: ReadonlyMap<string, unknown>,
    projected?: Map<string, unknown>,
  ) => FusedPart | undefined;
};

const NOTHING_KNOWN: ReadonlyMap<string, unknown> = new Map();

/** How long the background sealer waits after a commit for more to seal with it. */
const SEAL_DELAY_MS = 5;

export interface EventStoreOptions {
  readonly inlineProjections?: readonly InlineProjection[];
  /** Extend the hash chain right after each commit (default true); off for bulk imports. */
  readonly autoSeal?: boolean;
  /** Also seal on a timer: catches appends of other processes sharing the database. */
  readonly sealEveryMs?: number;
  /** How long an idempotency key holds its result (default 24 h). */
  readonly idempotencyTtlMs?: number;
  /** Mark every appended event as written by this application (see event-mac.ts). */
  readonly eventMacKey?: EventMacKey;
}

/** A racer with the same idempotency key committed first: roll back, answer with its result. */
class KeyTakenMeanwhile extends Error {}

export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Several streams in one transaction, each with its own expected version: all or nothing. */
  appendMany(appends: readonly StreamAppend[], options?: AppendManyOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The global feed in commit order, gap-free: `after` is the last position seen. */
  readAll(options?: ReadAllOptions): Promise<FeedEvent[]>;
  /**
   * The result of an earlier append with this idempotency key, if it is alive; throws
   * `IdempotencyKeyReusedError` if the key was used for another operation or input.
   */
  replayOf(idempotency: IdempotencyKey): Promise<AppendResult | undefined>;
  /** Extends the hash chain over everything committed so far. */
  seal(): Promise<void>;
  /** The full verification of every event: the authority (`pnpm fahrplan verify`). */
  verify(options?: Omit<VerifyOptions, 'from'>): Promise<VerifyResult>;
  /**
   * Seals, then verifies what is new since the last verification (see `verifyIncrementally`).
   * Single-flight: callers arriving while one runs share its result.
   */
  audit(): Promise<VerifyResult>;
  /** Which events no process holding the key wrote (see verify-macs.ts). */
  verifyMacs(key: EventMacKey): Promise<MacReport>;
  /** Waits for background sealing to finish. */
  close(): Promise<void>;
}

const isUniqueViolation = (error: unknown, constraint: string): boolean => {
  const pg = pgErrorOf(error);
  return pg.code === '23505' && (pg.constraint === undefined || pg.constraint === constraint);
};

export const createEventStore = (
  database: Database,
  storeOptions: EventStoreOptions = {},
): EventStore => {
  const projections = storeOptions.inlineProjections ?? [];
  const autoSeal = storeOptions.autoSeal ?? true;
  const ttlMs = storeOptions.idempotencyTtlMs ?? IDEMPOTENCY_KEY_TTL_MS;
  let sealing: Promise<void> | undefined;
  let sealAgain = false;

  const seal = async (): Promise<void> => {
    await sealPending(database);
  };

  /** Coalesces seals: many appends in a burst cost one sealing pass (or two). */
  const scheduleSeal = (): void => {
    if (sealing) {
      sealAgain = true;
      return;
    }
    sealing = (async () => {
      do {
        // A moment's pause lets a burst of appends share one sealing pass (and one fsync).
        await new Promise((resolve) => setTimeout(resolve, SEAL_DELAY_MS));
        sealAgain = false;
        // Queues behind a sealer of another process rather than leave this commit unsealed
        // until the next timer tick; it runs after the append returned, so no writer waits.
        await sealPending(database);
      } while (sealAgain);
    })()
      .catch(() => {
        // A failed background seal is retried by the next append or read; nothing is lost.
      })
      .finally(() => {
        sealing = undefined;
      });
  };

  const timer =
    storeOptions.sealEveryMs === undefined
      ? undefined
      : setInterval(scheduleSeal, storeOptions.sealEveryMs);
  timer?.unref();

  let auditing: Promise<VerifyResult> | undefined;
  const audit = (): Promise<VerifyResult> => {
    auditing ??= (async () => {
      await sealPending(database);
      return verifyIncrementally(database);
    })().finally(() => {
      auditing = undefined;
    });
    return auditing;
  };

  const replayOf = (idempotency: IdempotencyKey) => findIdempotent(database, idempotency, ttlMs);

  const appendInTransaction = async (
    tx: Transaction,
    appends: readonly StreamAppend[],
    options: AppendManyOptions,
  ): Promise<AppendResult> => {
    const results = [];
    const recorded: RecordedEvent[] = [];
    for (const append of appends) {
      const inserted = await insertStreamEvents(
        tx,
        append,
        options.metadata ?? {},
        storeOptions.eventMacKey,
      );
      results.push(inserted.result);
      recorded.push(...inserted.recorded);
    }
    await insertPersonalData(tx, recorded);
    const result: AppendResult = {
      streams: results,
      recordedAt: recorded[0]?.recordedAt ?? '',
      replayed: false,
    };
    if (options.idempotency && !(await recordIdempotent(tx, options.idempotency, result, ttlMs))) {
      throw new KeyTakenMeanwhile();
    }
    for (const project of projections) {
      await project(tx, recorded, options.known ?? NOTHING_KNOWN, options.projected);
    }
    await options.alsoInTransaction?.(tx, recorded);
    return result;
  };

  const appendMany: EventStore['appendMany'] = async (appends, options = {}) => {
    const key = options.idempotency;
    if (key) {
      const earlier = await replayOf(key);
      if (earlier) return earlier;
    }
    const [lone] = appends;
    const fusable =
      appends.length === 1 &&
      lone?.expectedVersion !== undefined &&
      key === undefined &&
      options.alsoInTransaction === undefined &&
      projections.length > 0 &&
      lone.events.every((event) => !event.personalData?.length);
    const simple =
      appends.length === 1 &&
      key === undefined &&
      options.alsoInTransaction === undefined &&
      projections.length === 0 &&
      appends.every((append) => append.events.every((event) => !event.personalData?.length));
    try {
      // A lone stream at a known version, with its projections: one statement, if they can.
      const fused =
        fusable && lone?.expectedVersion !== undefined
          ? await appendFused(
              database,
              { ...lone, expectedVersion: lone.expectedVersion },
              options.metadata ?? {},
              storeOptions.eventMacKey,
              (events) => {
                const parts = projections.map((project) =>
                  project.fuse?.(events, options.known ?? NOTHING_KNOWN, options.projected),
                );
                return parts.every((part) => part !== undefined) ? parts : undefined;
              },
            )
          : undefined;
      if (fused) {
        if (autoSeal) scheduleSeal();
        return {
          streams: [fused.result],
          recordedAt: fused.recorded[0]?.recordedAt ?? '',
          replayed: false,
        };
      }
      // A lone stream's insert is one statement, its own transaction: the fastest safe path.
      const result = simple
        ? await appendInTransaction(database, appends, options)
        : await database.transaction((tx) => appendInTransaction(tx, appends, options));
      if (autoSeal) scheduleSeal();
      return result;
    } catch (error) {
      if (error instanceof ConcurrencyError) throw error;
      if (isUniqueViolation(error, 'events_stream_version_key')) {
        // The transaction is rolled back: find which stream lost the race, and its version now.
        for (const append of appends) {
          const current = await currentVersion(database, append.streamId);
          if (append.expectedVersion === undefined || current !== append.expectedVersion) {
            throw new ConcurrencyError(append.streamId, append.expectedVersion, current);
          }
        }
      }
      if (key && error instanceof KeyTakenMeanwhile) {
        const earlier = await replayOf(key);
        if (earlier) return earlier;
      }
      throw error;
    }
  };

  return {
    append: (streamId, events, { expectedVersion, ...rest } = {}) =>
      appendMany([{ streamId, events, expectedVersion }], rest),
    appendMany,
    readStream: (streamId, options) => readStream(database, streamId, options),
    readAll: async (options = {}) => {
      // A full page needs no seal: more sealed events follow anyway. Only a reader at the head
      // seals first, so it also gets what committed a moment ago.
      if (options.newestFirst && options.before === undefined) await seal();
      const page = await readFeed(database, options);
      if (page.length >= (options.limit ?? DEFAULT_READ_ALL_LIMIT)) return page;
      await seal();
      return readFeed(database, options);
    },
    replayOf,
    seal,
    verify: (options) => verifyFully(database, options),
    audit,
    verifyMacs: (key) => verifyEventMacs(database, key),
    close: async () => {
      clearInterval(timer);
      await sealing;
    },
  };
};
