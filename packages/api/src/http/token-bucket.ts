/** The outcome of one request against its bucket, in the units the RateLimit headers use. */
export interface Take {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the bucket is full again. */
  readonly resetSeconds: number;
  /** Seconds until the next request would be allowed (0 when this one was). */
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MINUTE_MS = 60_000;

/**
 * Token buckets in memory, one per key: each holds `perMinute` tokens and refills continuously
 * at `perMinute` a minute, so a client may burst up to its limit and then proceeds at the
 * sustained rate. The clock is injected (milliseconds) so tests need not wait.
 */
export const createTokenBuckets = (now: () => number) => {
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  // A bucket idle for a minute is full again, the same as no bucket: forget it, so addresses
  // seen once do not pile up. Lazily, on use, so no timer keeps the process alive.
  const sweep = (at: number): void => {
    if (at - sweptAt < MINUTE_MS) return;
    for (const [key, bucket] of buckets) {
      if (at - bucket.updatedAt >= MINUTE_MS) buckets.delete(key);
    }
    sweptAt = at;
  };

  const take = (key: string, perMinute: number): Take => {
    const at = now();
    sweep(at);
    const perMs = perMinute / MINUTE_MS;
    const bucket = buckets.get(key) ?? { tokens: perMinute, updatedAt: at };
    // Math.max: a clock set back must not drain the bucket.
    bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(key, bucket);
    return {
      allowed,
      limit: perMinute,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((perMinute - bucket.tokens) / perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.ceil((1 - bucket.tokens) / perMs / 1000),
    };
  };

  return { take, size: () => buckets.size };
};

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
