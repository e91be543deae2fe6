/** One subscriber's mailbox: the follower pushes, the subscriber's iterator pulls. */
export interface EventQueue<T> {
  push(value: T): void;
  /** No more values: the iterator drains what is buffered, then finishes. */
  end(): void;
  /**
   * Ends at once with one last value, made from the last value the consumer took (undefined if
   * none): what was buffered is dropped.
   */
  finish(last: (lastTaken: T | undefined) => T): void;
  readonly iterator: AsyncIterableIterator<T>;
}

export interface EventQueueHooks {
  /** Runs once, whether the producer ended it, it was finished, or the consumer left. */
  readonly onEnd: () => void;
  /** The consumer fell `limit` values behind; without this hook, an overflow ends the queue. */
  readonly onOverflow?: () => void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A bounded queue: a consumer that falls `limit` values behind is ended (or finished by
 * `onOverflow`) rather than buffered forever; it can resume with the `events` feed.
 */
export const createEventQueue = <T>(limit: number, hooks: EventQueueHooks): EventQueue<T> => {
  let buffered: T[] = [];
  let waiting: ((result: IteratorResult<T, undefined>) => void) | undefined;
  let ended = false;
  let lastTaken: T | undefined;

  const end = (): void => {
    if (ended) return;
    ended = true;
    waiting?.(DONE);
    waiting = undefined;
    hooks.onEnd();
  };

  const push = (value: T): void => {
    if (ended) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      lastTaken = value;
      resolve({ done: false, value });
    } else if (buffered.length >= limit) {
      if (hooks.onOverflow) hooks.onOverflow();
      else end();
    } else {
      buffered.push(value);
    }
  };

  const finish = (last: (lastTaken: T | undefined) => T): void => {
    if (ended) return;
    buffered = [];
    push(last(lastTaken));
    end();
  };

  const iterator: AsyncIterableIterator<T, undefined> = {
    next: () => {
      const value = buffered.shift();
      if (value !== undefined) {
        lastTaken = value;
        return Promise.resolve({ done: false, value });
      }
      if (ended) return Promise.resolve(DONE);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: () => {
      buffered = [];
      end();
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return { push, end, finish, iterator };
};
