import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '../auth/tokens.js';
import { webhookFeedReader } from '../graphql/webhook-feed.js';
import { freePort } from '../testing/server-process.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { type Receiver, startReceiver } from '../testing/webhook-receiver.js';
import { DEFAULT_WEBHOOKS, type WebhookSettings } from './settings.js';
import { createWebhookWorker, type WebhookWorker } from './worker.js';

/** Fast retries, a short time-out and a small dead-letter limit; loopback receivers allowed. */
const SETTINGS: WebhookSettings = {
  ...DEFAULT_WEBHOOKS,
  allowPrivateAddresses: true,
  pollMs: 20,
  timeoutMs: 1500,
  maxFailures: 4,
  retryBaseMs: 20,
  retryMaxMs: 100,
  batchSize: 3,
};

let api: TestApi;
const receivers: Receiver[] = [];

beforeAll(async () => {
  api = await createTestApi({ webhooks: SETTINGS });
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  await api.database.rows(sql`DELETE FROM webhook_endpoints`);
});
afterAll(() => api.close());

const receiver = async (...args: Parameters<typeof startReceiver>) => {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
};

const worker = (settings: Partial<WebhookSettings> = {}): WebhookWorker =>
  createWebhookWorker({
    database: api.database,
    readFeed: webhookFeedReader(api.database, api.graphql),
    settings: { ...SETTINGS, ...settings },
    now: () => new Date().toISOString(),
    random: () => 0.5,
  });

