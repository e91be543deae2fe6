import type { Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { runToEnd } from '../testing/run-source.js';
import {
  type ServerProcess as Server,
  startServer,
  stopServer as stop,
} from '../testing/server-process.js';
import { openSubscription, readSse, type SseReader } from '../testing/sse.js';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKind,
} from '../testing/test-database.js';

// Several processes can share only a real PostgreSQL: PGlite is an in-process, single-connection
// database, so there is no second server to deliver to.
describe.runIf(testDatabaseKind() === 'postgres')(
  'live updates across two server processes',
  () => {
    let test: TestDatabase;
    let a: Server;
    let b: Server;
    const tokens = {} as Record<Role, string>;
    const streams: SseReader[] = [];

    beforeAll(async () => {
      test = await createTestDatabase();
      for (const role of ['team', 'partner'] as const) {
        tokens[role] = (await createToken(test.database, { role, name: `E2E ${role}` })).token;
      }
      [a, b] = await Promise.all([startServer(test.env), startServer(test.env)]);
    }, 60_000);

    afterAll(async () => {
      await Promise.all(streams.map((stream) => stream.close()));
      await Promise.all([a, b].filter(Boolean).map(stop));
      await test?.close();
    });

    const subscribe = async (server: Server, as: Role): Promise<SseReader> => {
      const { response, request } = await openSubscription(server.url, tokens[as], {
        query: 'subscription { eventAppended { type itemId } }',
      });
      expect(response.status).toBe(200);
      const stream = readSse(response, request);
      streams.push(stream);
      return stream;
    };

    const write = async (server: Server, mutation: string, input: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.team}` },
        body: JSON.stringify({ query: mutation, variables: { input } }),
      });
      const body = (await response.json()) as {
        data?: Record<string, Record<string, { id: string }>>;
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    let fields = 0;
    const defineField = async () => {
      fields += 1;
      const data = await write(
        a,
        `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`,
        {
          key: `e2e-${fields}`,
          title: `Handlungsfeld ${fields}`,
          description: 'Über zwei Server.',
        },
      );
      return data?.defineActionField?.actionField?.id;
    };

    const typeOf = (data: string | undefined) =>
      (JSON.parse(data ?? '{}') as { data?: { eventAppended?: { type: string } } }).data
        ?.eventAppended?.type;

    it('delivers a write through A to a subscriber on B within a second', async () => {
      const stream = await subscribe(b, 'team');
      const latencies: number[] = [];
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        await defineField();
        const message = await stream.next(1000);
        latencies.push(performance.now() - started);
        expect(typeOf(message?.data)).toBe('ActionFieldDefined');
      }
      console.log(`write on A → event on B: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      expect(Math.max(...latencies)).toBeLessThan(1000);
    });

    it('never delivers a draft written on A to a partner on B', async () => {
      const field = await defineField();
      const partner = await subscribe(b, 'partner');
      const team = await subscribe(b, 'team');
      await write(
        a,
        `mutation($input: DraftRecommendationInput!) { draftRecommendation(input: $input) { version } }`,
        { title: 'Interner Entwurf', body: 'Noch nicht für Partner.', actionFieldIds: [field] },
      );
      await defineField();
      expect(typeOf((await team.next(1000))?.data)).toBe('RecommendationDrafted');
      expect(typeOf((await team.next(1000))?.data)).toBe('ActionFieldDefined');
      // The public event after the draft arrives; had the draft been sent, it would come first.
      expect(typeOf((await partner.next(1000))?.data)).toBe('ActionFieldDefined');
      expect(await partner.drain(300)).toEqual([]);
    });

    it('ends a stream on B once the token is revoked with the CLI, with UNAUTHENTICATED', async () => {
      const { token, info } = await createToken(test.database, { role: 'partner', name: 'E2E' });
      const { response, request } = await openSubscription(b.url, token, {
        query: 'subscription { eventAppended { type } }',
      });
      expect(response.status).toBe(200);
      const stream = readSse(response, request);
      streams.push(stream);
      const revoked = await runToEnd('src/cli/main.ts', ['token', 'revoke', info.id], test.env);
      expect(revoked.code).toBe(0);
      // Checked before the next delivery: a write on A makes B deliver, and end this stream.
      await defineField();
      const last = await stream.next(10_000);
      expect(last?.event).toBe('next');
      expect(JSON.parse(last?.data ?? '{}').errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await stream.next(1000))?.event).toBe('complete');
    }, 60_000);

    it('shuts down on SIGTERM with subscribers connected, completing their streams', async () => {
      const stream = await subscribe(b, 'team');
      expect(await stop(b)).toBe(0);
      expect((await stream.next(1000))?.event).toBe('complete');
    });
  },
);
