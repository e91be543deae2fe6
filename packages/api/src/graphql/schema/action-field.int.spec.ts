import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const DEFINE = `mutation Define($input: DefineActionFieldInput!) {
  defineActionField(input: $input) {
    version replayed
    actionField { id key title description status statusLabel version createdAt }
  }
}`;
const REVISE = `mutation Revise($input: ReviseActionFieldInput!) {
  reviseActionField(input: $input) { version actionField { title } }
}`;

const digitalisierung = {
  key: 'digitalisierung',
  title: 'Digitalisierung in der mittelständischen Industrie',
  description: 'Wie kleine und mittlere Unternehmen die Digitalisierung für sich nutzen.',
};

describe('defineActionField', () => {
  it('creates an action field the caller reads back at once', async () => {
    const response = await api.gql(DEFINE, { input: digitalisierung });
    expect(response.errors).toBeUndefined();
    expect(response.data?.defineActionField).toMatchObject({
      version: 1,
      replayed: false,
      actionField: { ...digitalisierung, status: 'active', statusLabel: 'Aktiv', version: 1 },
    });
  });

  it('answers in English when asked', async () => {
    const response = await api.gql(
      `{ actionFields(first: 5) { edges { node { statusLabel } } } }`,
      {},
      { language: 'en-GB,en;q=0.9' },
    );
    expect(response.data).toEqual({
      actionFields: { edges: [{ node: { statusLabel: 'Active' } }] },
    });
  });

  it('refuses an oversized title with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await api.counts();
    const response = await api.gql(DEFINE, {
      input: { ...digitalisierung, key: 'zu-lang', title: 'x'.repeat(201) },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect(response.errors?.[0]?.message).toContain('zu lang');
    expect(await api.counts()).toEqual(before);
  });

  it('refuses a missing field before anything runs', async () => {
    const response = await api.gql(DEFINE, { input: { key: 'ohne-titel', description: 'x' } });
    expect(response.errors?.[0]?.message).toMatch(/title/);
    expect(response.data).toBeUndefined();
  });

  it('refuses a partner with FORBIDDEN and writes nothing', async () => {
    const before = await api.counts();
    const response = await api.gql(
      DEFINE,
      { input: { ...digitalisierung, key: 'partner' } },
      {
        as: 'partner',
      },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.counts()).toEqual(before);
  });
});

describe('reviseActionField', () => {
  it('changes the title with the current version, and refuses a stale one with CONFLICT', async () => {
    const created = await api.gql<{ defineActionField: { actionField: { id: string } } }>(DEFINE, {
      input: { ...digitalisierung, key: 'arbeit', title: 'Arbeit in der Industrie' },
    });
    const id = created.data?.defineActionField.actionField.id;
    const revised = await api.gql(REVISE, {
      input: { id, expectedVersion: 1, title: 'Arbeit in der Industrie der Zukunft' },
    });
    expect(revised.data?.reviseActionField).toEqual({
      version: 2,
      actionField: { title: 'Arbeit in der Industrie der Zukunft' },
    });
    const before = await api.counts();
    const stale = await api.gql(REVISE, { input: { id, expectedVersion: 1, title: 'Arbeit' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2, expectedVersion: 1 },
    });
    expect(await api.counts()).toEqual(before);
  });

  it('refuses an unknown id with NOT_FOUND', async () => {
    const response = await api.gql(REVISE, {
      input: {
        id: Buffer.from('ActionField:nope').toString('base64'),
        expectedVersion: 0,
        title: 'x',
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an id of another type', async () => {
    const response = await api.gql(REVISE, {
      input: { id: Buffer.from('Meeting:x').toString('base64'), expectedVersion: 1, title: 'x' },
    });
    expect(response.errors?.[0]?.message).toMatch(/ActionField/);
  });
});

describe('idempotency keys', () => {
  it('answer a repeated creation with the original result and write nothing new', async () => {
    const input = { ...digitalisierung, key: 'kooperationen', idempotencyKey: 'define-koop-1' };
    const first = await api.gql<{
      defineActionField: { replayed: boolean; version: number; actionField: { id: string } };
    }>(DEFINE, { input });
    const before = await api.counts();
    const again = await api.gql<{
      defineActionField: { replayed: boolean; version: number; actionField: { id: string } };
    }>(DEFINE, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data?.defineActionField).toMatchObject({
      replayed: true,
      version: 1,
      actionField: { id: first.data?.defineActionField.actionField.id },
    });
    expect(await api.counts()).toEqual(before);
  });

  it('answer a retried change as the first time, not as a conflict', async () => {
    const created = await api.gql<{ defineActionField: { actionField: { id: string } } }>(DEFINE, {
      input: { ...digitalisierung, key: 'geschaeftsmodelle' },
    });
    const input = {
      id: created.data?.defineActionField.actionField.id,
      expectedVersion: 1,
      title: 'Neue Geschäftsmodelle und industrielle Wertschöpfung',
      idempotencyKey: 'revise-gm-1',
    };
    expect((await api.gql(REVISE, { input })).data?.reviseActionField).toMatchObject({
      version: 2,
    });
    const before = await api.counts();
    const retried = await api.gql(REVISE, { input });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.reviseActionField).toMatchObject({ version: 2 });
    expect(await api.counts()).toEqual(before);
  });

  it('belong to their caller: another actor with the same key gets its own result', async () => {
    const define = (actor: string, actionFieldId: string) =>
      api.execute({
        type: 'DefineActionField',
        data: { actionFieldId, key: actionFieldId, title: 'Arbeit der Zukunft', description: 'x' },
        metadata: { actor, role: 'team', now: new Date().toISOString(), timeZone: 'Europe/Berlin' },
        idempotencyKey: 'shared-key',
      });
    const first = await define('token:one', 'arbeit-eins');
    const second = await define('token:two', 'arbeit-zwei');
    expect(second).toMatchObject({ id: 'arbeit-zwei', replayed: false });
    expect(await define('token:one', 'arbeit-eins')).toMatchObject({
      id: first.id,
      replayed: true,
    });
    // Another input under the same key is not a retry: refused, never replayed silently.
    await expect(define('token:one', 'arbeit-drei')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
      details: { reason: 'IDEMPOTENCY_KEY_REUSED', mismatch: 'input' },
    });
  });
});
