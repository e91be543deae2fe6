import { DEMO_IDS } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, graphqlSpec } from '../../testing/graphql-spec.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';

/**
 * Input no field can store is refused at the edge, once for every field: BAD_USER_INPUT naming
 * the field as the client sent it, its path and why; nothing written, nothing changed silently.
 */
let api: TestApi;
const { mutate, refused } = graphqlSpec(() => api, 'version');
const digital = gid('ActionField', DEMO_IDS.actionFields.digitalisierung);

const draft = (input: Record<string, unknown>) =>
  mutate('draftRecommendation', {
    title: 'Testfelder',
    body: 'Ein Text.',
    actionFieldIds: [digital],
    ...input,
  });

beforeAll(async () => {
  api = await createDemoApi();
});
afterAll(() => api.close());

describe('when a text carries a NUL character', () => {
  it.each([
    ['title', { title: 'Test\u0000felder' }, 'title', 'input.title'],
    ['reason', { reason: 'weil\u0000' }, 'reason', 'input.reason'],
    ['idempotency key', { idempotencyKey: 'k\u0000' }, 'idempotencyKey', 'input.idempotencyKey'],
    ['evidence note', { evidence: [{ note: '\u0000' }] }, 'note', 'input.evidence[0].note'],
  ])('refuses the %s', async (_what, input, field, path) => {
    const response = await refused(() => draft(input), 'BAD_USER_INPUT', field);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.details).toEqual({ path, reason: 'NUL_CHARACTER' });
  });

  it('refuses it inside a global id, naming the list field', async () => {
    const response = await refused(
      () => draft({ actionFieldIds: [gid('ActionField', 'x\u0000y')] }),
      'BAD_USER_INPUT',
      'actionFieldIds',
    );
    expect(response.errors?.[0]?.extensions?.details).toMatchObject({
      path: 'input.actionFieldIds[0]',
    });
  });

  it.each([
    ['search', '{ recommendations(search: $value) { edges { cursor } } }', 'String'],
    ['actor', '{ events(actor: $value) { edges { cursor } } }', 'String'],
    ['status', '{ recommendations(status: [$value]) { edges { cursor } } }', 'String!'],
    ['types', '{ events(types: [$value]) { edges { cursor } } }', 'String!'],
  ])('refuses the %s argument of a query', async (field, selection, type) => {
    const response = await api.gql(`query Q($value: ${type}) ${selection}`, {
      value: 'Digital\u0000',
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses it in a literal argument as well', async () => {
    const response = await api.gql(
      '{ recommendations(search: "Digital\\u0000") { edges { cursor } } }',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
  });

  it('answers in the caller’s language', async () => {
    const response = await api.gql(
      'query Q($s: String) { recommendations(search: $s) { edges { cursor } } }',
      { s: '\u0000' },
      { language: 'en' },
    );
    expect(response.errors?.[0]?.message).toBe(
      '"search" contains a NUL character (\\u0000), which is not allowed.',
    );
  });
});

describe('when a text carries a lone UTF-16 surrogate', () => {
  it('refuses it rather than storing U+FFFD', async () => {
    const response = await refused(
      () => draft({ title: 'Test \ud800' }),
      'BAD_USER_INPUT',
      'title',
    );
    expect(response.errors?.[0]?.extensions?.details).toMatchObject({ reason: 'LONE_SURROGATE' });
  });

  it('keeps two idempotency keys that differ only in a surrogate apart: both are refused', async () => {
    await refused(
      () => draft({ idempotencyKey: 'key-\ud800' }),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
    await refused(
      () => draft({ idempotencyKey: 'key-\udc00' }),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
  });

  it('accepts a well-formed surrogate pair (an emoji)', async () => {
    const response = await draft({ title: 'Testfelder 🚀', idempotencyKey: 'emoji-🚀' });
    expect(response.errors).toBeUndefined();
  });
});

describe('when a text is longer than any field takes', () => {
  it('refuses an idempotency key of 300,000 characters', async () => {
    const response = await refused(
      () => draft({ idempotencyKey: 'k'.repeat(300_000) }),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
    expect(response.errors?.[0]?.extensions?.details).toMatchObject({
      reason: 'TOO_LONG',
      detail: 255,
    });
  });

  it('refuses a search of 100,000 characters', async () => {
    const response = await api.gql(
      'query Q($s: String) { recommendations(search: $s) { edges { cursor } } }',
      {
        s: 'Digital'.repeat(15_000),
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
  });
});

describe('when a date-time is impossible or out of range', () => {
  it('refuses 30 February as occurredAt instead of storing 2 March', async () => {
    const response = await refused(
      () => draft({ occurredAt: '2017-02-30' }),
      'BAD_USER_INPUT',
      'occurredAt',
    );
    expect(response.errors?.[0]?.extensions?.details).toMatchObject({
      path: 'input.occurredAt',
      reason: 'INVALID_VALUE',
    });
  });

  it.each([
    ['asOf', '{ recommendations(asOf: $at) { edges { cursor } } }'],
    ['since', '{ events(since: $at) { edges { cursor } } }'],
    ['until', '{ events(until: $at) { edges { cursor } } }'],
    ['since', '{ changes(since: $at) { __typename } }'],
  ])('refuses year 0 as %s', async (field, selection) => {
    const response = await api.gql(
      `query Q($at: DateTime${field === 'since' && selection.includes('changes') ? '!' : ''}) ${selection}`,
      { at: '0000-01-01T00:00:00Z' },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('takes the end of year 9999 as asOf', async () => {
    const response = await api.gql(
      'query Q($at: DateTime) { recommendations(asOf: $at, first: 1) { edges { cursor } } }',
      { at: '9999-12-31T23:59:59Z' },
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('when a variable does not coerce to its type', () => {
  it.each([
    ['an Int beyond 32 bits', { expectedVersion: 2 ** 31 }, 'expectedVersion'],
    ['an unknown enum value', { priority: 'DRINGEND' }, 'priority'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field) => {
    const response = await refused(
      () =>
        mutate('prioritiseRecommendation', {
          id: gid('Recommendation', DEMO_IDS.recommendations.testfelder),
          expectedVersion: 1,
          priority: 'HIGH',
          ...input,
        }),
      'BAD_USER_INPUT',
      field,
    );
    expect(response.status).toBe(400);
  });

  it('names the argument when the whole variable is wrong', async () => {
    const response = await api.gql(
      'query Q($first: Int) { recommendations(first: $first) { edges { cursor } } }',
      {
        first: 2 ** 53 + 1,
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('when a global id names no item of a kind the field takes', () => {
  it('refuses a measure’s id as the meeting of a piece of evidence', async () => {
    await refused(
      () => draft({ evidence: [{ meetingId: gid('Measure', DEMO_IDS.measure) }] }),
      'BAD_USER_INPUT',
      'meetingId',
    );
  });

  it('refuses an id of no kind as an item filter', async () => {
    const response = await api.gql(
      'query Q($item: ID) { events(item: $item) { edges { cursor } } }',
      {
        item: gid('Nirgendwo', '1'),
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'item',
    });
  });

  it('refuses a measure’s id as the action field of a list', async () => {
    const response = await api.gql(
      'query Q($f: ID) { recommendations(actionField: $f) { edges { cursor } } }',
      {
        f: gid('Measure', DEMO_IDS.measure),
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actionField',
    });
  });

  it.each([
    ['events', '{ events(actionField: $f) { edges { cursor } } }'],
    ['changes', '{ changes(actionField: $f, since: "2016-01-01T00:00:00Z") { __typename } }'],
  ])('refuses an action field id that hides a NUL in %s', async (_field, selection) => {
    const response = await api.gql(`query Q($f: ID) ${selection}`, {
      f: gid('ActionField', 'x\u0000'),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actionField',
    });
  });

  it('refuses a node id that hides a NUL', async () => {
    const response = await api.gql('query Q($id: ID!) { node(id: $id) { id } }', {
      id: gid('Recommendation', 'x\u0000'),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('when a cursor is malformed', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['a position beyond the safe integers', cursor('event:99999999999999999999')],
    ['a negative position', cursor('event:-1')],
  ])('refuses the feed cursor with %s', async (_what, after) => {
    const response = await api.gql(
      'query Q($after: String) { events(after: $after) { edges { cursor } } }',
      {
        after,
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('refuses a list cursor that hides a NUL', async () => {
    const response = await api.gql(
      'query Q($after: String) { recommendations(after: $after) { edges { cursor } } }',
      {
        after: cursor(JSON.stringify(['\u0000', 'x'])),
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('when an input object misses a required field or has an unknown one', () => {
  it.each([
    ['a missing field', { title: 'x', body: 'x' }, 'actionFieldIds'],
    ['an unknown field', { title: 'x', body: 'x', actionFieldIds: [digital], titel: 'x' }, 'titel'],
  ])('names %s', async (_what, input, field) => {
    await refused(() => mutate('draftRecommendation', input), 'BAD_USER_INPUT', field);
  });
});

describe('when a literal argument is an impossible date-time', () => {
  it('names the argument and where it sits, as for a variable', async () => {
    const response = await api.gql(
      '{ recommendations(first: 1, asOf: "2017-02-30") { edges { cursor } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
      details: { path: 'asOf', reason: 'INVALID_VALUE' },
    });
  });

  it('names the input field inside a literal input object', async () => {
    const response = await api.gql(
      `mutation { draftRecommendation(input: { title: "x", body: "x", actionFieldIds: ["${digital}"], occurredAt: "2017-02-30" }) { version } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'occurredAt',
      details: { path: 'input.occurredAt' },
    });
  });
});

describe('when a subscription filter carries a NUL character', () => {
  it('refuses it before the stream starts', async () => {
    const response = await api.app.request('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${api.tokens.team}`,
      },
      body: JSON.stringify({
        query: 'subscription S($filter: EventFilter) { eventAppended(filter: $filter) { type } }',
        variables: { filter: { types: ['Recommendation\u0000Drafted'] } },
      }),
    });
    const body = await response.text();
    expect(body).toContain('"code":"BAD_USER_INPUT"');
    expect(body).toContain('"field":"types"');
  });
});

describe('when the client accepts only the legacy application/json', () => {
  it('answers a refused input with 200 and the error, as the specification says', async () => {
    const response = await api.app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: 'query Q($s: String) { recommendations(search: $s) { edges { cursor } } }',
        variables: { s: '\u0000' },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: unknown }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});
