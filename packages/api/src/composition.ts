import { randomUUID } from 'node:crypto';
import { createCheckpointService, eventMacKeyOf, type SigningKey } from './checkpoints/index.js';
import { createCommandExecutor } from './commands/execute.js';
import { createProofOfWork } from './consultations/proof-of-work.js';
import { type ConsultationSettings, consultationSettings } from './consultations/settings.js';
import { createSubmissions } from './consultations/submissions.js';
import type { Database } from './database/index.js';
import type { ReplicaWatch } from './database/read-replica.js';
import { createEventStore, type EventStoreOptions } from './event-store/index.js';
import { createFollows, createNotificationWorker } from './follows/index.js';
import { feedVisibilityReader, webhookFeedReader } from './graphql/webhook-feed.js';
import { createGraphQLHandler } from './graphql/yoga.js';
import type { RateLimitSettings } from './http/rate-limit-settings.js';
import {
  createFeedFollower,
  DEFAULT_SUBSCRIPTIONS,
  type SubscriptionSettings,
} from './live/index.js';
import {
  countAppends,
  createObservability,
  type Logger,
  type ObservabilitySettings,
  type Tracing,
} from './observability/index.js';
import { createOpenData } from './open-data/open-data.js';
import { DEFAULT_OPEN_DATA, type OpenDataSettings } from './open-data/settings.js';
import type { OidcSettings } from './people/oidc-settings.js';
import type { SessionSettings } from './people/session-settings.js';
import { INLINE_PROJECTIONS } from './projections/inline.js';
import { createApp } from './server.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';
import { createWebhookWorker, DEFAULT_WEBHOOKS, type WebhookSettings } from './webhooks/index.js';

