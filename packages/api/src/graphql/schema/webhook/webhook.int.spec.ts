import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../../auth/tokens.js';
import type { RequestOptions } from '../../../testing/test-api.js';
import { createTestApi, type TestApi } from '../../../testing/test-api.js';

/** A public address needs no name resolution: the checks run without the internet. */
const URL = 'https://93.184.215.14/hooks/fahrplan';

let api: TestApi;
let other: { token: string; id: string };
let team: { id: string };
let field: string;

beforeAll(async () => {
  api = await createTestApi();
  const made = await createToken(api.database, { role: 'partner', name: 'IHK Chemnitz' });
  other = { token: made.token, id: made.info.id };
  team = (await createToken(api.database, { role: 'team', name: 'Team-Token' })).info;
  const defined = await api.gql<{ defineActionField: { actionField: { id: string } } }>(
    `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`,
    { input: { key: 'digital', title: 'Digitalisierung', description: 'Test.' } },
  );
  field = defined.data?.defineActionField.actionField.id ?? '';
  await api.store.seal();
});
afterAll(() => api.close());

const REGISTER = `mutation($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) {
    secret
    endpoint { id tokenId url eventTypes actionFields status position consecutiveFailures }
  }
}`;

const endpointCount = async () => {
  const [row] = await api.database.rows<{ n: string | number }>(
    sql`SELECT count(*) AS n FROM webhook_endpoints`,
  );
  return Number(row?.n);
};

/** Sends a request that must fail, and proves it wrote nothing. */
const refused = async (
  query: string,
  input: Record<string, unknown>,
  options: RequestOptions = { as: 'partner' },
) => {
  const before = await endpointCount();
  const response = await api.gql(query, { input }, options);
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(await endpointCount()).toBe(before);
  return response.errors?.[0]?.extensions;
};

const registered = async (
  input: Record<string, unknown> = {},
  options: RequestOptions = { as: 'partner' },
) => {
  const response = await api.gql<{
    registerWebhookEndpoint: { secret: string; endpoint: { id: string; tokenId: string } };
  }>(REGISTER, { input: { url: URL, ...input } }, options);
  expect(response.errors).toBeUndefined();
  const outcome = response.data?.registerWebhookEndpoint;
  if (!outcome) throw new Error('not registered');
  return outcome;
};

