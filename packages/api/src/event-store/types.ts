/**
 * An idempotency key in full, as in the IETF idempotency-key draft: it belongs to one caller and
 * one operation, and remembers a fingerprint of the request it was first used with.
 */
export interface IdempotencyKey {
  /** Whose key it is (the actor): two callers' keys never meet. */
  readonly caller: string;
  readonly key: string;
  /** What the key was used for, e.g. the command type. */
  readonly operation: string;
  /** A hash of the request's input (see `fingerprintOf`). */
  readonly fingerprint: string;
  /** The caller's clock (ISO 8601): when the key is used, and what its age is measured against. */
  readonly at: string;
}

/** JSON as stored in jsonb. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Personal details of one subject attached to an event; stored beside the log, erasable. */
export interface PersonalRecord {
  readonly subjectId: string;
  readonly [field: string]: Json | undefined;
}

/** Who wrote, and why: shared by all events of one append. */
export interface EventMetadata {
  readonly actor?: string;
  readonly role?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly [key: string]: Json | undefined;
}

export interface NewEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  /** When it happened in the world (ISO 8601); the store sets when it was recorded. */
  readonly occurredAt: string;
  /** Per-event metadata (reason, evidence), merged over the append's metadata. */
  readonly metadata?: EventMetadata;
  readonly personalData?: readonly PersonalRecord[];
}

export interface StreamAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  /** The version the stream must be at (0: must not exist yet); undefined skips the check. */
  readonly expectedVersion?: number;
}

export interface AppendOptions {
  readonly expectedVersion?: number;
  readonly metadata?: EventMetadata;
  /**
   * An append with a live key of the same operation and input returns the original result and
   * writes nothing; with another operation or input it fails (`IdempotencyKeyReusedError`).
   */
  readonly idempotency?: IdempotencyKey;
}

export interface AppendManyOptions {
  readonly metadata?: EventMetadata;
  readonly idempotency?: IdempotencyKey;
  /**
   * By stream id, what the writer already read of the stream at its expected version (the
   * item's row), handed to the inline projections so they need not read it again.
   */
  readonly known?: ReadonlyMap<string, unknown>;
  /**
   * Filled by the inline projections: by stream id, the row each stream has after the append, so
   * the writer can answer without reading it back. Meaningful only once the append returned.
   */
  readonly projected?: Map<string, unknown>;
  /**
   * More writes that must commit with these events, or not at all: e.g. the mails they cause
   * (`enqueueMail`). Runs after the inline projections, inside the append's transaction.
   */
  readonly alsoInTransaction?: (
    tx: Transaction,
    recorded: readonly RecordedEvent[],
  ) => Promise<void>;
}

export interface StreamAppendResult {
  readonly streamId: string;
  /** The stream's version after the append: pass it as the next `expectedVersion`. */
  readonly nextExpectedVersion: number;
  /** Storage ids of the new events, in order. */
  readonly eventIds: readonly number[];
}

export interface AppendResult {
  readonly streams: readonly StreamAppendResult[];
  readonly recordedAt: string;
  /** True when an earlier append with the same idempotency key is returned. */
  readonly replayed: boolean;
}

/** Personal data as read back: erased subjects keep only their id. */
export type StoredPersonalRecord = PersonalRecord & { readonly erased?: true };

export interface RecordedEvent {
  /** Storage id: insertion order, with gaps. */
  readonly id: number;
  /** Position in the gap-free, commit-ordered global feed; null until the chain has sealed it. */
  readonly position: number | null;
  readonly streamId: string;
  readonly streamType: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly personalData: readonly StoredPersonalRecord[];
}

/** An event of the global feed, with its place in the hash chain. */
export interface FeedEvent extends Omit<RecordedEvent, 'position' | 'personalData'> {
  readonly position: number;
  readonly hash: string;
}

export interface ReadStreamOptions {
  /** Only events up to this stream version. */
  readonly toVersion?: number;
  /** Only events recorded at or before this instant (ISO 8601). */
  readonly asOf?: string;
}

import type { SQL } from 'drizzle-orm';
import type { Transaction } from '../database/connect.js';

export interface ReadAllOptions {
  /** The last global position the reader has seen (0 for the beginning). */
  readonly after?: number;
  /** Only events before this global position (paging backwards from the head). */
  readonly before?: number;
  /** Newest first: the `limit` events nearest the head (or `before`), newest at the top. */
  readonly newestFirst?: boolean;
  readonly limit?: number;
  readonly types?: readonly string[];
  readonly streamId?: string;
  /** A further condition on the event (alias `e`), e.g. what a caller may see. */
  readonly where?: SQL;
}
