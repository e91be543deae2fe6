import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

/** An installation without a signing key: no checkpoints, and every surface says so clearly. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await api.store.append('ActionField-1', [
    { type: 'ActionFieldDefined', schemaVersion: 1, data: {}, occurredAt: '2016-05-01T00:00:00Z' },
  ]);
  await api.store.seal();
});
afterAll(() => api.close());

describe('without a signing key', () => {
  it('serves no key and no checkpoint', async () => {
    const response = await api.gql('{ signingKey { keyId } latestCheckpoint { position } }');
    expect(response.data).toEqual({ signingKey: null, latestCheckpoint: null });
    const wellKnown = await api.app.request('/.well-known/fahrplan-signing-key');
    expect(wellKnown.status).toBe(404);
  });

  it('refuses to sign, saying what to do', async () => {
    const response = await api.gql(
      'mutation { signCheckpoint { position } }',
      {},
      {
        as: 'ministry',
        language: 'en',
      },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toContain('pnpm fahrplan keys create');
  });

  it('still checks a position and hash, but cannot check a signature', async () => {
    const head = await api.gql<{ audit: { headPosition: string; headHash: string } }>(
      '{ audit { headPosition headHash } }',
    );
    const { headPosition, headHash } = head.data?.audit ?? { headPosition: '', headHash: '' };
    const plain = await api.gql<{ verifyCheckpoint: { status: string } }>(
      `{ verifyCheckpoint(position: "${headPosition}", hash: "${headHash}") { status } }`,
      {},
      { as: 'anonymous' },
    );
    expect(plain.data?.verifyCheckpoint.status).toBe('CONSISTENT');
    const signed = await api.gql(
      `{ verifyCheckpoint(position: "${headPosition}", hash: "${headHash}",
           signature: "${'A'.repeat(86)}==", signedAt: "2026-12-05T01:30:00Z") { status } }`,
      {},
      { as: 'anonymous' },
    );
    expect(signed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'signature',
    });
  });
});
