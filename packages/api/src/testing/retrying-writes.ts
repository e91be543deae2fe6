import { type WriteRecord, writeOnce } from './write-load.js';

/** One attempt of a write, with when it began and ended (performance.now() of this process). */
export interface Attempt extends WriteRecord {
  readonly startedAt: number;
  readonly endedAt: number;
}

/** One change a client wanted made: every attempt with the same idempotency key. */
export interface RetriedWrite {
  readonly key: string;
  readonly api: string;
  readonly attempts: Attempt[];
  /** When the server acknowledged it; undefined when the client gave up. */
  acknowledgedAt?: number;
}

/**
 * Clients as the web app behaves: each change gets one idempotency key, and the same request is
 * sent again with that key after a 503, a lost connection or no answer in time, with a short
 * back-off (200 ms doubling, at most 1 s), until it is acknowledged or `giveUpMs` passed. So a
 * change that committed but whose answer was lost is not made twice.
 */
export const startRetryingWriters = (
  apis: readonly string[],
  token: string,
  {
    writersPerApi,
    patienceMs,
    giveUpMs,
    prefix,
  }: { writersPerApi: number; patienceMs: number; giveUpMs: number; prefix: string },
) => {
  const writes: RetriedWrite[] = [];
  let running = true;
  const loops = apis.flatMap((api, a) =>
    Array.from({ length: writersPerApi }, async (_, w) => {
      for (let n = 0; running; n++) {
        const write: RetriedWrite = { key: `${prefix}-${a}-${w}-${n}`, api, attempts: [] };
        writes.push(write);
        const first = performance.now();
        for (let backoff = 200; ; backoff = Math.min(backoff * 2, 1000)) {
          const startedAt = performance.now();
          const record = await writeOnce(api, token, write.key, patienceMs);
          const endedAt = performance.now();
          write.attempts.push({ ...record, startedAt, endedAt });
          if (record.outcome === 'acknowledged') {
            write.acknowledgedAt = endedAt;
            break;
          }
          if (endedAt - first > giveUpMs) break;
          await new Promise((resolve) => setTimeout(resolve, backoff));
        }
      }
    }),
  );
  return {
    writes,
    /** Stops starting new changes; the ones under way are retried to their end. */
    stop: async (): Promise<RetriedWrite[]> => {
      running = false;
      await Promise.all(loops);
      return writes;
    },
  };
};
