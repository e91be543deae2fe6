import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';

/**
 * /graphql as the GraphQL-over-HTTP specification has it: status codes, media types, methods,
 * and a GraphQL-shaped error with `extensions.code` for every refusal.
 */
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  api.app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE, ...headers },
    body,
  });
const postQuery = (query: string, headers: Record<string, string> = {}) =>
  post(JSON.stringify({ query }), headers);
const get = (query: string, headers: Record<string, string> = {}) =>
  api.app.request(`/graphql?query=${encodeURIComponent(query)}`, {
    headers: { accept: GRAPHQL_RESPONSE, ...headers },
  });
const read = async (response: Response) => (await response.json()) as Body;
const codeOf = async (response: Response) => (await read(response)).errors?.[0]?.extensions?.code;

describe('when a POST carries a valid query as application/json', () => {
  it('answers 200 in application/graphql-response+json', async () => {
    const response = await postQuery('{ __typename }');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await read(response)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers in application/json to a client that accepts only that', async () => {
    const response = await postQuery('{ __typename }', { accept: JSON_TYPE });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('allows introspection', async () => {
    const response = await postQuery('{ __schema { queryType { name } } }');
    expect(response.status).toBe(200);
    expect(await read(response)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('when the document does not validate', () => {
  it('is a request error: 400 under application/graphql-response+json', async () => {
    const response = await postQuery('{ noSuchField }');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is 200 with errors in the legacy application/json', async () => {
    const response = await postQuery('{ noSuchField }', { accept: JSON_TYPE });
    expect(response.status).toBe(200);
    expect(await codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is 400 for a syntax error', async () => {
    const response = await postQuery('{ actionFields ');
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('when a field fails while executing', () => {
  it('answers 200 with data and the field error, under either media type', async () => {
    for (const accept of [GRAPHQL_RESPONSE, JSON_TYPE]) {
      const response = await postQuery('{ node(id: "kaputt") { id } }', { accept });
      expect(response.status).toBe(200);
      const body = await read(response);
      expect(body.data).toEqual({ node: null });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('when the POST is not a well-formed GraphQL request', () => {
  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('answers 400 to a body without a query', async () => {
    const response = await post(JSON.stringify({ variables: {} }));
    expect(response.status).toBe(400);
    expect((await read(response)).errors?.[0]?.message).toBe('Must provide query string.');
  });

  it('refuses a batch: one operation per request', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }]));
    expect(response.status).toBe(400);
    expect((await read(response)).errors?.[0]?.message).toBe('Batching is not supported.');
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['XML', { 'content-type': 'application/xml' }],
  ])('answers 415 to %s', async (_name, headers) => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), headers);
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await codeOf(response)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts application/json with a charset', async () => {
    const response = await postQuery('{ __typename }', {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(200);
  });
});

describe('when the body is larger than 1 MiB', () => {
  const huge = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1024 * 1024)}` });

  it('answers 413 from the Content-Length, before reading it', async () => {
    const response = await post(huge, { 'content-length': String(huge.length) });
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('answers 413 to a streamed body without a length, once it passes the limit', async () => {
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) {
          controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        }
        controller.close();
      },
    });
    const response = await api.app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('when a query comes by GET', () => {
  it('answers it when a bearer token comes along', async () => {
    const response = await get('{ __typename }', { authorization: `Bearer ${api.tokens.partner}` });
    expect(response.status).toBe(200);
    expect(await read(response)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers it with yoga’s CSRF header', async () => {
    const response = await get('{ __typename }', { 'x-graphql-yoga-csrf': '1' });
    expect(response.status).toBe(200);
  });

  it('refuses a plain GET a cross-site page could send without a preflight: 403', async () => {
    const response = await get('{ __typename }', { 'accept-language': 'en' });
    expect(response.status).toBe(403);
    const body = await read(response);
    expect(body.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(body.errors?.[0]?.message).toMatch(/x-graphql-yoga-csrf/);
  });

  it('refuses a mutation: 405, POST only', async () => {
    const mutation =
      'mutation { eraseSubject(input: { subjectId: "s", reason: "Art. 17" }) { erasedRecords } }';
    const response = await get(mutation, { authorization: `Bearer ${api.tokens.admin}` });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await api.app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Fahrplan – GraphQL');
  });
});

describe('when the method is neither GET nor POST', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with 405 and Allow', async (method) => {
    const response = await api.app.request('/graphql', {
      method,
      headers: { 'content-type': JSON_TYPE, accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });
});

describe('when a browser on another origin calls', () => {
  it('passes the preflight for a bearer token and JSON', async () => {
    const response = await api.app.request('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it('lets it read the rate-limit headers, refusals included', async () => {
    const response = await postQuery('{ __typename }', {
      origin: 'https://partner.example',
      authorization: 'Bearer unknown',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });
});
