import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { graphqlSpec } from '../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';

const CAPTURE = `mutation($input: CaptureSuggestionInput!) {
  captureSuggestion(input: $input) { version replayed suggestion { id text } }
}`;
const DRAFT = `mutation($input: DraftRecommendationInput!) {
  draftRecommendation(input: $input) { version replayed recommendation { id title } }
}`;

type Captured = { captureSuggestion: { replayed: boolean; suggestion: { id: string } } };

const HOUR = 60 * 60 * 1000;
// The API's clock, moved by the tests: expiry is measured on it, never by sleeping.
let now = Date.parse('2026-03-02T09:00:00Z');
let api: TestApi;
let field: string;
let otherTeamToken: string;
const { defineActionField } = graphqlSpec(() => api);

const suggestion = (text = 'Ein Lotsenprogramm für kleine Betriebe.') => ({
  text,
  sector: 'INDUSTRY',
  channel: 'MAIL',
  occurredAt: '2017-04-01T10:00:00Z',
});

const reused = (response: { errors?: readonly { extensions?: unknown }[] }, mismatch: string) =>
  expect(response.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'idempotencyKey',
    details: { reason: 'IDEMPOTENCY_KEY_REUSED', mismatch },
  });

beforeAll(async () => {
  api = await createTestApi({ clock: { now: () => new Date(now).toISOString() } });
  otherTeamToken = (await createToken(api.database, { role: 'team', name: 'Zweites Team' })).token;
  field = await defineActionField('digitalisierung', 'Digitalisierung');
});
afterAll(() => api.close());

describe('an idempotency key', () => {
  it('replays the same mutation with the same input: same item, nothing written', async () => {
    const input = { ...suggestion(), idempotencyKey: 'k-replay' };
    const first = await api.gql<Captured>(CAPTURE, { input });
    expect(first.data?.captureSuggestion.replayed).toBe(false);
    const before = await api.counts();
    // Key order and explicit nulls do not make another input.
    const again = await api.gql<Captured>(CAPTURE, {
      input: {
        idempotencyKey: 'k-replay',
        title: null,
        ...Object.fromEntries(Object.entries(input).reverse()),
      },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.captureSuggestion).toMatchObject({
      replayed: true,
      suggestion: { id: first.data?.captureSuggestion.suggestion.id },
    });
    expect(await api.counts()).toEqual(before);
  });

  it('used for another mutation is refused, and nothing is written', async () => {
    await api.gql(CAPTURE, { input: { ...suggestion(), idempotencyKey: 'k-other-command' } });
    const before = await api.counts();
    const response = await api.gql(DRAFT, {
      input: {
        title: 'Lotsen',
        body: 'Ein Programm.',
        actionFieldIds: [field],
        idempotencyKey: 'k-other-command',
      },
    });
    expect(response.data?.draftRecommendation ?? null).toBeNull();
    reused(response, 'operation');
    expect(response.errors?.[0]?.message).toMatch(/Idempotenzschlüssel.*andere Änderung/);
    expect(JSON.stringify(response)).not.toMatch(/Suggestion|submitter|state/);
    expect(await api.counts()).toEqual(before);
  });

  it('used for the same mutation with other input is refused, and nothing is written', async () => {
    await api.gql(CAPTURE, { input: { ...suggestion(), idempotencyKey: 'k-other-input' } });
    const before = await api.counts();
    const response = await api.gql(
      CAPTURE,
      { input: { ...suggestion('Etwas ganz anderes.'), idempotencyKey: 'k-other-input' } },
      { language: 'en' },
    );
    reused(response, 'input');
    expect(response.errors?.[0]?.message).toMatch(/already used with other input/);
    expect(await api.counts()).toEqual(before);
  });

  it('belongs to its caller: another token with the same key gets its own result', async () => {
    const mine = await api.gql<Captured>(CAPTURE, {
      input: { ...suggestion(), idempotencyKey: 'k-shared' },
    });
    const theirs = await api.gql<Captured>(
      CAPTURE,
      { input: { ...suggestion('Von einem anderen Team.'), idempotencyKey: 'k-shared' } },
      { token: otherTeamToken },
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.captureSuggestion.replayed).toBe(false);
    expect(theirs.data?.captureSuggestion.suggestion.id).not.toBe(
      mine.data?.captureSuggestion.suggestion.id,
    );
  });

  it('of more than 255 characters is refused; 255 are fine', async () => {
    const before = await api.counts();
    const response = await api.gql(CAPTURE, {
      input: { ...suggestion(), idempotencyKey: 'x'.repeat(256) },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      details: expect.objectContaining({ reason: 'TOO_LONG', detail: 255 }),
    });
    expect(await api.counts()).toEqual(before);
    const longest = await api.gql<Captured>(CAPTURE, {
      input: { ...suggestion(), idempotencyKey: 'x'.repeat(255) },
    });
    expect(longest.errors).toBeUndefined();
  });

  it('expires after 24 hours: then it may be used for anything again', async () => {
    await api.gql(CAPTURE, { input: { ...suggestion(), idempotencyKey: 'k-expiring' } });
    const draft = {
      input: {
        title: 'Lotsen',
        body: 'Ein Programm.',
        actionFieldIds: [field],
        idempotencyKey: 'k-expiring',
      },
    };
    now += 23 * HOUR;
    reused(await api.gql(DRAFT, draft), 'operation');
    now += 1 * HOUR + 1;
    const drafted = await api.gql<{ draftRecommendation: { replayed: boolean } }>(DRAFT, draft);
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data?.draftRecommendation.replayed).toBe(false);
    // The key now belongs to the draft, for another 24 hours.
    const retried = await api.gql<{ draftRecommendation: { replayed: boolean } }>(DRAFT, draft);
    expect(retried.data?.draftRecommendation.replayed).toBe(true);
    // The caller's other expired keys are gone; the live one stays.
    const keys = await api.database.rows<{ key: string }>(
      sql`SELECT key FROM idempotency_keys ORDER BY key`,
    );
    expect(keys.map((row) => row.key)).toEqual(['k-expiring', 'k-shared']);
  });

  it('raced by two requests with the same key writes once; both get the same item', async () => {
    const input = { ...suggestion('Gleichzeitig.'), idempotencyKey: 'k-race' };
    const before = await api.counts();
    const results = await Promise.all([1, 2, 3].map(() => api.gql<Captured>(CAPTURE, { input })));
    const ids = new Set(results.map((result) => result.data?.captureSuggestion.suggestion.id));
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(ids.size).toBe(1);
    expect(((await api.counts()).events ?? 0) - (before.events ?? 0)).toBe(1);
  });
});
