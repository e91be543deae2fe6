import { inspect } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';

/**
 * A failing database must reach the operator's log, never the client: no stack, no SQL, no
 * table or driver name — a generic message with INTERNAL_SERVER_ERROR.
 */
let api: TestApi;
const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  api = await createTestApi();
  // The read model the lists are served from, and the tokens: gone, as in a broken database.
  await api.database.rows(sql`DROP TABLE item_versions CASCADE`);
  await api.database.rows(sql`DROP TABLE api_tokens CASCADE`);
});
afterAll(async () => {
  logged.mockRestore();
  await api.close();
});

const LEAKS = [
  /item_versions/i,
  /api_tokens/i,
  /select|from\s|where\s/i,
  /relation/i,
  /does not exist/i,
  /stack/i,
  /\.ts:\d+|\.js:\d+/,
  /drizzle|postgres|pglite/i,
  /originalError/,
];

const request = (headers: Record<string, string> = {}) =>
  api.app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body: JSON.stringify({ query: '{ actionFields(first: 5) { edges { node { title } } } }' }),
  });

describe('when a query hits a database error', () => {
  it('answers with a generic INTERNAL_SERVER_ERROR that names nothing inside', async () => {
    logged.mockClear();
    const response = await request();
    // The request itself was well-formed: 200 with `data: null`, as the specification has it.
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    expect(JSON.parse(text)).toEqual({
      data: null,
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['actionFields'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    // The operator still learns the cause.
    expect(inspect(logged.mock.calls, { depth: 6 })).toMatch(/item_versions/);
  });
});

describe('when authenticating a token hits a database error', () => {
  it('answers a GraphQL-shaped 500 that names nothing inside', async () => {
    logged.mockClear();
    const response = await request({ authorization: 'Bearer fp_abc_def' });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const text = await response.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(logged).toHaveBeenCalled();
  });
});
