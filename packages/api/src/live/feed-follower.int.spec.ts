import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '../auth/tokens.js';
import type { Database } from '../database/index.js';
import { createEventStore, type EventStore, readChainHead } from '../event-store/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createFeedFollower, type FeedFollower } from './feed-follower.js';
import { isStreamEnd, type LiveMessage } from './stream-end.js';

let test: TestDatabase;
let store: EventStore;
const followers: FeedFollower[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  store = createEventStore(test.database);
});
afterAll(async () => {
  await Promise.all(followers.map((follower) => follower.close()));
  await store.close();
  await test.close();
});

const follow = (options: Parameters<typeof createFeedFollower>[2], database?: Database) => {
  const follower = createFeedFollower(database ?? test.database, store, options);
  followers.push(follower);
  return follower;
};

let counter = 0;
/** Appends one event to a stream that is no item (so it has no item version). */
const append = async (label: string) => {
  counter += 1;
  await store.append(`Probe-${counter}`, [
    { type: 'Probed', schemaVersion: 1, data: { label }, occurredAt: new Date().toISOString() },
  ]);
};

/** The next value (an event's label, or why the stream ended), or 'timeout'. */
const within = async (iterator: AsyncIterator<LiveMessage>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const result = await Promise.race([iterator.next(), timeout]);
  clearTimeout(timer);
  if (result === 'timeout') return result;
  if (result.done) return 'done';
  const message = result.value;
  return isStreamEnd(message)
    ? `${message.end} after ${message.lastPosition}`
    : message.event.data.label;
};

describe('the feed follower', () => {
  it('starts at the head: later events arrive in feed order, earlier ones never', async () => {
    await append('history');
    const follower = follow({ pollEveryMs: 60_000 });
    const events = await follower.subscribe(() => true);
    await append('one');
    await append('two');
    expect(await within(events, 1000)).toBe('one');
    expect(await within(events, 1000)).toBe('two');
    await events.return?.();
  });

  it('is woken by NOTIFY, not by its poll', async () => {
    const follower = follow({ pollEveryMs: 60_000 });
    const events = await follower.subscribe(() => true);
    const started = performance.now();
    await append('notified');
    expect(await within(events, 1000)).toBe('notified');
    expect(performance.now() - started).toBeLessThan(1000);
    await events.return?.();
  });

  it('falls back to polling where LISTEN is unavailable', async () => {
    const deaf: Database = {
      ...test.database,
      listen: () => Promise.reject(new Error('LISTEN is not supported')),
    };
    const follower = follow({ pollEveryMs: 50 }, deaf);
    const events = await follower.subscribe(() => true);
    await append('polled');
    expect(await within(events, 1000)).toBe('polled');
    await events.return?.();
  });

  it('gives each subscriber only what its filter accepts', async () => {
    const follower = follow({});
    const odd = await follower.subscribe(({ event }) => event.data.label === 'odd');
    const all = await follower.subscribe(() => true);
    await append('even');
    await append('odd');
    expect(await within(all, 1000)).toBe('even');
    expect(await within(all, 1000)).toBe('odd');
    expect(await within(odd, 1000)).toBe('odd');
    await Promise.all([odd.return?.(), all.return?.()]);
  });

  it('goes idle when the last subscriber leaves, and restarts at the new head', async () => {
    const follower = follow({});
    const first = await follower.subscribe(() => true);
    expect(follower.subscriberCount).toBe(1);
    await first.return?.();
    expect(follower.subscriberCount).toBe(0);
    await append('while idle');
    const second = await follower.subscribe(() => true);
    await append('after');
    expect(await within(second, 1000)).toBe('after');
    await second.return?.();
  });

  it('ends a subscriber that falls too far behind, dropping its buffer, saying where to resume', async () => {
    const follower = follow({ bufferLimit: 2 });
    const slow = await follower.subscribe(() => true);
    await append('a');
    expect(await within(slow, 1000)).toBe('a');
    const position = (await readChainHead(test.database))?.position;
    for (const label of ['b', 'c', 'd']) await append(label);
    await expect.poll(() => follower.subscriberCount, { timeout: 2000 }).toBe(0);
    expect(await within(slow, 100)).toBe(`too-slow after ${position}`);
    expect(await within(slow, 100)).toBe('done');
  });

  it('ends a stream whose token is revoked before the next delivery, with the reason', async () => {
    const { info } = await createToken(test.database, { role: 'partner', name: 'Widerruf' });
    const follower = follow({ pollEveryMs: 60_000, tokenCheckEveryMs: 60_000 });
    const holder = await follower.subscribe(() => true, { tokenId: info.id });
    const other = await follower.subscribe(() => true);
    await append('before');
    expect(await within(holder, 1000)).toBe('before');
    expect(await within(other, 1000)).toBe('before');
    await revokeToken(test.database, info.id);
    await append('after');
    expect(await within(other, 1000)).toBe('after');
    expect(await within(holder, 1000)).toMatch(/^token-revoked after \d+$/);
    expect(await within(holder, 100)).toBe('done');
    await other.return?.();
  });

  it('ends a revoked token’s quiet stream by its periodic check', async () => {
    const { info } = await createToken(test.database, { role: 'team', name: 'Still' });
    const follower = follow({ tokenCheckEveryMs: 100 });
    let ended = 0;
    const quiet = await follower.subscribe(() => true, {
      tokenId: info.id,
      onServerEnd: () => {
        ended += 1;
      },
    });
    await revokeToken(test.database, info.id);
    expect(await within(quiet, 2000)).toBe('token-revoked after undefined');
    expect(ended).toBe(1);
  });

  it('ends every subscription on close', async () => {
    const follower = follow({});
    const events = await follower.subscribe(() => true);
    const pending = within(events, 1000);
    await follower.close();
    expect(await pending).toBe('done');
    await expect(follower.subscribe(() => true)).rejects.toThrow(/closed/);
  });
});
