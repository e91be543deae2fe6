import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

const DEFINE = `mutation Define($input: DefineActionFieldInput!) {
  defineActionField(input: $input) { version }
}`;

let test: TestDatabase;
let composed: ReturnType<typeof compose>;
let token: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  // The log goes into memory: the test reads what an operator would.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  composed = compose(test.database, {
    logger: pino({ level: 'info' }, sink),
    observability: {
      metricsToken: 'metrics-secret',
      readiness: { timeoutMs: 2000, sealerStallSeconds: 30 },
    },
  });
  token = (await createToken(test.database, { role: 'team', name: 'Anna Beispiel' })).token;
});
afterAll(async () => {
  await composed.feed.close();
  await composed.store.close();
  await test.close();
});

const define = (key: string, headers: Record<string, string> = {}) =>
  composed.app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify({
      query: DEFINE,
      variables: { input: { key, title: `Feld ${key}`, description: 'Beschreibung' } },
    }),
  });

describe('health', () => {
  it('/healthz answers without asking the database', async () => {
    const response = await composed.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports the database, migrations and the sealer', async () => {
    await define('bereit');
    await composed.store.seal();
    const response = await composed.app.request('/readyz');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; sealer: { pendingEvents: number } };
    expect(body).toMatchObject({ status: 'ok', sealer: { pendingEvents: 0 } });
  });

  it('/readyz turns 503 once shutdown began', async () => {
    composed.observability.beginShutdown();
    const response = await composed.app.request('/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
  });
});

describe('metrics', () => {
  it('are refused without the bearer secret', async () => {
    expect((await composed.app.request('/metrics')).status).toBe(401);
    const wrong = await composed.app.request('/metrics', {
      headers: { authorization: 'Bearer wrong' },
    });
    expect(wrong.status).toBe(401);
  });

  it('are not served at all when no secret is configured', async () => {
    const open = compose(test.database);
    expect((await open.app.request('/metrics')).status).toBe(404);
    await open.feed.close();
  });

  it('count requests, operations, commands, events and the sealer', async () => {
    expect((await define('metriken')).status).toBe(200);
    await composed.store.seal();
    const response = await composed.app.request('/metrics', {
      headers: { authorization: 'Bearer metrics-secret' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const expected of [
      /fahrplan_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/,
      /fahrplan_graphql_operations_total\{operation_name="Define",operation_type="mutation",error_code="none"\} \d+/,
      /fahrplan_graphql_operation_duration_seconds_count\{operation_name="Define",operation_type="mutation"\} \d+/,
      /fahrplan_commands_total\{command="defineActionField",outcome="ok"\} \d+/,
      /fahrplan_events_appended_total [1-9]\d*/,
      /fahrplan_sealer_pending_events 0/,
      /fahrplan_sealer_oldest_pending_seconds 0/,
      /fahrplan_feed_head_position [1-9]\d*/,
      /fahrplan_live_subscribers 0/,
      /fahrplan_database_up 1/,
      /process_cpu_seconds_total/,
    ]) {
      expect(text).toMatch(expected);
    }
  });

  it('count an error by its code', async () => {
    const response = await define(''); // no key: refused
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    expect(code).toBeDefined();
    const text = await (
      await composed.app.request('/metrics', {
        headers: { authorization: 'Bearer metrics-secret' },
      })
    ).text();
    expect(text).toContain(
      `fahrplan_graphql_operations_total{operation_name="Define",operation_type="mutation",error_code="${code}"} 1`,
    );
  });
});

describe('request log', () => {
  it('has one line per request with id, operation, role, duration and outcome', async () => {
    lines.length = 0;
    const response = await define('protokoll', { 'x-request-id': 'abc-123' });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      requestId: 'abc-123',
      route: '/graphql',
      status: 200,
      operationName: 'Define',
      operationType: 'mutation',
      role: 'team',
      outcome: 'ok',
    });
    expect(typeof lines[0]?.durationMs).toBe('number');
    // Never the token, never the caller's name, never the variables.
    const raw = JSON.stringify(lines);
    expect(raw).not.toContain(token);
    expect(raw).not.toContain('Anna Beispiel');
    expect(raw).not.toContain('Feld protokoll');
  });

  it('takes the trace id of a traceparent, or makes a request id', async () => {
    lines.length = 0;
    const traced = await define('spur', {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    expect(traced.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const fresh = await define('neu', { 'x-request-id': 'bad id with spaces' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\da-f-]{36}$/);
    expect(lines.map((line) => line.requestId)).toEqual([
      '4bf92f3577b34da6a3ce929d0e0e4736',
      fresh.headers.get('x-request-id'),
    ]);
  });
});
