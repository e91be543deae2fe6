import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import type { Database, SqlRunner } from '../database/index.js';
import { required } from '../testing/graphql-spec.js';
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
const tokens = { team: '', ministry: '' };

const gql = async (
  query: string,
  variables: Record<string, unknown>,
  as: keyof typeof tokens = 'team',
) => {
  const response = await api.app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${tokens[as]}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, Record<string, unknown>>;
    errors?: unknown[];
  };
};

/** The statements one request sends, and its answer. */
const measured = async (
  query: string,
  variables: Record<string, unknown>,
  as: keyof typeof tokens = 'team',
) => {
  statements.length = 0;
  const body = await gql(query, variables, as);
  expect(body.errors).toBeUndefined();
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
const RECOMMENDATION = 'id version status title priority';
/** A recommendation mutation, its payload the recommendation. */
const onRecommendation = (name: string) =>
  `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) { version recommendation { ${RECOMMENDATION} } }
  }`;

const input = {
  text: 'Ein Lotsenprogramm für kleine Betriebe.',
  sector: 'INDUSTRY',
  channel: 'MAIL',
  occurredAt: '2017-04-01T10:00:00Z',
};

const captured = async () => {
  const body = await gql(CAPTURE, { input });
  return (body.data?.captureSuggestion?.suggestion as { id: string } | undefined)?.id;
};

beforeAll(async () => {
  test = await createTestDatabase();
  const { counted, statements: log } = counting(test.database);
  statements = log;
  // No background sealing: it would add statements of its own at any moment.
  api = compose(counted, { store: { autoSeal: false } });
  tokens.team = (await createToken(test.database, { role: 'team', name: 'Zähler' })).token;
  tokens.ministry = (await createToken(test.database, { role: 'ministry', name: 'Referat' })).token;
});
afterAll(async () => {
  api.checkpoints.close();
  await api.feed.close();
  await api.store.close();
  await test.close();
});

/**
 * A lone stream's append: its events and the item rows they project in one statement, which is
 * its own transaction (no BEGIN, no COMMIT).
 */
const APPEND = [expect.stringMatching(/INSERT INTO events .*INSERT INTO item_versions/)];

/** Two streams' append (an item and its follow-up), with the provenance edge between them. */
const TWO_STREAMS = [
  'BEGIN',
  expect.stringMatching(/INSERT INTO events/),
  expect.stringMatching(/INSERT INTO events/),
  expect.stringMatching(/INSERT INTO item_versions/),
  expect.stringMatching(/INSERT INTO provenance_edges/),
  'COMMIT',
];

describe('round trips of a request', () => {
  it('looks a token up once: later requests with it find it in memory', async () => {
    const first = await measured(READ, { id: 'U3VnZ2VzdGlvbjp4' });
    expect(first.sent.filter((text) => /FROM api_tokens/.test(text))).toHaveLength(1);
    const again = await measured(READ, { id: 'U3VnZ2VzdGlvbjp4' });
    expect(again.sent.filter((text) => /FROM api_tokens/.test(text))).toEqual([]);
  });
});

describe('round trips of a mutation (the token known)', () => {
  it('captureSuggestion: the append and its projection in one statement', async () => {
    await captured(); // the token is known from here on
    const { body, sent } = await measured(CAPTURE, { input });
    const suggestion = body.data?.captureSuggestion;
    expect(suggestion?.replayed).toBe(false);
    // Was 7: the token, the new item read (it cannot exist yet), and read again for the answer;
    // then 4: BEGIN, the events, the item rows, COMMIT.
    expect(sent, sent.join('\n')).toEqual(APPEND);

    // The answer served from the projection is the row a later read finds.
    const read = await gql(READ, {
      id: required(suggestion?.suggestion as { id: string } | undefined, 'suggestion').id,
    });
    expect(suggestion?.suggestion).toEqual(read.data?.node);
  });

  it('reviseSuggestion: the item once, then the append and its projection', async () => {
    const id = await captured();
    const { body, sent } = await measured(REVISE, {
      input: { id, expectedVersion: 1, text: 'Neu formuliert.' },
    });
    expect(body.data?.reviseSuggestion?.version).toBe(2);
    // Was 7: the token, and the item read again for the answer; then 6 (a transaction of 4).
    expect(sent, sent.join('\n')).toEqual([
      expect.stringMatching(/FROM item_versions v WHERE/),
      ...APPEND,
    ]);
    const read = await gql(READ, { id });
    expect(body.data?.reviseSuggestion?.suggestion).toEqual(read.data?.node);
  });

  it('from a suggestion to an adopted measure: each step reads its items once, appends once', async () => {
    const field = await gql(
      `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`,
      { input: { key: 'lotsen', title: 'Lotsen', description: 'Lotsen für Betriebe' } },
    );
    const actionFieldId = required(
      field.data?.defineActionField?.actionField as { id: string } | undefined,
      'action field',
    ).id;
    const suggestionId = await captured();

    // Drafting takes the suggestion up: its row is read, both streams appended in a transaction.
    const drafted = await measured(onRecommendation('draftRecommendation'), {
      input: {
        title: 'Lotsenprogramm',
        body: 'Ein Lotsenprogramm für kleine Betriebe.',
        actionFieldIds: [actionFieldId],
        derivedFrom: [suggestionId],
      },
    });
    expect(drafted.sent, drafted.sent.join('\n')).toEqual([
      expect.stringMatching(/FROM item_versions WHERE valid_to IS NULL AND status <> 'empty'/),
      expect.stringMatching(/FROM item_versions v WHERE/),
      ...TWO_STREAMS,
    ]);
    const id = required(
      drafted.body.data?.draftRecommendation?.recommendation as { id: string } | undefined,
      'recommendation',
    ).id;

    const submitted = await measured(onRecommendation('submitRecommendationForReview'), {
      input: { id, expectedVersion: 1 },
    });
    expect(submitted.sent, submitted.sent.join('\n')).toEqual([
      expect.stringMatching(/FROM item_versions v WHERE/),
      ...APPEND,
    ]);
    const prioritised = await measured(onRecommendation('prioritiseRecommendation'), {
      input: { id, expectedVersion: 2, priority: 'HIGH' },
    });
    expect(prioritised.sent, prioritised.sent.join('\n')).toEqual([
      expect.stringMatching(/FROM item_versions v WHERE/),
      ...APPEND,
    ]);

    // Adoption plans the measure in the same transaction: a fresh stream, nothing to read of it;
    // what the measure refers to is checked in one query.
    await gql(READ, { id }, 'ministry'); // the ministry's token is known from here on
    const adopted = await measured(
      onRecommendation('adoptRecommendation'),
      { input: { id, expectedVersion: 3, measure: { owner: 'Referat 31' } } },
      'ministry',
    );
    expect(adopted.body.data?.adoptRecommendation?.version).toBe(4);
    expect(adopted.sent, adopted.sent.join('\n')).toEqual([
      expect.stringMatching(/FROM item_versions v WHERE/),
      expect.stringMatching(/FROM item_versions WHERE valid_to IS NULL AND status <> 'empty'/),
      ...TWO_STREAMS,
    ]);
  });
});
