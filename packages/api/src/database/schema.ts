import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id; drizzle has no built-in type for it. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** Millisecond precision, so a JavaScript Date holds the stored value exactly (hashes rely on it). */
const instant = (name: string) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: 'string' });

/**
 * The append-only log. `id` is the insertion order (with gaps after rollbacks); the commit-safe,
 * gap-free global order is `event_chain.position`, assigned after commit.
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
    streamId: text('stream_id').notNull(),
    streamType: text('stream_type').notNull(),
    streamVersion: integer('stream_version').notNull(),
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    data: jsonb('data').notNull(),
    metadata: jsonb('metadata').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    recordedAt: instant('recorded_at').notNull().default(sql`now()`),
  },
  (table) => [
    unique('events_stream_version_key').on(table.streamId, table.streamVersion),
    index('events_tx_order_idx').on(table.txId, table.id),
  ],
);

/**
 * The tamper-evident hash chain, which also fixes the global order: each committed event gets the
 * next gap-free `position` and `hash = sha256(previous hash ‖ canonical event bytes)`.
 */
export const eventChain = pgTable('event_chain', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventId: bigint('event_id', { mode: 'number' }).notNull().unique(),
  txId: xid8('tx_id').notNull(),
  hash: text('hash').notNull(),
});

/** Personal data beside the log, out of the hashed bytes, so it can be erased (GDPR). */
export const personalData = pgTable(
  'personal_data',
  {
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data'),
    erasedAt: instant('erased_at'),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.subjectId] }),
    index('personal_data_subject_idx').on(table.subjectId),
  ],
);

/** Appends made with an idempotency key, and what they returned. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  result: jsonb('result').notNull(),
  recordedAt: instant('recorded_at').notNull().default(sql`now()`),
});
