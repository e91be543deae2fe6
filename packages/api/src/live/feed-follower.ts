import { activeTokenIds } from '../auth/tokens.js';
import type { Database } from '../database/index.js';
import { type EventStore, FEED_CHANNEL, readChainHead } from '../event-store/index.js';
import { createEventQueue, type EventQueue } from './event-queue.js';
import { type LiveEvent, readLiveEvents } from './live-events.js';
import { type LiveMessage, type StreamEndReason, streamEnd } from './stream-end.js';

export interface FeedFollowerOptions {
  /** A safety net beside LISTEN/NOTIFY (a lost notification, a reconnecting listener). */
  readonly pollEveryMs?: number;
  /** Events a slow subscriber may leave unread before its stream is ended. */
  readonly bufferLimit?: number;
  readonly batchSize?: number;
  /** How often subscribers' tokens are checked while no events arrive (each batch checks too). */
  readonly tokenCheckEveryMs?: number;
}

export interface SubscribeOptions {
  /** The token the subscriber holds: once it is revoked, the stream ends. */
  readonly tokenId?: string;
  /** The server ended the stream with a reason (a last message): see `StreamLease.closeSoon`. */
  readonly onServerEnd?: () => void;
}

export interface FeedFollower {
  /**
   * Events sealed from now on that `accept` lets through, in feed order. Resolves once the
   * subscription is live, so a write made after it is never missed. When the server ends the
   * stream (its token was revoked, it fell too far behind) the last message says why.
   */
  subscribe(
    accept: (event: LiveEvent) => boolean,
    options?: SubscribeOptions,
  ): Promise<AsyncIterableIterator<LiveMessage>>;
  /** 0 means idle: no LISTEN, no polling, no reads. */
  readonly subscriberCount: number;
  /** Ends every subscription and stops following. */
  close(): Promise<void>;
}

interface Subscriber {
  readonly accept: (event: LiveEvent) => boolean;
  readonly queue: EventQueue<LiveMessage>;
  readonly tokenId: string | undefined;
  readonly onServerEnd: (() => void) | undefined;
  /** False until the follower has caught up past its arrival: earlier events are history. */
  live: boolean;
}

interface Following {
  readonly stopListening: (() => Promise<void>) | undefined;
  readonly timer: NodeJS.Timeout;
  readonly tokenTimer: NodeJS.Timeout;
}

/**
 * One per process: tails the global feed (gap-free, commit-ordered) after the last position it
 * delivered and fans events out to this process's subscribers. Any process's sealer NOTIFYs on
 * commit, which wakes the follower at once; polling covers what a notification could miss.
 * It only reads, so writers never wait for it.
 */
