import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
    /**
     * Proof that an API process holding the signing key wrote the event (`v1.<keyId>.<nonce>.<mac>`,
     * see event-store/event-mac.ts); null for events written without a key (the legacy range).
     * Outside the hashed bytes, so logs and backups from before it still verify.
     */
    mac: text('mac'),
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

/**
 * How far the chain has been verified, shared by every API process: `audit` verifies only what
 * came after `position` (and that `hash` still stands there). One row. `finding` holds what the
 * last full verification found, reported by `audit` until a full verification passes again.
 */
export const chainVerification = pgTable(
  'chain_verification',
  {
    id: boolean('id').primaryKey().default(true),
    position: bigint('position', { mode: 'number' }).notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    txId: xid8('tx_id').notNull(),
    hash: text('hash').notNull(),
    verifiedAt: instant('verified_at').notNull().default(sql`now()`),
    finding: jsonb('finding'),
  },
  (table) => [check('chain_verification_one_row', sql`${table.id}`)],
);

/**
 * Signed checkpoints of the chain head (append-only): each signs `{position, hash, signedAt,
 * keyId}` with the Ed25519 key the API holds outside the database (see checkpoints/).
 */
export const checkpoints = pgTable(
  'checkpoints',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    position: bigint('position', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    signedAt: instant('signed_at').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (table) => [unique('checkpoints_position_key_key').on(table.position, table.keyId)],
);

/**
 * Personal data beside the log, out of the hashed bytes, so it can be erased (GDPR). `data` holds
 * `{ sealed }`: the details encrypted with the subject's key (see `subject_keys`), so a copy of
 * the row outlives no erasure; null once erased.
 */
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

/**
 * The installation's key store for personal data: one AES-256 key per subject (base64). Never
 * part of an event export: erasing a subject destroys its key here (`key` null, `shredded_at`
 * set), which leaves its details in every earlier export unreadable. The row itself stays, so a
 * restore of an older export still knows the subject was erased.
 */
export const subjectKeys = pgTable('subject_keys', {
  subjectId: text('subject_id').primaryKey(),
  key: text('key'),
  createdAt: instant('created_at').notNull().default(sql`now()`),
  shreddedAt: instant('shredded_at'),
});

/**
 * Appends made with an idempotency key, and what they returned: a key belongs to one caller, one
 * command and one input (its fingerprint), for 24 hours from `used_at` (the caller's clock).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    command: text('command').notNull(),
    fingerprint: text('fingerprint').notNull(),
    result: jsonb('result').notNull(),
    /** When the caller used the key, by the caller's clock: what the key's age is measured from. */
    usedAt: instant('used_at').notNull(),
    /**
     * The old name of `used_at` (it never held the server's recording time), kept in step with it
     * by a trigger for the previous release's processes during a rolling upgrade. Dropped by the
     * next release (drizzle-next/, infra/RUNBOOK.md "Upgrade"): read and write `used_at` only.
     */
    recordedAt: instant('recorded_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.caller, table.key] })],
);

/** PostgreSQL full-text vector; filled in SQL with the German configuration. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Read model of every item, one row per version: the domain state after each event, valid from
 * its recording until the next version's. Current rows have `valid_to` null; time travel picks the
 * row valid at an instant, without replaying streams.
 */
export const itemVersions = pgTable(
  'item_versions',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    actionFieldIds: text('action_field_ids').array().notNull(),
    state: jsonb('state').notNull(),
    search: tsvector('search').notNull(),
    /** The same text folded (lower case, ä → ae, ß → ss): word parts match by trigram index. */
    searchText: text('search_text').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    eventType: text('event_type').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    validFrom: instant('valid_from').notNull(),
    validTo: instant('valid_to'),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.id, table.version] }),
    index('item_versions_current_idx').on(table.kind, table.status).where(sql`valid_to IS NULL`),
    // An item's current row in one probe: nested fields load items by key, and the primary key
    // alone walks every version of an item (a thousand, for a busy one) to find its current one.
    // Not unique: the projection writes the new version before it closes the old one.
    index('item_versions_current_key').on(table.kind, table.id).where(sql`valid_to IS NULL`),
    // The partner feed keeps an event when the version it made is published: a probe per event
    // instead of a scan of every version per page (a full sync pages a million events).
    index('item_versions_event_idx').on(table.eventId),
    index('item_versions_time_idx').on(table.kind, table.validFrom),
    // The GIN indexes cover current rows only: one trigram entry per version made every write
    // (and a million-event load) pay for history that only time-travel queries read, and those
    // narrow by kind and time first.
    index('item_versions_search_idx').using('gin', table.search).where(sql`valid_to IS NULL`),
    index('item_versions_search_text_idx')
      .using('gin', table.searchText.op('gin_trgm_ops'))
      .where(sql`valid_to IS NULL`),
    index('item_versions_fields_idx')
      .using('gin', table.actionFieldIds)
      .where(sql`valid_to IS NULL`),
  ],
);

