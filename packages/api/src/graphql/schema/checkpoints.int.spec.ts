import { createPublicKey, verify } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signClaim } from '../../checkpoints/checkpoint.js';
import { generateSigningKey } from '../../checkpoints/signing-key.js';
import { rewriteEvent, truncateHistory } from '../../testing/rewrite-history.js';
import { asSuperuser } from '../../testing/superuser.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';

type Checkpoint = {
  position: string;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
  signedBytes: string;
};
interface Check {
  status: string;
  ok: boolean;
  position: string;
  actualHash: string | null;
  headPosition: string;
  signatureValid: boolean | null;
  differsAt: string | null;
  message: string;
}

const CHECKPOINT = 'position hash signedAt keyId signature signedBytes';
const CHECK = 'status ok position actualHash headPosition signatureValid differsAt message';
const VERIFY = `query Verify($position: String!, $hash: String!, $signature: String,
    $signedAt: DateTime, $keyId: String) {
  verifyCheckpoint(position: $position, hash: $hash, signature: $signature,
    signedAt: $signedAt, keyId: $keyId) { ${CHECK} }
}`;

const signingKey = generateSigningKey().key;
let api: TestApi;
let signed: Checkpoint;

const check = async (variables: Record<string, unknown>) => {
  const response = await api.gql<{ verifyCheckpoint: Check }>(VERIFY, variables, {
    as: 'anonymous',
    language: 'en',
  });
  expect(response.errors).toBeUndefined();
  return response.data?.verifyCheckpoint;
};

beforeAll(async () => {
  api = await createDemoApi({ signingKey });
});
afterAll(() => api.close());

describe('before anything is signed', () => {
  it('has no latest checkpoint', async () => {
    const response = await api.gql(`{ latestCheckpoint { position } }`, {}, { as: 'anonymous' });
    expect(response.data).toEqual({ latestCheckpoint: null });
  });

  it('serves the public key, the same in GraphQL and at /.well-known', async () => {
    const response = await api.gql<{ signingKey: Record<string, string> }>(
      '{ signingKey { keyId algorithm publicKey publicKeyPem } }',
      {},
      { as: 'anonymous' },
    );
    expect(response.data?.signingKey).toEqual({
      keyId: signingKey.keyId,
      algorithm: 'Ed25519',
      publicKey: signingKey.publicKeyBase64,
      publicKeyPem: signingKey.publicKeyPem,
    });
    const wellKnown = await api.app.request('/.well-known/fahrplan-signing-key');
    expect(wellKnown.status).toBe(200);
    expect(await wellKnown.json()).toMatchObject(response.data?.signingKey ?? {});
  });
});

describe('signCheckpoint', () => {
  it.each(['team', 'partner', 'anonymous'] as const)('is refused to the %s', async (as) => {
    const response = await api.gql(`mutation { signCheckpoint { position } }`, {}, { as });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('{ latestCheckpoint { position } }')).data).toEqual({
      latestCheckpoint: null,
    });
  });

  it('signs the head for the ministry, with a signature anyone can check from the docs', async () => {
    const response = await api.gql<{ signCheckpoint: Checkpoint }>(
      `mutation { signCheckpoint { ${CHECKPOINT} } }`,
      {},
      { as: 'ministry' },
    );
    expect(response.errors).toBeUndefined();
    signed = response.data?.signCheckpoint as Checkpoint;
    const head = await api.gql<{ audit: { headPosition: string; headHash: string } }>(
      '{ audit { headPosition headHash } }',
    );
    expect(signed).toMatchObject({
      position: head.data?.audit.headPosition,
      hash: head.data?.audit.headHash,
      keyId: signingKey.keyId,
    });
    // An independent verifier: the documented bytes, written out by hand, and the raw public key.
    const bytes = `{"hash":"${signed.hash}","keyId":"${signed.keyId}","position":${signed.position},"signedAt":"${signed.signedAt}"}`;
    expect(signed.signedBytes).toBe(bytes);
    const publicKey = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(signingKey.publicKeyBase64, 'base64').toString('base64url'),
      },
      format: 'jwk',
    });
    expect(
      verify(null, Buffer.from(bytes), publicKey, Buffer.from(signed.signature, 'base64')),
    ).toBe(true);
  });

  it('returns the same checkpoint while the head has not moved', async () => {
    const again = await api.gql<{ signCheckpoint: Checkpoint }>(
      `mutation { signCheckpoint { ${CHECKPOINT} } }`,
      {},
      { as: 'admin' },
    );
    expect(again.data?.signCheckpoint).toEqual(signed);
  });

  it('is listed, and is the latest', async () => {
    const response = await api.gql<{
      checkpoints: { edges: { node: Checkpoint }[] };
      latestCheckpoint: Checkpoint;
    }>(
      `{ checkpoints(first: 10) { edges { node { ${CHECKPOINT} } } }
         latestCheckpoint { ${CHECKPOINT} } }`,
      {},
      { as: 'partner' },
    );
    expect(response.data?.checkpoints.edges.map((edge) => edge.node)).toEqual([signed]);
    expect(response.data?.latestCheckpoint).toEqual(signed);
  });

  it('comes with the feed page that reaches it, whose event there has its hash', async () => {
    const feed = async (first: number) =>
      (
        await api.gql<{
          events: {
            edges: { node: { position: string; hash: string } }[];
            checkpoint: Checkpoint | null;
          };
        }>(
          `query Feed($first: Int) { events(first: $first) {
             edges { node { position hash } } checkpoint { position hash } } }`,
          { first },
          { as: 'team' },
        )
      ).data?.events;
    expect((await feed(3))?.checkpoint).toBeNull();
    const all = await feed(500);
    expect(all?.checkpoint).toEqual({ position: signed.position, hash: signed.hash });
    expect(all?.edges.find((edge) => edge.node.position === signed.position)?.node.hash).toBe(
      signed.hash,
    );
  });
});

