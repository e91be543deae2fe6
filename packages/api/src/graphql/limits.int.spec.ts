import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { QUERY_LIMITS } from './limits.js';

/**
 * Documents too deep, too costly, too wide or too long are refused before they run, each with a
 * code of its own; the queries partners are shown in the README still pass.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const README = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
// Reads only: the README's mutations (registering a webhook) hold placeholders to fill in.
const readmeQueries = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((block) => !block.trimStart().startsWith('mutation'));

/** `recommendations → guidelines → recommendations → …`: valid, and as deep as asked. */
const nested = (levels: number): string => {
  const fields = Array.from({ length: levels }, (_, level) =>
    level % 2 === 0 ? 'guidelines' : 'recommendations',
  );
  const selection = fields.reduceRight((inner, field) => `${field} { ${inner} }`, 'title');
  return `{ recommendations(first: 1) { edges { node { ${selection} } } } }`;
};

describe('when partners send the README’s queries', () => {
  it('finds them all', () => {
    expect(readmeQueries).toHaveLength(7);
  });

  it.each(readmeQueries.map((query, index) => [index, query ?? '']))(
    'answers README query %i without a limit error',
    async (_index, query) => {
      const response = await api.gql(query, {}, { as: 'partner' });
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
    },
  );

  it('answers the Sync query at the feed’s largest page, first: 500', async () => {
    const sync = readmeQueries.find((query) => query?.includes('query Sync')) ?? '';
    const response = await api.gql(sync, { first: 500 }, { as: 'partner' });
    expect(response.errors).toBeUndefined();
  });
});

describe('when a query nests too deeply', () => {
  it('passes at the limit', async () => {
    // recommendations, edges, node and the title: 4 levels around the nested ones.
    const response = await api.gql(nested(QUERY_LIMITS.depth - 4));
    expect(response.errors).toBeUndefined();
  });

  it('is refused one level deeper: 400 QUERY_TOO_DEEP with the limit', async () => {
    const response = await api.gql(nested(QUERY_LIMITS.depth - 3));
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: `Die Abfrage ist zu tief verschachtelt: höchstens ${QUERY_LIMITS.depth} Ebenen.`,
        extensions: {
          code: 'QUERY_TOO_DEEP',
          details: { limit: QUERY_LIMITS.depth, found: QUERY_LIMITS.depth + 1 },
        },
      },
    ]);
  });

  it('does not count fragments as levels', async () => {
    const response = await api.gql(
      `query { ...Q } fragment Q on Query { ${nested(QUERY_LIMITS.depth - 4).slice(1, -1)} }`,
    );
    expect(response.errors).toBeUndefined();
  });

  it('says so in English to a client that asks for it', async () => {
    const query = nested(QUERY_LIMITS.depth);
    // German first: the validation cache must not replay that message in English.
    await api.gql(query);
    const response = await api.gql(query, {}, { language: 'en' });
    expect(response.errors?.[0]?.message).toBe(
      `The query is nested too deeply: at most ${QUERY_LIMITS.depth} levels.`,
    );
  });
});

describe('when a query costs too much', () => {
  const page = 'edges { node { position type itemId occurredAt recordedAt data hash } }';

  it('is refused: 400 QUERY_TOO_COMPLEX', async () => {
    const response = await api.gql(
      `{ a: events(first: 500) { ${page} } b: events(first: 500) { ${page} } }`,
      {},
      { as: 'partner' },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      details: { limit: QUERY_LIMITS.cost },
    });
  });
});

describe('when a query fans out through aliases', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;

  it('is refused beyond the limit: 400 TOO_MANY_ALIASES', async () => {
    const response = await api.gql(aliases(QUERY_LIMITS.aliases + 1));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'TOO_MANY_ALIASES',
      details: { limit: QUERY_LIMITS.aliases, found: QUERY_LIMITS.aliases + 1 },
    });
  });
});

describe('when a document is too long', () => {
  it('is refused before it is parsed: 400 QUERY_TOO_LARGE', async () => {
    const response = await api.gql(`{ ${'__typename '.repeat(QUERY_LIMITS.tokens)} }`, {}, {});
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_LARGE',
      details: { limit: QUERY_LIMITS.tokens },
    });
  });
});

describe('when a document holds many operations', () => {
  const operations = (count: number) =>
    Array.from({ length: count }, (_, i) => `query Q${i} { __typename }`).join('\n');

  const run = (count: number) =>
    api.app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: operations(count), operationName: 'Q1' }),
    });

  it('runs the one named, up to the limit', async () => {
    const response = await run(QUERY_LIMITS.operations);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is refused beyond it: 400 TOO_MANY_OPERATIONS', async () => {
    const response = await run(QUERY_LIMITS.operations + 1);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [
        {
          extensions: {
            code: 'TOO_MANY_OPERATIONS',
            details: { limit: QUERY_LIMITS.operations, found: QUERY_LIMITS.operations + 1 },
          },
        },
      ],
    });
  });
});

describe('when the client speaks the legacy application/json', () => {
  it('gets the same refusal with 200, as the GraphQL-over-HTTP specification says', async () => {
    const response = await api.app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: nested(QUERY_LIMITS.depth) }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
  });
});
