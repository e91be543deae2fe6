import { once } from 'node:events';
import { type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '../auth/tokens.js';
import { listen } from '../testing/listen.js';
import { openSubscription, readSse, type SseReader } from '../testing/sse.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';

// Small limits, so each is reached with a handful of real SSE connections.
const LIMITS = { perToken: 2, perAddress: 2, total: 5, bufferLimit: 20, tokenCheckEveryMs: 200 };

const GRACE_MS = 2000;

let api: TestApi;
let server: ServerType;
let url: string;
const open: SseReader[] = [];

// `itemKind`, not `type`: the probe events are no domain event, which the EventType enum refuses.
const SUBSCRIBE = 'subscription { eventAppended { position itemKind } }';

const connect = (token: string | undefined, query = SUBSCRIBE) =>
  openSubscription(url, token, { query });

/** An accepted subscription, read in the background. */
const subscribe = async (token?: string, query?: string): Promise<SseReader> => {
  const { response, request: hangUp } = await connect(token, query);
  expect(response.status).toBe(200);
  const stream = readSse(response, hangUp);
  open.push(stream);
  return stream;
};

/** A refused one: its status, Retry-After and GraphQL error code. */
const refused = async (token?: string) => {
  const { response } = await connect(token);
  const body = (await response.json()) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors[0]?.extensions.code,
    message: body.errors[0]?.message,
  };
};

let probes = 0;
/** An event every team subscriber receives; `size` characters of payload make it heavy. */
const write = async (size = 10) => {
  probes += 1;
  await api.store.append(`Probe-${probes}`, [
    {
      type: 'Probed',
      schemaVersion: 1,
      data: { payload: 'x'.repeat(size) },
      occurredAt: new Date().toISOString(),
    },
  ]);
};

const kindOf = (data: string | undefined) =>
  (JSON.parse(data ?? '{}') as { data?: { eventAppended?: { itemKind: string } } }).data
    ?.eventAppended?.itemKind;

beforeAll(async () => {
  api = await createTestApi({ subscriptions: LIMITS, streamGraceMs: GRACE_MS });
  ({ server, url } = await listen(api.app.fetch));
});
afterAll(async () => {
  await Promise.all(open.map((stream) => stream.close()));
  (server as Server).closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

/** Closes the given streams and waits until the server has let go of them. */
const hangUp = async (...streams: SseReader[]) => {
  await Promise.all(streams.map((stream) => stream.close()));
  await expect.poll(() => api.feed.subscriberCount, { timeout: 2000 }).toBe(0);
};

describe('when a caller holds as many subscriptions as allowed', () => {
  it('refuses an anonymous address its next one with 429, Retry-After and a clear code', async () => {
    const held = [await subscribe(), await subscribe()];
    expect(await refused()).toEqual({
      status: 429,
      retryAfter: '30',
      code: 'TOO_MANY_SUBSCRIPTIONS',
      message:
        'Zu viele offene Abonnements: höchstens 2 je Adresse ohne Token. Eines schließen oder in 30 s erneut versuchen.',
    });
    // Ordinary queries are no subscriptions and are not counted.
    expect((await api.gql('{ viewer { role } }', {}, { as: 'anonymous' })).status).toBe(200);
    await held[0]?.close();
    const again = await subscribe();
    await hangUp(again, ...held);
  });

  it('counts per token, and a token is not charged for the anonymous callers', async () => {
    const partner = [await subscribe(api.tokens.partner), await subscribe(api.tokens.partner)];
    expect((await refused(api.tokens.partner)).code).toBe('TOO_MANY_SUBSCRIPTIONS');
    const anonymous = await subscribe();
    const team = await subscribe(api.tokens.team);
    await write();
    for (const stream of [...partner, anonymous]) expect(await stream.drain(200)).toEqual([]);
    expect(kindOf((await team.next(5000))?.data)).toBe('Probe');
    await hangUp(...partner, anonymous, team);
  });

  it('refuses anyone beyond the total, and frees the slot when a stream ends', async () => {
    const held = [
      await subscribe(api.tokens.team),
      await subscribe(api.tokens.team),
      await subscribe(api.tokens.ministry),
      await subscribe(api.tokens.ministry),
      await subscribe(api.tokens.admin),
    ];
    const refusal = await refused(api.tokens.partner);
    expect(refusal).toMatchObject({
      status: 429,
      retryAfter: '30',
      code: 'TOO_MANY_SUBSCRIPTIONS',
    });
    expect(refusal.message).toMatch(/höchste Zahl offener Abonnements \(5\)/);
    await held[4]?.close();
    await hangUp(await subscribe(api.tokens.partner), ...held);
  });

  it('frees the slot of a stream whose request was bad', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const { response } = await connect(undefined, 'subscription { nichtDa }');
      await response.text();
    }
    await hangUp(await subscribe(), await subscribe());
  });
});

