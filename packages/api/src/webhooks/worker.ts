import { randomUUID } from 'node:crypto';
import { periodicWorker } from '../background/periodic-worker.js';
import type { Database } from '../database/index.js';
import type { Logger } from '../observability/index.js';
import type { NewAttempt } from './deliveries.js';
import type { WebhookEndpoint } from './endpoints.js';
import { type FeedReader, inActionFields } from './feed.js';
import {
  advance,
  claimDue,
  disableHeld,
  type Holder,
  recordFailure,
  release,
  renew,
  secretOf,
} from './lease.js';
import { messageIdOf, retryDelayMs, signedMessage } from './message.js';
import { send } from './send.js';
import type { WebhookSettings } from './settings.js';

export interface WebhookWorkerDependencies {
  readonly database: Database;
  readonly readFeed: FeedReader;
  readonly settings: WebhookSettings;
  /** The composition root's clock: the signature's timestamp. */
  readonly now: () => string;
  readonly logger?: Logger;
  /** Jitter of the retries (tests: a fixed one). */
  readonly random?: () => number;
}

export interface WebhookWorker {
  start(): void;
  /**
   * One pass over the due endpoints (tests drive it; `start` repeats it); a call while one is under
   * way shares it.
   */
  runOnce(): Promise<void>;
  /** Stops polling, aborts deliveries in flight (they count as neither success nor failure). */
  stop(): Promise<void>;
}

/** Endpoints one worker serves at once; more wait for its next turn (or another process). */
const ENDPOINTS_PER_TURN = 8;
/** Pages one endpoint is given per turn, so one busy endpoint does not hold the others up. */
const PAGES_PER_TURN = 10;

/**
 * Delivers every endpoint's events in feed order, at least once, under a lease per endpoint (see
 * lease.ts): each event only after the one before it was accepted, the checkpoint moved in the
 * same transaction as the log's entry. A failure waits for its retry; the events behind it wait.
 */
export const createWebhookWorker = (deps: WebhookWorkerDependencies): WebhookWorker => {
  const { database, settings } = deps;
  const holder: Holder = { owner: `worker-${randomUUID()}`, leaseMs: settings.leaseMs };
  const random = deps.random ?? Math.random;
  // Aborted at `stop`: deliveries in flight end, and so does an endpoint's turn.
  const aborts = new AbortController();

  /** Delivers one event; true when accepted and the checkpoint moved past it. */
  const deliverOne = async (
    endpoint: WebhookEndpoint,
    entry: { position: number; type: string },
    message: { headers: Record<string, string>; body: string },
    from: number,
  ): Promise<boolean | 'aborted'> => {
    if (!(await renew(database, endpoint, holder))) return false;
    const outcome = await send({ url: endpoint.url, ...message }, settings, aborts.signal);
    if (aborts.signal.aborted) return 'aborted';
    const attempt: NewAttempt = {
      endpointId: endpoint.id,
      messageId: messageIdOf(endpoint.id, entry.position),
      position: entry.position,
      eventType: entry.type,
      attempt: endpoint.failures + 1,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error,
      succeeded: outcome.error === null,
    };
    if (outcome.error === null) {
      return advance(database, endpoint, holder, { from, to: entry.position }, attempt);
    }
    await recordFailure(database, endpoint, holder, attempt, {
      retryInMs: retryDelayMs(endpoint.failures + 1, settings, random),
      maxFailures: settings.maxFailures,
    });
    deps.logger?.warn(
      { endpoint: endpoint.id, position: entry.position, error: outcome.error },
      'webhook delivery failed',
    );
    return false;
  };

  /** Delivers what is due for one held endpoint; the lease is given up at the end. */
  const serve = async (held: WebhookEndpoint): Promise<void> => {
    let endpoint = held;
    const secret = await secretOf(database, endpoint.id);
    if (secret === undefined) return;
    for (let page = 0; page < PAGES_PER_TURN && !aborts.signal.aborted; page += 1) {
      const read = await deps.readFeed({
        tokenId: endpoint.tokenId,
        after: endpoint.position,
        first: settings.batchSize,
        eventTypes: endpoint.eventTypes,
      });
      if (!read) {
        await disableHeld(database, endpoint, holder, 'TOKEN_REVOKED');
        return;
      }
      const wanted =
        endpoint.actionFieldIds.length === 0
          ? undefined
          : await inActionFields(
              database,
              read.entries.map((entry) => entry.position),
              endpoint.actionFieldIds,
            );
      let position = endpoint.position;
      for (const entry of read.entries) {
        if (wanted && !wanted.has(entry.position)) continue;
        const message = signedMessage(
          { secret, endpointId: endpoint.id },
          entry,
          new Date(deps.now()),
        );
        const delivered = await deliverOne(endpoint, entry, message, position);
        if (delivered !== true) return;
        position = entry.position;
        endpoint = { ...endpoint, position, failures: 0 };
      }
      // Past what the filters passed over, so it is not read again.
      if (read.readTo > position) {
        if (!(await advance(database, endpoint, holder, { from: position, to: read.readTo }))) {
          return;
        }
        endpoint = { ...endpoint, position: read.readTo, failures: 0 };
      }
      if (!read.hasMore) return;
    }
  };

  const turns = periodicWorker(
    async (): Promise<void> => {
      const claimed = await claimDue(database, holder, ENDPOINTS_PER_TURN);
      await Promise.all(
        claimed.map((endpoint) =>
          serve(endpoint)
            .catch((error: unknown) =>
              deps.logger?.error({ err: error, endpoint: endpoint.id }, 'webhook worker failed'),
            )
            .finally(() => release(database, holder, endpoint.id).catch(() => {})),
        ),
      );
    },
    {
      runAtStart: true,
      onError: (error) => deps.logger?.error({ err: error }, 'webhook worker failed'),
    },
  );

  return {
    start: () => turns.start(settings.pollMs),
    runOnce: turns.runOnce,
    stop: async () => {
      aborts.abort();
      await turns.stop();
      await release(database, holder).catch(() => {});
    },
  };
};
