import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import type { Database, SqlRunner } from '../database/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

/**
 * Statements per mutation, counted where every statement passes: the database handle. A count is
 * deterministic where a timing is not; it guards the write path against a read creeping back in.
 */
const dialect = new PgDialect();

const counting = (database: Database) => {
  const statements: string[] = [];
  const first = (text: string) => text.replace(/\s+/g, ' ').trim();
  const wrap = (runner: SqlRunner): SqlRunner => ({
    rows: <Row>(query: SQL) => {
      statements.push(first(dialect.sqlToQuery(query).sql));
      return runner.rows<Row>(query);
    },
    query: <Row>(text: string, params: readonly unknown[]) => {
      statements.push(first(text));
      return runner.query<Row>(text, params);
    },
  });
  const counted: Database = {
    ...database,
    ...wrap(database),
    transaction: async (work) => {
      statements.push('BEGIN');
      try {
        return await database.transaction((tx) => work(wrap(tx)));
      } finally {
        statements.push('COMMIT');
      }
    },
  };
  return { counted, statements };
};

let test: TestDatabase;
let api: ReturnType<typeof compose>;
let statements: string[];
let token: string;

const gql = async (query: string, variables: Record<string, unknown>) => {
  const response = await api.app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, Record<string, unknown>> };
};

/** The statements one request sends, and its answer. */
const measured = async (query: string, variables: Record<string, unknown>) => {
  statements.length = 0;
  const body = await gql(query, variables);
  return { body, sent: [...statements] };
};

const FIELDS = 'id version status title text createdAt updatedAt';
const CAPTURE = `mutation($input: CaptureSuggestionInput!) {
  captureSuggestion(input: $input) { version replayed suggestion { ${FIELDS} } }
}`;
const REVISE = `mutation($input: ReviseSuggestionInput!) {
  reviseSuggestion(input: $input) { version suggestion { ${FIELDS} } }
}`;
const READ = `query($id: ID!) { node(id: $id) { ... on Suggestion { ${FIELDS} } } }`;

const input = {
  text: 'Ein Lotsenprogramm für kleine Betriebe.',
  sector: 'INDUSTRY',
  channel: 'MAIL',
  occurredAt: '2017-04-01T10:00:00Z',
};

beforeAll(async () => {
  test = await createTestDatabase();
  const { counted, statements: log } = counting(test.database);
  statements = log;
  // No background sealing: it would add statements of its own at any moment.
  api = compose(counted, { store: { autoSeal: false } });
  token = (await createToken(test.database, { role: 'team', name: 'Zähler' })).token;
});
afterAll(async () => {
  api.checkpoints.close();
  await api.feed.close();
  await api.store.close();
  await test.close();
});

describe('round trips of a mutation', () => {
  it('captureSuggestion: token, then the append and its projection in one transaction', async () => {
    const { body, sent } = await measured(CAPTURE, { input });
    const captured = body.data?.captureSuggestion;
    expect(captured?.replayed).toBe(false);
    // Was 7: the new item was read (it cannot exist yet), and read again for the answer.
    expect(sent, sent.join('\n')).toHaveLength(5);
    expect(sent[0]).toMatch(/FROM api_tokens/);
    expect(sent.slice(1)).toEqual([
      'BEGIN',
      expect.stringMatching(/INSERT INTO events/),
      expect.stringMatching(/INSERT INTO item_versions/),
      'COMMIT',
    ]);

    // The answer served from the projection is the row a later read finds.
    const suggestion = captured?.suggestion as { id: string } | undefined;
    const read = await gql(READ, { id: suggestion?.id });
    expect(captured?.suggestion).toEqual(read.data?.node);
  });

  it('reviseSuggestion: token, the item once, then the append and its projection', async () => {
    const captured = await gql(CAPTURE, { input });
    const id = (captured.data?.captureSuggestion?.suggestion as { id: string } | undefined)?.id;
    const { body, sent } = await measured(REVISE, {
      input: { id, expectedVersion: 1, text: 'Neu formuliert.' },
    });
    expect(body.data?.reviseSuggestion?.version).toBe(2);
    // Was 7: the item was read again for the answer.
    expect(sent, sent.join('\n')).toHaveLength(6);
    expect(sent[1]).toMatch(/FROM item_versions v WHERE/);
    const read = await gql(READ, { id });
    expect(body.data?.reviseSuggestion?.suggestion).toEqual(read.data?.node);
  });
});
