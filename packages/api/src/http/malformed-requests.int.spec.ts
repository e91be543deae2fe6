import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';

/**
 * Requests malformed below GraphQL (encodings, parameters, methods) are refused with a 4xx and a
 * GraphQL-shaped error that carries `extensions.code`: never a 500, never a guess.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const ACCEPT = { accept: 'application/graphql-response+json' };
const JSON_BODY = { ...ACCEPT, 'content-type': 'application/json' };
const CSRF = { ...ACCEPT, 'x-graphql-yoga-csrf': '1' };
const viewer = encodeURIComponent('{ viewer { role } }');
const post = (body: BodyInit, headers: Record<string, string> = JSON_BODY): RequestInit => ({
  method: 'POST',
  headers,
  body,
});

const answer = async (url: string, init: RequestInit) => {
  const response = await api.app.request(url, init);
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: body.errors?.map((e) => e.extensions?.code) };
};

describe('when a GET carries malformed JSON parameters', () => {
  it.each([
    ['variables that are no JSON', `variables=${encodeURIComponent('{')}`],
    ['variables that are a JSON array', `variables=${encodeURIComponent('[1]')}`],
    ['extensions that are no JSON', `extensions=${encodeURIComponent('{')}`],
  ])('answers 400 BAD_REQUEST to %s', async (_what, parameter) => {
    expect(await answer(`/graphql?query=${viewer}&${parameter}`, { headers: CSRF })).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
  });

  it('still answers a GET with well-formed variables', async () => {
    const variables = encodeURIComponent('{"x":1}');
    const response = await api.app.request(`/graphql?query=${viewer}&variables=${variables}`, {
      headers: CSRF,
    });
    expect(response.status).toBe(200);
  });
});

describe('when a POST declares a charset other than UTF-8', () => {
  const query = '{"query":"{ __typename }"}';
  it.each([
    ['utf-16', Buffer.from(query, 'utf16le')],
    ['iso-8859-1', Buffer.from(query, 'latin1')],
  ])('refuses %s with 415 rather than reading it as UTF-8', async (charset, body) => {
    const headers = { ...ACCEPT, 'content-type': `application/json; charset=${charset}` };
    expect(await answer('/graphql', post(body, headers))).toEqual({
      status: 415,
      codes: ['UNSUPPORTED_MEDIA_TYPE'],
    });
  });

  it.each(['utf-8', 'UTF-8', '"utf-8"'])('takes charset=%s', async (charset) => {
    const headers = { ...ACCEPT, 'content-type': `application/json; charset=${charset}` };
    const response = await api.app.request('/graphql', post(query, headers));
    expect(response.status).toBe(200);
  });
});

describe('when a request is not a well-formed GraphQL request', () => {
  it.each([
    ['an empty body', post(''), 400, 'BAD_REQUEST'],
    ['JSON null', post('null'), 400, 'BAD_REQUEST'],
    ['a query that is no string', post('{"query":5}'), 400, 'BAD_REQUEST'],
    [
      'variables that are a number',
      post('{"query":"{ __typename }","variables":5}'),
      400,
      'BAD_REQUEST',
    ],
    [
      'an unknown operation name',
      post('{"query":"query A { __typename }","operationName":"B"}'),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a syntax error', post('{"query":"{ viewer { "}'), 400, 'GRAPHQL_PARSE_FAILED'],
    [
      'an undefined variable',
      post('{"query":"{ node(id: $x) { id } }"}'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an impossible literal date',
      post(JSON.stringify({ query: '{ changes(since: "2017-02-30") { __typename } }' })),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      post(
        JSON.stringify({ query: 'query Q($s: DateTime!) { changes(since: $s) { __typename } }' }),
      ),
      400,
      'BAD_USER_INPUT',
    ],
    ['a PUT', { method: 'PUT', headers: JSON_BODY, body: '{}' }, 405, 'BAD_REQUEST'],
  ])('answers %s with a code', async (_what, init, status, code) => {
    expect(await answer('/graphql', init)).toEqual({ status, codes: [code] });
  });
});
