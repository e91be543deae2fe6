/** One subscriber's mailbox: the follower pushes, the subscriber's iterator pulls. */
export interface EventQueue<T> {
  push(value: T): void;
  /** No more values: the iterator drains what is buffered, then finishes. */
  end(): void;
  readonly iterator: AsyncIterableIterator<T>;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A bounded queue. A consumer that falls `limit` values behind is ended rather than buffered
 * forever: it can resume from its last position with the `events` feed. `onEnd` runs once,
 * whether the producer ended it, it overflowed, or the consumer left (`return`).
 */
export const createEventQueue = <T>(limit: number, onEnd: () => void): EventQueue<T> => {
  const buffered: T[] = [];
  let waiting: ((result: IteratorResult<T, undefined>) => void) | undefined;
  let ended = false;

  const end = (): void => {
    if (ended) return;
    ended = true;
    waiting?.(DONE);
    waiting = undefined;
    onEnd();
  };

  const push = (value: T): void => {
    if (ended) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ done: false, value });
    } else if (buffered.length >= limit) {
      end();
    } else {
      buffered.push(value);
    }
  };

  const iterator: AsyncIterableIterator<T, undefined> = {
    next: () => {
      if (buffered.length > 0)
        return Promise.resolve({ done: false, value: buffered.shift() as T });
      if (ended) return Promise.resolve(DONE);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: () => {
      buffered.length = 0;
      end();
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return { push, end, iterator };
};