export const createFeedFollower = (
  database: Database,
  store: Pick<EventStore, 'seal'>,
  options: FeedFollowerOptions = {},
): FeedFollower => {
  const pollEveryMs = options.pollEveryMs ?? 500;
  const bufferLimit = options.bufferLimit ?? 1000;
  const batchSize = options.batchSize ?? 500;
  const tokenCheckEveryMs = options.tokenCheckEveryMs ?? 5000;
  const subscribers = new Set<Subscriber>();
  let following: Following | undefined;
  let position = 0;
  // Start and stop run one after the other, so a quick leave-and-join cannot interleave them.
  let lifecycle: Promise<void> = Promise.resolve();
  let reading: Promise<void> | undefined;
  let readAgain = false;
  let closed = false;

  const endWith = (subscriber: Subscriber, reason: StreamEndReason): void => {
    subscriber.queue.finish((lastTaken) => streamEnd(reason, lastTaken));
    subscriber.onServerEnd?.();
  };

  /**
   * Ends the streams whose token is no longer active: one query for all of them, whichever
   * process revoked it (the token table is shared).
   */
  const checkTokens = async (): Promise<void> => {
    const holders = [...subscribers].filter((subscriber) => subscriber.tokenId !== undefined);
    if (holders.length === 0) return;
    const active = await activeTokenIds(database, [
      ...new Set(holders.map((subscriber) => subscriber.tokenId as string)),
    ]);
    for (const subscriber of holders) {
      if (!active.has(subscriber.tokenId as string)) endWith(subscriber, 'token-revoked');
    }
  };

  // Per subscriber only the filter runs; a value pushed is shared, never copied.
  const deliver = (events: readonly LiveEvent[]): void => {
    for (const subscriber of subscribers) {
      if (!subscriber.live) continue;
      for (const event of events) if (subscriber.accept(event)) subscriber.queue.push(event);
    }
  };

  const readPass = async (): Promise<void> => {
    for (;;) {
      const batch = await readLiveEvents(database, position, batchSize);
      const last = batch.at(-1);
      if (!last) return;
      // Before delivering: a revoked token receives nothing written after its revocation.
      await checkTokens();
      position = last.event.position;
      deliver(batch);
      if (batch.length < batchSize) return;
    }
  };

  /** Resolves after a read that began after the call: coalesces notifications and polls. */
  const pull = (): Promise<void> => {
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        await readPass();
      } while (readAgain && following);
    })()
      .catch(() => {
        // The next notification or poll reads again from the same position: nothing is lost.
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };

  const start = async (): Promise<void> => {
    if (following || subscribers.size === 0) return;
    // LISTEN before reading the head, so nothing sealed in between goes unannounced. Without
    // LISTEN (a driver or proxy that lacks it), polling alone keeps subscribers served.
    const stopListening = await database
      .listen(FEED_CHANNEL, (payload) => {
        if (Number(payload) > position) void pull();
      })
      .catch(() => undefined);
    try {
      position = (await readChainHead(database))?.position ?? 0;
    } catch (error) {
      await stopListening?.().catch(() => {});
      throw error;
    }
    const timer = setInterval(() => void pull(), pollEveryMs);
    timer.unref();
    // A quiet feed still ends revoked streams; a failed check is retried at the next tick.
    const tokenTimer = setInterval(() => void checkTokens().catch(() => {}), tokenCheckEveryMs);
    tokenTimer.unref();
    following = { stopListening, timer, tokenTimer };
  };

  const stopIfIdle = async (): Promise<void> => {
    if (!following || subscribers.size > 0) return;
    const { stopListening, timer, tokenTimer } = following;
    following = undefined;
    clearInterval(timer);
    clearInterval(tokenTimer);
    await stopListening?.().catch(() => {});
  };

  const subscribe: FeedFollower['subscribe'] = async (accept, subscribeOptions = {}) => {
    if (closed) throw new Error('The feed follower is closed.');
    const subscriber: Subscriber = {
      accept,
      live: false,
      tokenId: subscribeOptions.tokenId,
      onServerEnd: subscribeOptions.onServerEnd,
      queue: createEventQueue<LiveMessage>(bufferLimit, {
        onEnd: () => {
          subscribers.delete(subscriber);
          lifecycle = lifecycle.then(stopIfIdle);
        },
        onOverflow: () => endWith(subscriber, 'too-slow'),
      }),
    };
    subscribers.add(subscriber);
    const started = lifecycle.then(start);
    lifecycle = started.catch(() => {});
    try {
      await started;
      // Whatever committed before now is history, even if its writer has not sealed it yet:
      // seal it (as `events` does; that waits for other sealers, never for writers), then read
      // past it before going live.
      await store.seal();
    } catch (error) {
      subscriber.queue.end();
      throw error;
    }
    await pull();
    subscriber.live = true;
    return subscriber.queue.iterator;
  };

  return {
    subscribe,
    get subscriberCount() {
      return subscribers.size;
    },
    close: async () => {
      closed = true;
      for (const subscriber of [...subscribers]) subscriber.queue.end();
      await lifecycle;
      await reading;
    },
  };
};
