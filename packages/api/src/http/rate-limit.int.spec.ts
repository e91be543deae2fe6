import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import type { RateLimitSettings } from './rate-limit-settings.js';

/**
 * Per token, and per address for anonymous callers: RateLimit-* on every answer, 429 with
 * Retry-After beyond the limit, allowed again once the bucket refills. A fake clock stands in
 * for waiting.
 */
let test: TestDatabase;
let now = 0;
const apps: ReturnType<typeof compose>[] = [];
const tokens: string[] = [];

const appWith = (settings: RateLimitSettings) => {
  const composed = compose(test.database, { rateLimit: settings, rateLimitClock: () => now });
  apps.push(composed);
  return composed.app;
};

beforeAll(async () => {
  test = await createTestDatabase();
  for (const name of ['IHK Chemnitz', 'TU Dresden']) {
    tokens.push((await createToken(test.database, { role: 'partner', name })).token);
  }
});
afterAll(async () => {
  for (const { feed, store } of apps) {
    await feed.close();
    await store.close();
  }
  await test.close();
});

/** What @hono/node-server hands the app: the socket the request came over. */
const from = (remoteAddress: string) => ({
  incoming: { socket: { remoteAddress, remotePort: 50_000, remoteFamily: 'IPv4' } },
});

const ask = (
  app: ReturnType<typeof appWith>,
  options: { token?: string; address?: string; headers?: Record<string, string> } = {},
) =>
  app.request(
    '/graphql',
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    },
    options.address ? from(options.address) : undefined,
  );

const limitHeaders = (response: Response) => ({
  limit: response.headers.get('ratelimit-limit'),
  remaining: response.headers.get('ratelimit-remaining'),
  reset: response.headers.get('ratelimit-reset'),
  policy: response.headers.get('ratelimit-policy'),
  retryAfter: response.headers.get('retry-after'),
});

describe('when a token stays within its limit', () => {
  it('says on every answer how much is left and when it is full again', async () => {
    const app = appWith({ perToken: 3, perAddress: 2, trustProxy: false });
    const first = await ask(app, { token: tokens[0] });
    expect(first.status).toBe(200);
    // 3 a minute refill one every 20 s.
    expect(limitHeaders(first)).toEqual({
      limit: '3',
      remaining: '2',
      reset: '20',
      policy: '3;w=60',
      retryAfter: null,
    });
    expect(limitHeaders(await ask(app, { token: tokens[0] }))).toMatchObject({
      remaining: '1',
      reset: '40',
    });
  });
});

describe('when a token goes beyond its limit', () => {
  it('is answered 429 with Retry-After, then served again once a token refilled', async () => {
    now = 0;
    const app = appWith({ perToken: 3, perAddress: 2, trustProxy: false });
    for (let i = 0; i < 3; i += 1) expect((await ask(app, { token: tokens[0] })).status).toBe(200);

    const refused = await ask(app, { token: tokens[0], headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(limitHeaders(refused)).toMatchObject({ remaining: '0', retryAfter: '20', reset: '60' });
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'Too many requests: at most 3 a minute. Try again in 20 s.',
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });

    now += 19_000;
    expect((await ask(app, { token: tokens[0] })).status).toBe(429);
    now += 1_000;
    const again = await ask(app, { token: tokens[0] });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('leaves other tokens and anonymous callers their own quota', async () => {
    now = 0;
    const app = appWith({ perToken: 1, perAddress: 1, trustProxy: false });
    expect((await ask(app, { token: tokens[0] })).status).toBe(200);
    expect((await ask(app, { token: tokens[0] })).status).toBe(429);
    expect((await ask(app, { token: tokens[1] })).status).toBe(200);
    expect((await ask(app, { address: '198.51.100.1' })).status).toBe(200);
  });
});

describe('when anonymous callers ask', () => {
  it('limits each address on its own, at the anonymous limit', async () => {
    now = 0;
    const app = appWith({ perToken: 100, perAddress: 2, trustProxy: false });
    for (let i = 0; i < 2; i += 1) {
      expect((await ask(app, { address: '203.0.113.7' })).status).toBe(200);
    }
    const refused = await ask(app, { address: '203.0.113.7' });
    expect(refused.status).toBe(429);
    expect(limitHeaders(refused)).toMatchObject({ limit: '2', retryAfter: '30' });
    expect((await ask(app, { address: '203.0.113.8' })).status).toBe(200);
  });

  it('counts an IPv6 /64 as one client, so rotating addresses within it does not help', async () => {
    now = 0;
    const app = appWith({ perToken: 100, perAddress: 2, trustProxy: false });
    expect((await ask(app, { address: '2001:db8:1:2::a' })).status).toBe(200);
    expect((await ask(app, { address: '2001:db8:1:2::b' })).status).toBe(200);
    expect((await ask(app, { address: '2001:db8:1:2:ffff::1' })).status).toBe(429);
    expect((await ask(app, { address: '2001:db8:1:3::a' })).status).toBe(200);
  });

  it('charges refused tokens to the address, so guessing tokens is throttled too', async () => {
    now = 0;
    const app = appWith({ perToken: 100, perAddress: 2, trustProxy: false });
    for (const token of ['fp_guess_1', 'fp_guess_2']) {
      const response = await ask(app, { token, address: '192.0.2.50' });
      expect(response.status).toBe(401);
      expect(response.headers.get('ratelimit-limit')).toBe('2');
    }
    const refused = await ask(app, { token: 'fp_guess_3', address: '192.0.2.50' });
    expect(refused.status).toBe(429);
    expect((await ask(app, { address: '192.0.2.50' })).status).toBe(429);
  });
});

describe('when a proxy in front sets X-Forwarded-For', () => {
  const behind = (forwardedFor: string) => ({
    address: '10.0.0.2',
    headers: { 'x-forwarded-for': forwardedFor },
  });

  it('ignores the header unless the proxy is trusted: all share the proxy’s address', async () => {
    now = 0;
    const app = appWith({ perToken: 100, perAddress: 1, trustProxy: false });
    expect((await ask(app, behind('203.0.113.1'))).status).toBe(200);
    expect((await ask(app, behind('203.0.113.2'))).status).toBe(429);
  });

  it('keys by the entry the trusted proxy appended, not by what the client wrote', async () => {
    now = 0;
    const app = appWith({ perToken: 100, perAddress: 1, trustProxy: true });
    expect((await ask(app, behind('203.0.113.1'))).status).toBe(200);
    expect((await ask(app, behind('203.0.113.2'))).status).toBe(200);
    // A spoofed first entry changes nothing: the proxy's own (last) entry names the client.
    expect((await ask(app, behind('198.51.100.9, 203.0.113.1'))).status).toBe(429);
  });
});
