import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pause, required } from '../testing/graphql-spec.js';
import { runToEnd } from '../testing/run-source.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { createToken, revokeToken } from './tokens.js';

/**
 * Tokens are answered from memory after their first request (see token-cache.ts): a revocation
 * must still refuse the very next request, wherever it was made.
 */
let api: TestApi;

const VIEWER = '{ viewer { role } }';
const statusWith = async (token: string) => (await api.gql(VIEWER, {}, { token })).status;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('cached tokens', () => {
  it('refuse the next request once revoked in this process; a new token works at once', async () => {
    const { token, info } = await createToken(api.database, { role: 'partner', name: 'Kurz' });
    expect(await statusWith(token)).toBe(200);
    expect(await statusWith(token)).toBe(200); // from memory now
    expect(await revokeToken(api.database, info.id)).toBe(true);
    expect(await statusWith(token)).toBe(401);
    const fresh = await createToken(api.database, { role: 'partner', name: 'Neu' });
    expect(await statusWith(fresh.token)).toBe(200);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('cached tokens across processes', () => {
  it('refuse the next request once the CLI of another process revoked the token', async () => {
    const { token, info } = await createToken(api.database, { role: 'partner', name: 'Fern' });
    expect(await statusWith(token)).toBe(200);
    expect(await statusWith(token)).toBe(200);
    const revoked = await runToEnd('src/cli/main.ts', ['token', 'revoke', info.id], {
      DATABASE_URL: urlOf(api),
    });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(await statusWith(token)).toBe(401);
  }, 60_000);

  it('forget what they knew when the listening connection comes back', async () => {
    const { token, info } = await createToken(api.database, { role: 'partner', name: 'Lücke' });
    expect(await statusWith(token)).toBe(200);
    const admin = postgres(urlOf(api), { max: 1, onnotice: () => {} });
    try {
      const listener = async () =>
        (
          await admin<{ pid: number }[]>`
            SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND query ILIKE 'listen "fahrplan_tokens"%'`
        )[0]?.pid;
      const before = required(await listener(), 'the listening connection');
      await admin`SELECT pg_terminate_backend(${before})`;
      // Revoked while nobody listens, with no announcement: only the reconnect can tell.
      await api.database.rows(sql`UPDATE api_tokens SET revoked_at = now() WHERE id = ${info.id}`);
      for (let tries = 0; ((await listener()) ?? before) === before; tries++) {
        if (tries > 100) throw new Error('the listener did not come back');
        await pause(50);
      }
      expect(await statusWith(token)).toBe(401);
    } finally {
      await admin.end();
    }
  }, 60_000);
});

/** The URL of the spec's own PostgreSQL database. */
const urlOf = (test: TestApi): string => required(test.url, 'the test database URL');
