import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { type ServerProcess, startServer, stopServer } from '../testing/server-process.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { type Receiver, startReceiver } from '../testing/webhook-receiver.js';

/**
 * A real API process delivers to a real receiver, is stopped in the middle of the stream and
 * started again: every event arrives, in feed order; the only repeats allowed are those of
 * at-least-once (an event in flight at the stop, sent again).
 */
describe('an API restart in the middle of a webhook stream', () => {
  let test: TestDatabase;
  let server: ServerProcess | undefined;
  let receiver: Receiver;
  const tokens = { team: '', partner: '' };
  let env: Record<string, string>;

  beforeAll(async () => {
    test = await createTestDatabase({ onDisk: true });
    tokens.team = (await createToken(test.database, { role: 'team', name: 'E2E Team' })).token;
    tokens.partner = (
      await createToken(test.database, { role: 'partner', name: 'E2E Partner' })
    ).token;
    // PGlite has one owner: the server process.
    if (!test.url) await test.database.close();
    // Slow enough that the stop lands in the middle of the stream.
    receiver = await startReceiver(() => ({ status: 200, afterMs: 150 }));
    env = {
      ...test.env,
      FAHRPLAN_WEBHOOKS_ALLOW_PRIVATE: 'true',
      FAHRPLAN_WEBHOOK_POLL_MS: '50',
      FAHRPLAN_WEBHOOK_RETRY_BASE_MS: '50',
    };
  }, 180_000);

  afterAll(async () => {
    if (server) await stopServer(server);
    await receiver?.close();
    await test?.close();
  });

  const gql = async (as: keyof typeof tokens, query: string, input: Record<string, unknown>) => {
    const response = await fetch(`${server?.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[as]}` },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  let fields = 0;
  const defineFields = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      fields += 1;
      await gql(
        'team',
        'mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { version } }',
        { key: `neustart-${fields}`, title: `Feld ${fields}`, description: 'E2E.' },
      );
    }
  };

  const positions = () =>
    receiver.received.map((each) =>
      Number((JSON.parse(each.body) as { data: { position: string } }).data.position),
    );

  const waitFor = async (done: () => boolean) => {
    const deadline = Date.now() + 120_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`only ${receiver.received.length} received`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('loses nothing and repeats nothing beyond at-least-once', async () => {
    server = await startServer(env, { waitFor: '/readyz', timeoutMs: 180_000 });
    await gql(
      'partner',
      'mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret } }',
      { url: receiver.url, eventTypes: ['ActionFieldDefined'] },
    );
    await defineFields(12);
    await waitFor(() => receiver.received.length >= 3);
    expect(await stopServer(server)).toBe(0);
    const beforeRestart = receiver.received.length;
    expect(beforeRestart).toBeLessThan(12);

    server = await startServer(env, { waitFor: '/readyz', timeoutMs: 180_000 });
    await defineFields(4);
    const distinct = () => new Set(receiver.received.map((each) => each.headers['webhook-id']));
    await waitFor(() => distinct().size >= 16);
    // A moment for anything that would come twice.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const seen = positions();
    console.info('webhook restart:', {
      beforeRestart,
      received: seen.length,
      distinct: distinct().size,
    });
    expect(distinct().size).toBe(16);
    // In feed order: never an earlier event after a later one.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // At least once: a repeat is only the event in flight at the stop (one per stop).
    expect(seen.length - distinct().size).toBeLessThanOrEqual(1);
  }, 400_000);
});