/** Runs the workers' turns until `done` holds (or fails after 30 s: a loaded machine is slow). */
const until = async (done: () => boolean | Promise<boolean>, workers = [worker()]) => {
  const deadline = Date.now() + 30_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for deliveries');
    await Promise.all(workers.map((each) => each.runOnce()));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const register = async (input: Record<string, unknown>) => {
  const response = await api.gql<{
    registerWebhookEndpoint: { endpoint: { id: string; position: string }; secret: string };
  }>(
    `mutation($input: RegisterWebhookEndpointInput!) {
      registerWebhookEndpoint(input: $input) { endpoint { id position } secret }
    }`,
    { input },
    { as: 'partner' },
  );
  expect(response.errors).toBeUndefined();
  const registered = response.data?.registerWebhookEndpoint;
  if (!registered) throw new Error('not registered');
  return registered;
};

let fields = 0;
const defineField = async (): Promise<string> => {
  fields += 1;
  const response = await api.gql<{ defineActionField: { actionField: { id: string } } }>(
    `mutation($input: DefineActionFieldInput!) {
      defineActionField(input: $input) { actionField { id } }
    }`,
    { input: { key: `feld-${fields}`, title: `Handlungsfeld ${fields}`, description: 'Test.' } },
  );
  expect(response.errors).toBeUndefined();
  await api.store.seal();
  return response.data?.defineActionField.actionField.id ?? '';
};

const mutate = async (name: string, input: Record<string, unknown>) => {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const response = await api.gql<Record<string, { recommendation: { id: string } }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { recommendation { id } } }`,
    { input },
  );
  expect(response.errors).toBeUndefined();
  await api.store.seal();
  return response.data?.[name]?.recommendation.id ?? '';
};

interface Delivered {
  type: string;
  timestamp: string;
  data: { position: string; type: string; itemId: string; actor?: unknown; reason: unknown };
}

const bodies = (at: Receiver): Delivered[] =>
  at.received.map((each) => JSON.parse(each.body) as Delivered);

const endpointState = async (id: string) => {
  const response = await api.gql<{
    webhookEndpoints: {
      id: string;
      status: string;
      position: string;
      consecutiveFailures: number;
      disabledReason: string | null;
      deliveries: {
        totalCount: number;
        edges: {
          node: {
            messageId: string;
            position: string;
            attempt: number;
            statusCode: number | null;
            error: string | null;
            succeeded: boolean;
            durationMs: number;
          };
        }[];
      };
    }[];
  }>(
    `{ webhookEndpoints {
        id status position consecutiveFailures disabledReason
        deliveries(first: 50) { totalCount edges { node {
          messageId position attempt statusCode error succeeded durationMs
        } } }
      } }`,
    {},
    { as: 'partner' },
  );
  expect(response.errors).toBeUndefined();
  const found = response.data?.webhookEndpoints.find((endpoint) => endpoint.id === id);
  if (!found) throw new Error(`endpoint ${id} not listed`);
  return { ...found, log: found.deliveries.edges.map((edge) => edge.node).reverse() };
};

describe('when the receiver answers 200', () => {
  it('delivers each new event once, in feed order, signed as Standard Webhooks says', async () => {
    const at = await receiver();
    const { endpoint, secret } = await register({ url: at.url });
    const ids = [
      await defineField(),
      await defineField(),
      await defineField(),
      await defineField(),
    ];
    await until(() => at.received.length >= 4);

    const delivered = bodies(at);
    expect(delivered.map((body) => body.data.itemId)).toEqual(ids);
    const positions = delivered.map((body) => Number(body.data.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(Number(endpoint.position));
    // Every delivery verifies with the secret shown at registration.
    const hook = new Webhook(secret);
    for (const { headers, body } of at.received) {
      expect(headers['webhook-id']).toMatch(/^msg_/);
      expect(hook.verify(body, headers as Record<string, string>)).toEqual(JSON.parse(body));
    }
    // The same shape as the partner's own `events` feed.
    const feed = await api.gql<{
      events: { edges: { node: { position: string; type: string; itemId: string } }[] };
    }>(
      `query($after: String) { events(after: $after, first: 10) { edges { node { position type itemId itemKind hash } } } }`,
      { after: Buffer.from(`event:${endpoint.position}`).toString('base64url') },
      { as: 'partner' },
    );
    expect(
      delivered.map(({ data }) => ({
        position: data.position,
        type: data.type,
        itemId: data.itemId,
        itemKind: (data as unknown as { itemKind: string }).itemKind,
        hash: (data as unknown as { hash: string }).hash,
      })),
    ).toEqual(feed.data?.events.edges.map((edge) => edge.node));
    expect(delivered[0]).toMatchObject({
      type: 'ActionFieldDefined',
      data: { payload: { __typename: 'ActionFieldDefined' } },
    });

    const state = await endpointState(endpoint.id);
    expect(state).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0 });
    expect(state.position).toBe(String(positions.at(-1)));
    expect(state.log.map((entry) => [entry.position, entry.statusCode, entry.succeeded])).toEqual(
      positions.map((position) => [String(position), 200, true]),
    );
    expect(at.received).toHaveLength(4);
  });

  it('never sends one endpoint’s events twice when two workers (two API processes) compete', async () => {
    const at = await receiver();
    await register({ url: at.url });
    for (let i = 0; i < 6; i += 1) await defineField();
    await until(() => at.received.length >= 6, [worker(), worker(), worker()]);
    await Promise.all([worker().runOnce(), worker().runOnce()]);
    const ids = at.received.map((each) => each.headers['webhook-id']);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toHaveLength(6);
  });
});

describe('when the receiver fails three times, then answers 200', () => {
  it('retries the same message with back-off, then goes on in order', async () => {
    const at = await receiver((n) => (n <= 3 ? 500 : 200));
    const { endpoint } = await register({ url: at.url });
    await defineField();
    await defineField();
    await until(() => at.received.length >= 5);
    const messages = at.received.map((each) => each.headers['webhook-id']);
    // The first event four times (3 failures, 1 success), then the second: nothing overtakes.
    expect(new Set(messages.slice(0, 4)).size).toBe(1);
    expect(messages[4]).not.toBe(messages[0]);
    const state = await endpointState(endpoint.id);
    expect(state).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0 });
    expect(state.log.map((entry) => [entry.attempt, entry.statusCode, entry.error])).toEqual([
      [1, 500, 'HTTP_500'],
      [2, 500, 'HTTP_500'],
      [3, 500, 'HTTP_500'],
      [4, 200, null],
      [1, 200, null],
    ]);
  });
});

describe('when the receiver never answers', () => {
  it('times each attempt out and disables the endpoint after the limit (dead letter)', async () => {
    const at = await receiver(() => 'hang');
    const { endpoint } = await register({ url: at.url });
    const before = Number(endpoint.position);
    await defineField();
    await until(async () => (await endpointState(endpoint.id)).status === 'DISABLED');
    const state = await endpointState(endpoint.id);
    expect(state).toMatchObject({ disabledReason: 'TIMEOUT', consecutiveFailures: 4 });
    expect(state.position).toBe(String(before));
    expect(state.log.map((entry) => [entry.attempt, entry.error, entry.statusCode])).toEqual([
      [1, 'TIMEOUT', null],
      [2, 'TIMEOUT', null],
      [3, 'TIMEOUT', null],
      [4, 'TIMEOUT', null],
    ]);
    // Disabled: nothing more is sent.
    await worker().runOnce();
    expect(at.received).toHaveLength(4);
  });
});

describe('when the receiver is gone', () => {
  it('disables the endpoint; a replay after the fix delivers from the position given, in order', async () => {
    const port = await freePort();
    const { endpoint } = await register({ url: `http://127.0.0.1:${port}/weg` });
    const first = await defineField();
    const second = await defineField();
    await until(async () => (await endpointState(endpoint.id)).status === 'DISABLED');
    const dead = await endpointState(endpoint.id);
    expect(dead.disabledReason).toBe('ECONNREFUSED');
    expect(dead.log.every((entry) => entry.statusCode === null && !entry.succeeded)).toBe(true);

    const at = await receiver(() => 200, port);
    const replayed = await api.gql(
      `mutation($input: ReplayWebhookEndpointInput!) {
        replayWebhookEndpoint(input: $input) { endpoint { status position consecutiveFailures } }
      }`,
      { input: { id: endpoint.id, fromPosition: String(Number(endpoint.position) + 1) } },
      { as: 'partner' },
    );
    expect(replayed.data?.replayWebhookEndpoint).toEqual({
      endpoint: { status: 'ACTIVE', position: endpoint.position, consecutiveFailures: 0 },
    });
    await until(() => at.received.length >= 2);
    expect(bodies(at).map((body) => body.data.itemId)).toEqual([first, second]);
  });
});