describe('registerWebhookEndpoint', () => {
  it('registers an endpoint for the partner’s own token, with a secret shown once', async () => {
    const response = await api.gql(
      REGISTER,
      { input: { url: URL, eventTypes: ['RecommendationAdopted'], actionFields: [field] } },
      { as: 'partner' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerWebhookEndpoint).toMatchObject({
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      endpoint: {
        url: URL,
        eventTypes: ['RecommendationAdopted'],
        actionFields: [field],
        status: 'ACTIVE',
        consecutiveFailures: 0,
      },
    });
    // From now on: the checkpoint is the head of the feed.
    const [head] = await api.database.rows<{ head: string }>(
      sql`SELECT max(position)::text AS head FROM event_chain`,
    );
    const outcome = response.data?.registerWebhookEndpoint as
      | { endpoint: { position: string } }
      | undefined;
    expect(outcome?.endpoint.position).toBe(head?.head);
  });

  it('lets an admin register one for a partner token; each partner lists only its own', async () => {
    const { endpoint } = await registered({ tokenId: other.id }, { as: 'admin' });
    expect(endpoint.tokenId).toBe(other.id);
    const list = (options: RequestOptions) =>
      api.gql<{ webhookEndpoints: { id: string }[] }>('{ webhookEndpoints { id } }', {}, options);
    const theirs = await list({ token: other.token });
    expect(theirs.data?.webhookEndpoints.map((each) => each.id)).toEqual([endpoint.id]);
    const mine = await list({ as: 'partner' });
    expect(mine.data?.webhookEndpoints.map((each) => each.id)).not.toContain(endpoint.id);
    const all = await list({ as: 'admin' });
    expect(all.data?.webhookEndpoints.map((each) => each.id)).toContain(endpoint.id);
    // Secrets are never listed.
    const fields = await api.gql('{ webhookEndpoints { secret } }', {}, { as: 'admin' });
    expect(fields.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['not a URL', 'kein url', 'INVALID_URL'],
    ['another scheme', 'ftp://93.184.215.14/hooks', 'UNSUPPORTED_SCHEME'],
    ['credentials in the URL', 'https://a:b@93.184.215.14/hooks', 'CREDENTIALS_IN_URL'],
    ['a loopback address', 'http://127.0.0.1:9/hooks', 'PRIVATE_ADDRESS'],
    ['an IPv4-mapped loopback address', 'http://[::ffff:127.0.0.1]/hooks', 'PRIVATE_ADDRESS'],
    ['a private address', 'https://192.168.1.10/hooks', 'PRIVATE_ADDRESS'],
    ['the cloud metadata address', 'http://169.254.169.254/latest', 'PRIVATE_ADDRESS'],
    ['a name for loopback', 'http://localhost:8080/hooks', 'PRIVATE_ADDRESS'],
    ['a host that does not resolve', 'https://nirgends.invalid/hooks', 'UNRESOLVABLE'],
  ])('refuses %s: BAD_USER_INPUT on url', async (_what, url, reason) => {
    expect(await refused(REGISTER, { url })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'url',
      details: { reason },
    });
  });

  it('refuses an unknown event type before any resolver runs', async () => {
    const extensions = await refused(REGISTER, { url: URL, eventTypes: ['GibtEsNicht'] });
    expect(extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown action field, and an id of another kind', async () => {
    for (const id of ['QWN0aW9uRmllbGQ6Z2lidC1lcy1uaWNodA', 'TWVhc3VyZTp4']) {
      expect(await refused(REGISTER, { url: URL, actionFields: [id] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'actionFields',
        details: { reason: 'UNKNOWN_ACTION_FIELD' },
      });
    }
  });

  it('refuses a start position outside the feed', async () => {
    for (const fromPosition of ['0', '-1', 'eins', '999999999']) {
      expect(await refused(REGISTER, { url: URL, fromPosition })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fromPosition',
      });
    }
  });

  it('refuses callers who are neither a partner token nor an admin', async () => {
    for (const as of ['anonymous', 'team', 'ministry'] as const) {
      expect(await refused(REGISTER, { url: URL }, { as })).toMatchObject({
        code: as === 'anonymous' ? expect.any(String) : 'FORBIDDEN',
      });
    }
  });

  it('refuses a partner naming another token, and an admin naming none or a non-partner one', async () => {
    expect(await refused(REGISTER, { url: URL, tokenId: other.id })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'tokenId',
    });
    for (const tokenId of [undefined, team.id, 'unbekannt']) {
      expect(await refused(REGISTER, { url: URL, tokenId }, { as: 'admin' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'tokenId',
        details: { reason: 'NOT_A_PARTNER_TOKEN' },
      });
    }
  });
});

describe('changing an endpoint', () => {
  const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) { endpoint { url eventTypes actionFields } }
  }`;
  const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }`;
  const REPLAY = `mutation($input: ReplayWebhookEndpointInput!) {
    replayWebhookEndpoint(input: $input) { endpoint { position status } }
  }`;
  const DELETE = `mutation($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }`;

  it('updates URL and filters, checked as at registration', async () => {
    const { endpoint } = await registered();
    const response = await api.gql(
      UPDATE,
      { input: { id: endpoint.id, url: 'https://93.184.215.15/neu', eventTypes: [] } },
      { as: 'partner' },
    );
    expect(response.data?.updateWebhookEndpoint).toEqual({
      endpoint: { url: 'https://93.184.215.15/neu', eventTypes: [], actionFields: [] },
    });
    expect(await refused(UPDATE, { id: endpoint.id, url: 'http://10.0.0.1/intern' })).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'url', details: { reason: 'PRIVATE_ADDRESS' } },
    );
    expect(await refused(UPDATE, { id: endpoint.id, actionFields: ['x'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actionFields',
    });
    const [row] = await api.database.rows<{ url: string }>(
      sql`SELECT url FROM webhook_endpoints WHERE id = ${endpoint.id}`,
    );
    expect(row?.url).toBe('https://93.184.215.15/neu');
  });

  it('replays from a position in the feed, and refuses one outside it', async () => {
    const { endpoint } = await registered();
    const response = await api.gql(
      REPLAY,
      { input: { id: endpoint.id, fromPosition: '1' } },
      { as: 'partner' },
    );
    expect(response.data?.replayWebhookEndpoint).toEqual({
      endpoint: { position: '0', status: 'ACTIVE' },
    });
    expect(await refused(REPLAY, { id: endpoint.id, fromPosition: '0' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fromPosition',
      details: { reason: 'POSITION_OUT_OF_RANGE' },
    });
  });

  it('answers NOT_FOUND for an unknown endpoint and for another partner’s, and changes nothing', async () => {
    const { endpoint: theirs } = await registered({}, { token: other.token });
    for (const id of ['gibt-es-nicht', theirs.id]) {
      for (const [query, input] of [
        [UPDATE, { id, url: URL }],
        [ROTATE, { id }],
        [REPLAY, { id, fromPosition: '1' }],
        [DELETE, { id }],
      ] as const) {
        expect(await refused(query, input)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
    }
    const [row] = await api.database.rows<{ revision: number }>(
      sql`SELECT revision FROM webhook_endpoints WHERE id = ${theirs.id}`,
    );
    expect(row?.revision).toBe(0);
  });

  it('deletes an endpoint with its log', async () => {
    const { endpoint } = await registered();
    const response = await api.gql(DELETE, { input: { id: endpoint.id } }, { as: 'partner' });
    expect(response.data?.deleteWebhookEndpoint).toEqual({ deletedId: endpoint.id });
    const rows = await api.database.rows(
      sql`SELECT 1 FROM webhook_endpoints WHERE id = ${endpoint.id}`,
    );
    expect(rows).toEqual([]);
  });
});