/** The provenance graph: each edge with the events that added and (maybe) removed it. */
export const provenanceEdges = pgTable(
  'provenance_edges',
  {
    relation: text('relation').notNull(),
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id').notNull(),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    addedEventId: bigint('added_event_id', { mode: 'number' }).notNull(),
    addedAt: instant('added_at').notNull(),
    removedEventId: bigint('removed_event_id', { mode: 'number' }),
    removedAt: instant('removed_at'),
  },
  (table) => [
    index('provenance_edges_source_idx').on(table.sourceId),
    index('provenance_edges_target_idx').on(table.targetId),
  ],
);

/**
 * Bearer tokens (machines, partners' systems), stored only as SHA-256 hashes; the token itself is
 * shown once at creation. Owned by a user or an organisation, or by nobody (tokens from before).
 */
export const apiTokens = pgTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: instant('created_at').notNull().default(sql`now()`),
  revokedAt: instant('revoked_at'),
  ownerUserId: text('owner_user_id'),
  ownerOrganisation: text('owner_organisation'),
  /** The strategy process the role holds in; null: installation-wide (every token made before). */
  processId: text('process_id'),
});

/**
 * How a user signs in (the user and their roles are events: `User-<id>` streams). The e-mail
 * address is personal data kept sealed beside the log, so sign-in finds the account by its
 * SHA-256 (`email_hash`); the password only as an argon2id hash; the one-time set-up link and
 * the single sign-on subject (`issuer|sub`) likewise.
 */
export const accounts = pgTable('accounts', {
  userId: text('user_id').primaryKey(),
  emailHash: text('email_hash').notNull().unique(),
  passwordHash: text('password_hash'),
  setupHash: text('setup_hash').unique(),
  setupExpiresAt: instant('setup_expires_at'),
  oidcSubject: text('oidc_subject').unique(),
  createdAt: instant('created_at').notNull().default(sql`now()`),
});

/**
 * Signed-in browsers: the cookie's value only as its SHA-256 (`hash`), with the CSRF token's
 * hash bound to it. Idle and absolute time-outs are checked on every request; sign-out sets
 * `revoked_at`. In PostgreSQL, so every API process knows every session.
 */