describe('verifyCheckpoint, for anyone', () => {
  it('confirms the log extends the checkpoint, signature included', async () => {
    expect(await check(signed)).toMatchObject({
      status: 'CONSISTENT',
      ok: true,
      signatureValid: true,
      actualHash: signed.hash,
      differsAt: null,
    });
    expect(await check({ position: signed.position, hash: signed.hash })).toMatchObject({
      status: 'CONSISTENT',
      signatureValid: null,
    });
  });

  it('fails a checkpoint signed with another key', async () => {
    const other = generateSigningKey().key;
    const forged = signClaim(
      { position: Number(signed.position), hash: signed.hash, signedAt: signed.signedAt },
      other,
    );
    const result = await check({ ...forged, position: signed.position, keyId: signingKey.keyId });
    expect(result).toMatchObject({ status: 'BAD_SIGNATURE', ok: false, signatureValid: false });
    expect(result?.message).toContain(`key ${signingKey.keyId}`);
  });

  it('fails a checkpoint whose time was changed after signing', async () => {
    const result = await check({ ...signed, signedAt: '2020-01-01T00:00:00.000Z' });
    expect(result).toMatchObject({ status: 'BAD_SIGNATURE', ok: false });
  });

  it.each([
    [{ position: 'abc' }, 'position'],
    [{ position: '0' }, 'position'],
    [{ hash: 'xyz' }, 'hash'],
    [{ hash: 'A'.repeat(64) }, 'hash'],
    [{ signature: 'not base64!' }, 'signature'],
    [{ signedAt: null }, 'signedAt'],
    [{ keyId: 'k1' }, 'keyId'],
  ])('refuses %o as BAD_USER_INPUT naming %s', async (change, field) => {
    const response = await api.gql(
      VERIFY,
      { ...signed, ...change },
      { as: 'anonymous', language: 'de' },
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).not.toMatch(/Error|at /);
  });

  it('refuses bad paging of checkpoints', async () => {
    const response = await api.gql('{ checkpoints(first: 0) { edges { cursor } } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });
});

describe('when a superuser edited an event and left the chain as it was', () => {
  let original: unknown;
  beforeAll(async () => {
    // The head moves on meanwhile, so no earlier verification answers for it.
    await api.store.append('ActionField-spaeter', [
      {
        type: 'ActionFieldDefined',
        schemaVersion: 1,
        data: {},
        occurredAt: '2026-01-01T00:00:00Z',
      },
    ]);
    await api.store.seal();
    const [row] = await api.database.rows<{ data: unknown }>(
      sql`SELECT data FROM events WHERE id = (SELECT event_id FROM event_chain WHERE position = 2)`,
    );
    original = row?.data;
    await asSuperuser(api.database, () =>
      api.database.rows(sql`UPDATE events SET data = '{"title":"Gefälscht"}'
        WHERE id = (SELECT event_id FROM event_chain WHERE position = 2)`),
    );
  });
  afterAll(() =>
    asSuperuser(api.database, () =>
      api.database.rows(sql`UPDATE events SET data = ${JSON.stringify(original)}::jsonb
        WHERE id = (SELECT event_id FROM event_chain WHERE position = 2)`),
    ),
  );

  it('says the hash is there but the event at position 2 no longer matches', async () => {
    expect(await check(signed)).toMatchObject({
      status: 'TAMPERED',
      ok: false,
      actualHash: signed.hash,
      differsAt: '2',
    });
  });
});

describe('when a superuser rewrote history and recomputed the chain with chainHash', () => {
  beforeAll(() => rewriteEvent(api.database, 3, { title: 'Gefälscht' }));

  it('is caught by audit only because signing recorded how far the chain was verified', async () => {
    // A superuser who also rewrote that record (chain_verification) would pass audit: checkpoints
    // held outside the database are what exposes it for sure (below).
    const audit = await api.gql<{ audit: { ok: boolean; headHash: string } }>(
      '{ audit { ok headHash } }',
    );
    expect(audit.data?.audit.ok).toBe(false);
    expect(audit.data?.audit.headHash).not.toBe(signed.hash);
  });

  it('fails the earlier checkpoint, naming the edited event by its MAC', async () => {
    const result = await check(signed);
    expect(result).toMatchObject({
      status: 'MISMATCH',
      ok: false,
      signatureValid: true,
      differsAt: '3',
    });
    expect(result?.actualHash).not.toBe(signed.hash);
    expect(result?.message).toContain(`At position ${signed.position} the log holds another hash`);
    expect(result?.message).toContain('No API process wrote position 3 (invalid MAC)');
  });

  it('gets no new signature from the API', async () => {
    const response = await api.gql(
      `mutation { signCheckpoint { position } }`,
      {},
      { as: 'ministry' },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(response.errors?.[0]?.message).toContain(`Position ${signed.position}`);
  });
});

describe('when a superuser deleted the newest events', () => {
  beforeAll(() => truncateHistory(api.database, 2));

  it('says the log was truncated', async () => {
    // The newest two: the one appended after the checkpoint, and the one it signed.
    expect(await check(signed)).toMatchObject({
      status: 'TRUNCATED',
      ok: false,
      headPosition: String(Number(signed.position) - 1),
      actualHash: null,
    });
  });
});
