import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket.js';

const clock = () => {
  const state = { now: 1_000_000 };
  return { state, now: () => state.now };
};

describe('when a key is new', () => {
  it('starts with a full bucket', () => {
    const { now } = clock();
    const buckets = createTokenBuckets(now);
    expect(buckets.take('a', 60)).toEqual({
      allowed: true,
      limit: 60,
      remaining: 59,
      resetSeconds: 1,
      retryAfterSeconds: 0,
    });
  });
});

describe('when a key has spent its tokens', () => {
  it('refuses until one refills, continuously at the per-minute rate', () => {
    const { state, now } = clock();
    const buckets = createTokenBuckets(now);
    for (let i = 0; i < 6; i += 1) expect(buckets.take('a', 6).allowed).toBe(true);
    expect(buckets.take('a', 6)).toMatchObject({ allowed: false, retryAfterSeconds: 10 });
    state.now += 9_999;
    expect(buckets.take('a', 6).allowed).toBe(false);
    state.now += 1;
    expect(buckets.take('a', 6)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('never holds more than the limit, however long it idles', () => {
    const { state, now } = clock();
    const buckets = createTokenBuckets(now);
    buckets.take('a', 6);
    state.now += 3_600_000;
    expect(buckets.take('a', 6).remaining).toBe(5);
  });

  it('is not drained by a clock set back', () => {
    const { state, now } = clock();
    const buckets = createTokenBuckets(now);
    buckets.take('a', 6);
    state.now -= 60_000;
    expect(buckets.take('a', 6)).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('leaves other keys alone', () => {
    const { now } = clock();
    const buckets = createTokenBuckets(now);
    buckets.take('a', 1);
    expect(buckets.take('a', 1).allowed).toBe(false);
    expect(buckets.take('b', 1).allowed).toBe(true);
  });
});

describe('when keys go quiet', () => {
  it('forgets buckets idle for a minute (they would be full), so memory does not grow', () => {
    const { state, now } = clock();
    const buckets = createTokenBuckets(now);
    for (let i = 0; i < 100; i += 1) buckets.take(`address:${i}`, 10);
    expect(buckets.size()).toBe(100);
    state.now += 60_000;
    buckets.take('fresh', 10);
    expect(buckets.size()).toBe(1);
  });
});
