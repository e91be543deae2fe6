import { randomUUID } from 'node:crypto';
import { createCheckpointService, eventMacKeyOf, type SigningKey } from './checkpoints/index.js';
import { createCommandExecutor } from './commands/execute.js';
import type { Database } from './database/index.js';
import { createEventStore, type EventStoreOptions } from './event-store/index.js';
import { createGraphQLHandler } from './graphql/yoga.js';
import type { RateLimitSettings } from './http/rate-limit-settings.js';
import { createFeedFollower } from './live/index.js';
import { itemProjection } from './projections/item-projection.js';
import { createApp } from './server.js';

export interface Clock {
  readonly now: () => string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/**
 * Wires the parts over one database: event store with its inline projections, command executor,
 * GraphQL, HTTP. Used by `main.ts`, the CLI and the tests alike.
 */
export const compose = (
  database: Database,
  options: {
    clock?: Clock;
    newId?: () => string;
    webRoot?: string;
    store?: Pick<EventStoreOptions, 'sealEveryMs' | 'autoSeal'>;
    /** Requests a minute (config), and the clock in ms they are counted by (tests: a fake). */
    rateLimit?: RateLimitSettings;
    rateLimitClock?: () => number;
    /** Signs checkpoints and marks appended events as the application's (see checkpoints/). */
    signingKey?: SigningKey;
  } = {},
) => {
  const store = createEventStore(database, {
    ...options.store,
    inlineProjections: [itemProjection],
    ...(options.signingKey ? { eventMacKey: eventMacKeyOf(options.signingKey) } : {}),
  });
  const clock = options.clock ?? systemClock;
  const checkpoints = createCheckpointService(database, store, options.signingKey, () =>
    Date.parse(clock.now()),
  );
  const execute = createCommandExecutor(database, store);
  // One per process: every subscription of this server shares it (close it before the database).
  const feed = createFeedFollower(database, store);
  const graphql = createGraphQLHandler({
    database,
    store,
    execute,
    feed,
    checkpoints,
    now: clock.now,
    newId: options.newId ?? randomUUID,
  });
  const app = createApp({
    database,
    graphql,
    checkpoints,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.rateLimitClock ? { rateLimitClock: options.rateLimitClock } : {}),
  });
  return { store, execute, feed, checkpoints, graphql, app };
};
