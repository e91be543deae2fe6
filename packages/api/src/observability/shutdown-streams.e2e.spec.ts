import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer, stopServer } from '../testing/server-process.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

/**
 * A real process with open live subscriptions gets SIGTERM: each SSE stream completes and ends
 * with a `retry:` hint, so an EventSource reconnects (through the load balancer, to another
 * process) after a spread-out delay instead of at once.
 */
describe('SIGTERM with open live subscriptions', () => {
  let test: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    test = await createTestDatabase({ onDisk: true });
    // PGlite has one owner: the server process.
    if (!test.url) await test.database.close();
  }, 60_000);

  afterAll(async () => {
    if (server) await stopServer(server);
    await test?.close();
  });

  it('completes every stream with a retry hint and exits 0', async () => {
    server = await startServer(test.env, { waitFor: '/readyz', timeoutMs: 180_000 });
    const url = server.url;
    const streams = await Promise.all(
      [1, 2, 3].map(async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ query: 'subscription { eventAppended { type } }' }),
        });
        expect(response.status).toBe(200);
        // Wrapped: an async function returning the promise itself would wait for the stream's end.
        return { body: response.text() };
      }),
    );
    const code = await stopServer(server);
    const bodies = await Promise.all(streams.map((stream) => stream.body));
    const hints = bodies.map((body) => Number(body.match(/\nretry: (\d+)\n\n$/)?.[1]));
    console.log('SSE streams at SIGTERM:', { code, hints, lastLines: bodies[0]?.slice(-60) });

    expect(code).toBe(0);
    for (const body of bodies) expect(body).toContain('event: complete');
    for (const hint of hints) {
      expect(hint).toBeGreaterThanOrEqual(1000);
      expect(hint).toBeLessThan(5000);
    }
  }, 240_000);
});