export interface Clock {
  readonly now: () => string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

export interface ComposeOptions {
  readonly clock?: Clock;
  readonly newId?: () => string;
  /** The installation's time zone (config: FAHRPLAN_TIME_ZONE). */
  readonly timeZone?: string;
  readonly webRoot?: string;
  readonly store?: Pick<EventStoreOptions, 'sealEveryMs' | 'autoSeal'>;
  /** Requests a minute (config), and the clock in ms they are counted by (tests: a fake). */
  readonly rateLimit?: RateLimitSettings;
  readonly rateLimitClock?: () => number;
  /** See `AppDependencies.operatorSecret`. */
  readonly operatorSecret?: string;
  /** Limits and buffers of live subscriptions (config; tests: small ones). */
  readonly subscriptions?: SubscriptionSettings;
  /** How long a stream the server ended may take to deliver its last event (default 5 s). */
  readonly streamGraceMs?: number;
  /** Signs checkpoints and marks appended events as the application's (see checkpoints/). */
  readonly signingKey?: SigningKey;
  /** Where request logs go (default: nowhere) and the metrics/readiness settings (config). */
  readonly logger?: Logger;
  readonly observability?: ObservabilitySettings;
  /** A streaming replica for partners' and anonymous callers' queries (FAHRPLAN_READ_DATABASE_URL). */
  readonly replica?: { readonly database: Database; readonly watch: ReplicaWatch };
  /** OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT); off by default. */
  readonly tracing?: Tracing;
  /** Idle and absolute time-outs of browser sessions (config). */
  readonly sessions?: SessionSettings;
  /** Single sign-on with an OpenID provider (config); none without. */
  readonly oidc?: OidcSettings;
  /** Licence and publisher of the open data (config; default: DEFAULT_OPEN_DATA). */
  readonly openData?: OpenDataSettings;
  /** Webhook delivery (config); the worker is made here, started by `main.ts` (or a test). */
  readonly webhooks?: WebhookSettings;
  /** Public submissions' spam protection (config); default: a generated secret. */
  readonly consultations?: ConsultationSettings;
  /** The web app's address for links in mails (config: FAHRPLAN_PUBLIC_URL). */
  readonly publicUrl?: string;
  /** Public follow requests a minute per client address (each mails a link; default 3). */
  readonly followRequestsPerMinute?: number;
}

/**
 * Wires the parts over one database: event store with its inline projections, command executor,
 * GraphQL, HTTP. Used by `main.ts`, the CLI and the tests alike.
 */
export const compose = (database: Database, options: ComposeOptions = {}) => {
  const plainStore = createEventStore(database, {
    ...options.store,
    inlineProjections: INLINE_PROJECTIONS,
    ...(options.signingKey ? { eventMacKey: eventMacKeyOf(options.signingKey) } : {}),
  });
  const clock = options.clock ?? systemClock;
  const checkpoints = createCheckpointService(database, plainStore, options.signingKey, () =>
    Date.parse(clock.now()),
  );
  // One per process: every subscription of this server shares it (close it before the database).
  const subscriptions = options.subscriptions ?? DEFAULT_SUBSCRIPTIONS;
  const feed = createFeedFollower(database, plainStore, {
    bufferLimit: subscriptions.bufferLimit,
    tokenCheckEveryMs: subscriptions.tokenCheckEveryMs,
  });
  const observability = createObservability(database, {
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.observability ? { settings: options.observability } : {}),
    liveSubscribers: () => feed.subscriberCount,
    ...(options.replica ? { replicaStatus: options.replica.watch.status } : {}),
    ...(options.tracing ? { tracing: options.tracing } : {}),
  });
  const { replica } = options;
  const store = countAppends(plainStore, observability.metrics);
  const execute = createCommandExecutor(database, store);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const webhookSettings = options.webhooks ?? DEFAULT_WEBHOOKS;
  const consultations = options.consultations ?? consultationSettings(undefined);
  const newId = options.newId ?? randomUUID;
  const publicUrl = options.publicUrl ?? 'http://localhost:4000';
  const submissions = createSubmissions({
    database,
    execute,
    now: clock.now,
    newId,
    timeZone,
    publicUrl,
    proofOfWork: createProofOfWork(consultations.proofOfWork),
    perAddressPerMinute: consultations.perAddressPerMinute,
  });
  const follows = createFollows({
    database,
    now: clock.now,
    newId,
    timeZone,
    publicUrl,
    perAddressPerMinute: options.followRequestsPerMinute ?? 3,
  });
  const graphql = createGraphQLHandler({
    database,
    store,
    execute,
    feed,
    checkpoints,
    now: clock.now,
    newId,
    timeZone,
    webhooks: webhookSettings,
    submissions,
    follows,
    ...(replica
      ? {
          replica: {
            database: replica.database,
            usable: () => replica.watch.status().usable,
          },
        }
      : {}),
    plugins: [observability.graphqlPlugin],
  });
  const app = createApp({
    database,
    graphql,
    observability,
    checkpoints,
    now: clock.now,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    openData: createOpenData(database, options.openData ?? DEFAULT_OPEN_DATA),
    follows,
    ...(options.signingKey ? { eventMacKey: eventMacKeyOf(options.signingKey) } : {}),
    ...(options.sessions ? { sessions: options.sessions } : {}),
    ...(options.oidc ? { oidc: { settings: options.oidc, store, timeZone } } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.rateLimitClock ? { rateLimitClock: options.rateLimitClock } : {}),
    ...(options.operatorSecret ? { operatorSecret: options.operatorSecret } : {}),
    subscriptions,
    ...(options.streamGraceMs === undefined ? {} : { streamGraceMs: options.streamGraceMs }),
  });
  // Any number of API processes may run it: a lease per endpoint keeps deliveries single.
  const webhooks = createWebhookWorker({
    database,
    readFeed: webhookFeedReader(database, graphql),
    settings: webhookSettings,
    now: clock.now,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // Any number of API processes may run it: one lease over the notification checkpoint.
  const notifications = createNotificationWorker({
    database,
    store,
    visibleTo: feedVisibilityReader(graphql),
    now: clock.now,
    newId,
    timeZone,
    publicUrl,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    store,
    execute,
    feed,
    checkpoints,
    graphql,
    app,
    observability,
    webhooks,
    follows,
    notifications,
  };
};