export const sessions = pgTable(
  'sessions',
  {
    hash: text('hash').primaryKey(),
    userId: text('user_id').notNull(),
    csrfHash: text('csrf_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * A partner's webhook endpoint (webhooks/): where its token's events go, which of them, and how
 * far delivery got. `position` is the checkpoint: the last feed position delivered (or skipped by
 * the filters). The secret signs deliveries (Standard Webhooks), so it is kept as is, not hashed.
 * `lease_owner`/`lease_expires_at`: the one worker (of any API process) delivering right now.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    tokenId: text('token_id').notNull(),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().notNull(),
    actionFieldIds: text('action_field_ids').array().notNull(),
    secret: text('secret').notNull(),
    status: text('status').notNull().default('active'),
    position: bigint('position', { mode: 'number' }).notNull(),
    failures: integer('failures').notNull().default(0),
    /** Bumped by every change of the endpoint: a worker holding an older one stops. */
    revision: integer('revision').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    disabledReason: text('disabled_reason'),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: instant('lease_expires_at'),
    createdAt: instant('created_at').notNull().default(sql`now()`),
    updatedAt: instant('updated_at').notNull().default(sql`now()`),
  },
  (table) => [
    index('webhook_endpoints_token_idx').on(table.tokenId),
    check('webhook_endpoints_status', sql`${table.status} IN ('active', 'disabled')`),
  ],
);

/** Every delivery attempt of every endpoint: the log a partner reads (newest first). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    eventType: text('event_type').notNull(),
    attempt: integer('attempt').notNull(),
    attemptedAt: instant('attempted_at').notNull().default(sql`now()`),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    succeeded: boolean('succeeded').notNull(),
  },
  (table) => [index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.id)],
);

/**
 * Mails to send (mail/outbox.ts): written in the same transaction as the events that cause them,
 * sent by the worker (mail/worker.ts) of any API process. A row is claimed with a lease
 * (`lease_until`, `lease_owner`), so two processes never send it at once and a crashed one's
 * claim runs out. The address is personal data: erasure deletes the rows of its subject.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    /** What the mail is about (e.g. `consultation.confirm`): for metrics and the runbook. */
    kind: text('kind').notNull(),
    /** The person the address belongs to (personal data's subject), for erasure. */
    subjectId: text('subject_id'),
    recipient: text('recipient').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** Notifications only: the one-click unsubscribe address (RFC 8058). */
    unsubscribeUrl: text('unsubscribe_url'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: instant('created_at').notNull(),
    nextAttemptAt: instant('next_attempt_at').notNull(),
    leaseUntil: instant('lease_until'),
    leaseOwner: text('lease_owner'),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
  },
  (table) => [
    check('mail_outbox_status_check', sql`${table.status} IN ('pending', 'sent', 'failed')`),
    index('mail_outbox_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('mail_outbox_subject_idx').on(table.subjectId),
  ],
);

/**
 * Proof-of-work solutions already used (consultations/proof-of-work.ts), by the challenge's
 * signature, until the challenge expires: a solution counts once, on whichever API process.
 */
export const spentProofs = pgTable(
  'spent_proofs',
  {
    signature: text('signature').primaryKey(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('spent_proofs_expires_idx').on(table.expiresAt)],
);

/**
 * People who follow items or action fields (follows/): a signed-in member (`user_id`; the address
 * is their account's) or anyone by e-mail. Not events: the address never enters the log, and
 * deleting the row (unsubscribe, erasure) leaves nothing behind. `manage_token` is in every
 * notification: the one-click unsubscribe and the settings link, so the worker must re-use it.
 */
export const followers = pgTable(
  'followers',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').unique(),
    email: text('email'),
    /** The consultation submitter's personal-data subject, for an auto-follow: erased with it. */
    subjectId: text('subject_id'),
    language: text('language').notNull(),
    mode: text('mode').notNull().default('immediate'),
    manageToken: text('manage_token').notNull().unique(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [
    check('followers_mode_check', sql`${table.mode} IN ('immediate', 'daily', 'weekly')`),
    check('followers_language_check', sql`${table.language} IN ('de', 'en')`),
    check('followers_who_check', sql`${table.userId} IS NOT NULL OR ${table.email} IS NOT NULL`),
    index('followers_email_idx').on(table.email),
    index('followers_subject_idx').on(table.subjectId),
  ],
);

/**
 * What a follower follows: an item or an action field. A public follow counts once confirmed by
 * the mailed link (`confirmation_hash`, SHA-256 of the token); `from_position` is the feed head
 * when it began to count, so a follow never hears of what happened before it.
 */
export const follows = pgTable(
  'follows',
  {
    id: text('id').primaryKey(),
    followerId: text('follower_id')
      .notNull()
      .references(() => followers.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: text('target_id').notNull(),
    status: text('status').notNull(),
    source: text('source').notNull(),
    confirmationHash: text('confirmation_hash'),
    confirmBy: instant('confirm_by'),
    fromPosition: bigint('from_position', { mode: 'number' }).notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [
    unique('follows_target_unique').on(table.followerId, table.targetKind, table.targetId),
    index('follows_target_idx').on(table.targetId),
    check('follows_status_check', sql`${table.status} IN ('pending', 'active')`),
    check('follows_source_check', sql`${table.source} IN ('public', 'member', 'consultation')`),
  ],
);

/** Notifications waiting for a follower's daily or weekly digest, each line in their language. */
export const notificationDigest = pgTable(
  'notification_digest',
  {
    followerId: text('follower_id')
      .notNull()
      .references(() => followers.id, { onDelete: 'cascade' }),
    position: bigint('position', { mode: 'number' }).notNull(),
    dueAt: instant('due_at').notNull(),
    line: text('line').notNull(),
    link: text('link').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.followerId, table.position] }),
    index('notification_digest_due_idx').on(table.dueAt),
  ],
);

/**
 * The notification worker's checkpoint over the event feed (one row), moved in the transaction
 * that puts its mails in the outbox; the lease keeps it to one API process at a time.
 */
export const notificationCursor = pgTable('notification_cursor', {
  id: text('id').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  leaseOwner: text('lease_owner'),
  leaseUntil: instant('lease_until'),
});