describe('what a partner may see', () => {
  it('never delivers a draft; the event that publishes it is delivered when it comes', async () => {
    const at = await receiver();
    await register({ url: at.url });
    const field = await defineField();
    const id = await mutate('draftRecommendation', {
      title: 'Entwurf: Testfelder',
      body: 'Noch intern.',
      actionFieldIds: [field],
    });
    await mutate('submitRecommendationForReview', { id, expectedVersion: 1 });
    await until(() => at.received.length >= 1);
    // Give the worker turns in which a draft could slip through.
    for (let i = 0; i < 3; i += 1) await worker().runOnce();
    expect(bodies(at).map((body) => body.type)).toEqual(['ActionFieldDefined']);

    await mutate('prioritiseRecommendation', { id, expectedVersion: 2, priority: 'HIGH' });
    await until(() => at.received.length >= 2);
    const published = bodies(at)[1];
    expect(published).toMatchObject({ type: 'RecommendationPrioritised', data: { itemId: id } });
    // No actor identifiers for partners (the feed's redaction).
    expect(bodies(at).every((body) => body.data.actor === undefined)).toBe(true);
    expect(JSON.stringify(bodies(at))).not.toContain('token:');
  });
});

describe('filters', () => {
  it('delivers only the event types and action fields asked for, and moves past the rest', async () => {
    const at = await receiver();
    const wanted = await defineField();
    const other = await defineField();
    const { endpoint } = await register({
      url: at.url,
      eventTypes: [
        'RecommendationDrafted',
        'RecommendationPrioritised',
        'RecommendationSubmittedForReview',
      ],
      actionFields: [wanted],
    });
    const outside = await mutate('draftRecommendation', {
      title: 'Anderswo',
      body: 'x',
      actionFieldIds: [other],
    });
    await mutate('submitRecommendationForReview', { id: outside, expectedVersion: 1 });
    await mutate('prioritiseRecommendation', { id: outside, expectedVersion: 2, priority: 'LOW' });
    const inside = await mutate('draftRecommendation', {
      title: 'Hier',
      body: 'x',
      actionFieldIds: [wanted],
    });
    await mutate('submitRecommendationForReview', { id: inside, expectedVersion: 1 });
    await mutate('prioritiseRecommendation', { id: inside, expectedVersion: 2, priority: 'LOW' });
    await defineField();
    const [head] = await api.database.rows<{ head: string }>(
      sql`SELECT max(position) AS head FROM event_chain`,
    );
    await until(async () => (await endpointState(endpoint.id)).position === String(head?.head));
    expect(bodies(at).map((body) => [body.type, body.data.itemId])).toEqual([
      ['RecommendationPrioritised', inside],
    ]);
  });
});

describe('rotating the secret', () => {
  it('signs the next deliveries with the new secret only', async () => {
    const at = await receiver();
    const { endpoint, secret: old } = await register({ url: at.url });
    const rotated = await api.gql<{ rotateWebhookSecret: { secret: string } }>(
      `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }`,
      { input: { id: endpoint.id } },
      { as: 'partner' },
    );
    const secret = rotated.data?.rotateWebhookSecret.secret ?? '';
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secret).not.toBe(old);
    await defineField();
    await until(() => at.received.length >= 1);
    const [{ headers, body }] = at.received as [(typeof at.received)[number]];
    expect(() => new Webhook(old).verify(body, headers as Record<string, string>)).toThrow();
    expect(new Webhook(secret).verify(body, headers as Record<string, string>)).toBeTruthy();
  });
});

describe('when the partner’s token is revoked', () => {
  it('disables its endpoints: nobody receives for it any more', async () => {
    const at = await receiver();
    const { token, info } = await createToken(api.database, { role: 'partner', name: 'Gehender' });
    const response = await api.gql<{ registerWebhookEndpoint: { endpoint: { id: string } } }>(
      `mutation($input: RegisterWebhookEndpointInput!) {
        registerWebhookEndpoint(input: $input) { endpoint { id } }
      }`,
      { input: { url: at.url } },
      { token },
    );
    const id = response.data?.registerWebhookEndpoint.endpoint.id ?? '';
    expect(await revokeToken(api.database, info.id)).toBe(true);
    await defineField();
    await until(async () => {
      const [row] = await api.database.rows<{ status: string }>(
        sql`SELECT status FROM webhook_endpoints WHERE id = ${id}`,
      );
      return row?.status === 'disabled';
    });
    const [row] = await api.database.rows<{ disabled_reason: string }>(
      sql`SELECT disabled_reason FROM webhook_endpoints WHERE id = ${id}`,
    );
    expect(row?.disabled_reason).toBe('TOKEN_REVOKED');
    expect(at.received).toEqual([]);
  });
});
