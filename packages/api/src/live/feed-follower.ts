import type { Database } from '../database/index.js';
import { type EventStore, FEED_CHANNEL, readChainHead } from '../event-store/index.js';
import { createEventQueue, type EventQueue } from './event-queue.js';
import { type LiveEvent, readLiveEvents } from './live-events.js';

export interface FeedFollowerOptions {
  /** A safety net beside LISTEN/NOTIFY (a lost notification, a reconnecting listener). */
  readonly pollEveryMs?: number;
  /** Events a slow subscriber may leave unread before its stream is ended. */
  readonly bufferLimit?: number;
  readonly batchSize?: number;
}

export interface FeedFollower {
  /**
   * Events sealed from now on that `accept` lets through, in feed order. Resolves once the
   * subscription is live, so a write made after it is never missed.
   */
  subscribe(accept: (event: LiveEvent) => boolean): Promise<AsyncIterableIterator<LiveEvent>>;
  /** 0 means idle: no LISTEN, no polling, no reads. */
  readonly subscriberCount: number;
  /** Ends every subscription and stops following. */
  close(): Promise<void>;
}

interface Subscriber {
  readonly accept: (event: LiveEvent) => boolean;
  readonly queue: EventQueue<LiveEvent>;
  /** False until the follower has caught up past its arrival: earlier events are history. */
  live: boolean;
}

interface Following {
  readonly stopListening: (() => Promise<void>) | undefined;
  readonly timer: NodeJS.Timeout;
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
  const subscribers = new Set<Subscriber>();
  let following: Following | undefined;
  let position = 0;
  // Start and stop run one after the other, so a quick leave-and-join cannot interleave them.
  let lifecycle: Promise<void> = Promise.resolve();
  let reading: Promise<void> | undefined;
  let readAgain = false;
  let closed = false;

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
    following = { stopListening, timer };
  };

  const stopIfIdle = async (): Promise<void> => {
    if (!following || subscribers.size > 0) return;
    const { stopListening, timer } = following;
    following = undefined;
    clearInterval(timer);
    await stopListening?.().catch(() => {});
  };

  const subscribe: FeedFollower['subscribe'] = async (accept) => {
    if (closed) throw new Error('The feed follower is closed.');
    const subscriber: Subscriber = {
      accept,
      live: false,
      queue: createEventQueue(bufferLimit, () => {
        subscribers.delete(subscriber);
        lifecycle = lifecycle.then(stopIfIdle);
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