describe('when a subscriber’s token is revoked', () => {
  it('ends its stream with a final UNAUTHENTICATED error; the others keep receiving', async () => {
    const { token, info } = await createToken(api.database, { role: 'partner', name: 'Gekündigt' });
    const revoked = await subscribe(token);
    const team = await subscribe(api.tokens.team);
    await revokeToken(api.database, info.id);
    const last = await revoked.next(2000);
    expect(last?.event).toBe('next');
    expect(JSON.parse(last?.data ?? '{}')).toEqual({
      data: null,
      errors: [
        {
          message: 'Das Token wurde widerrufen; das Abonnement ist beendet.',
          locations: [{ line: 1, column: 16 }],
          path: ['eventAppended'],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect((await revoked.next(5000))?.event).toBe('complete');
    await write();
    expect(kindOf((await team.next(5000))?.data)).toBe('Probe');
    // The revoked token can no longer open one at all.
    expect((await connect(token)).response.status).toBe(401);
    await hangUp(revoked, team);
  });
});

/** A subscriber that does not read: its socket paused, as a stalled client's would be. */
const stalled = async (token: string) => {
  const { port } = server.address() as AddressInfo;
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    },
  });
  req.end(JSON.stringify({ query: 'subscription { eventAppended { position data } }' }));
  const [response] = (await once(req, 'response')) as [IncomingMessage];
  expect(response.statusCode).toBe(200);
  response.pause();
  /** Reads on to the end of the connection: the SSE messages it got, in order. */
  const resume = () =>
    new Promise<{ event: string; data: string }[]>((resolve) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      const done = () =>
        resolve(
          text
            .split('\n\n')
            .map((block) => ({
              event: /^event: ?(.*)$/m.exec(block)?.[1] ?? '',
              data: /^data: ?(.*)$/m.exec(block)?.[1] ?? '',
            }))
            .filter((message) => message.event !== ''),
        );
      response.on('end', done);
      response.on('error', done);
      response.on('aborted', done);
      response.resume();
    });
  return { response, resume };
};

/** Heavy events until the stalled subscriber is dropped; `reader` must get every one. */
const overflow = async (reader: SseReader) => {
  let written = 0;
  while (api.feed.subscriberCount === 2 && written < 2000) {
    await write(64_000);
    written += 1;
    expect(kindOf((await reader.next(5000))?.data)).toBe('Probe');
  }
  expect(api.feed.subscriberCount).toBe(1);
  return written;
};

describe('when a subscriber does not read', () => {
  it('ends that stream once its buffer is full and hangs up; the others keep going', async () => {
    const slow = await stalled(api.tokens.ministry);
    const reader = await subscribe(api.tokens.team);
    await expect.poll(() => api.feed.subscriberCount, { timeout: 2000 }).toBe(2);
    const written = await overflow(reader);
    console.log(`a stalled subscriber was ended after ${written} events of 64 kB`);
    // It cannot take its last message: after the grace period the server hangs up, and the
    // slot is free again.
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 200));
    const second = await subscribe(api.tokens.ministry);
    const third = await subscribe(api.tokens.ministry);
    const messages = await slow.resume();
    expect(messages.at(-1)?.event).not.toBe('complete');
    await write();
    expect(kindOf((await reader.next(5000))?.data)).toBe('Probe');
    expect(kindOf((await second.next(5000))?.data)).toBe('Probe');
    await hangUp(reader, second, third);
  });

  it('tells a reader that fell behind where to resume, then completes its stream', async () => {
    const slow = await stalled(api.tokens.ministry);
    const reader = await subscribe(api.tokens.team);
    await expect.poll(() => api.feed.subscriberCount, { timeout: 2000 }).toBe(2);
    await overflow(reader);
    const messages = await slow.resume();
    expect(messages.at(-1)?.event).toBe('complete');
    const last = JSON.parse(messages.at(-2)?.data ?? '{}') as {
      errors: {
        message: string;
        extensions: { code: string; details: { after: string; lastPosition: number } };
      }[];
    };
    const [error] = last.errors;
    expect(error?.extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
    const { after, lastPosition } = error?.extensions.details ?? { after: '', lastPosition: 0 };
    expect(error?.message).toBe(
      `Abonnement beendet: zu langsam; mit events(after: "${after}") nachholen.`,
    );
    // The cursor resumes right after the last event written to the stream.
    const delivered = messages
      .filter((message) => message.event === 'next')
      .map(
        (message) =>
          JSON.parse(message.data) as { data: { eventAppended: { position: string } } | null },
      )
      .flatMap((message) => (message.data ? [Number(message.data.eventAppended.position)] : []));
    expect(delivered.at(-1)).toBe(lastPosition);
    const page = await api.gql<{ events: { edges: { node: { position: string } }[] } }>(
      'query($after: String) { events(after: $after, first: 1) { edges { node { position } } } }',
      { after },
      { as: 'ministry' },
    );
    expect(Number(page.data?.events.edges[0]?.node.position)).toBe(lastPosition + 1);
    await hangUp(reader);
  });
});
