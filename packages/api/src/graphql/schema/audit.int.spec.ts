import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEverything } from '../../testing/sealed.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';
import { verificationPassesDuring } from '../../testing/verification-passes.js';
import { FIELD_PRICES, QUERY_LIMITS } from '../limits.js';

type Audit = { ok: boolean; checked: number; newlyChecked: number; headHash: string };

let api: TestApi;
const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: audit { ok checked newlyChecked }`).join(' ')} }`;

/** One new event, sealed (so that the next audit has exactly it to check). */
const reviseField = async (description: string) => {
  await api.gql(
    `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { version } }`,
    { input: { key: `feld-${description}`, title: `Feld ${description}`, description } },
  );
  await sealEverything(api.database, api.store);
};

beforeAll(async () => {
  api = await createDemoApi();
  await sealEverything(api.database, api.store);
});
afterAll(() => api.close());

describe('audit', () => {
  it('verifies the seeded log once; a second audit checks nothing new', async () => {
    const first = await api.gql<{ audit: Audit }>(
      '{ audit { ok checked newlyChecked headHash } }',
      {},
      { as: 'anonymous' },
    );
    expect(first.data?.audit.ok).toBe(true);
    expect(first.data?.audit.newlyChecked).toBe(first.data?.audit.checked);
    expect(first.data?.audit.checked).toBeGreaterThan(50);
    const second = await api.gql<{ audit: Audit }>(
      '{ audit { ok checked newlyChecked headHash } }',
      {},
      { as: 'anonymous' },
    );
    expect(second.data?.audit).toEqual({ ...first.data?.audit, newlyChecked: 0 });
  });

  it('runs one verification for two aliases in one request, checking only the new events', async () => {
    await reviseField('eins');
    let response: Awaited<ReturnType<typeof api.gql<Record<string, Audit>>>> | undefined;
    const passes = await verificationPassesDuring(api.database, async () => {
      response = await api.gql<Record<string, Audit>>(aliases(2), {}, { as: 'anonymous' });
    });
    expect(response?.errors).toBeUndefined();
    expect(passes).toBe(1);
    expect(response?.data?.a0).toEqual(response?.data?.a1);
    expect(response?.data?.a0).toMatchObject({ ok: true, newlyChecked: 1 });
  });

  it('runs one verification for concurrent requests', async () => {
    await reviseField('zwei');
    let responses: Awaited<ReturnType<typeof api.gql<{ audit: Audit }>>>[] = [];
    const passes = await verificationPassesDuring(api.database, async () => {
      responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          api.gql<{ audit: Audit }>(
            '{ audit { ok checked newlyChecked } }',
            {},
            { as: 'anonymous' },
          ),
        ),
      );
    });
    expect(responses.every((response) => response.data?.audit.ok)).toBe(true);
    // However the requests interleave, the new event is hashed by one pass only.
    expect(responses.map((response) => response.data?.audit.newlyChecked).sort()).toContain(1);
    expect(responses.filter((response) => response.data?.audit.newlyChecked === 1).length).toBe(
      responses.filter((response) => response.data?.audit.newlyChecked !== 0).length,
    );
    expect(passes).toBeLessThanOrEqual(2);
  });

  it('is priced by the cost limit: three in one document are refused before any runs', async () => {
    expect(2 * (FIELD_PRICES.audit ?? 0)).toBeLessThan(QUERY_LIMITS.cost);
    let response: Awaited<ReturnType<typeof api.gql>> | undefined;
    const passes = await verificationPassesDuring(api.database, async () => {
      response = await api.gql(aliases(3), {}, { as: 'anonymous' });
    });
    expect(response?.status).toBe(400);
    expect(response?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      details: { limit: QUERY_LIMITS.cost },
    });
    expect(Number(response?.errors?.[0]?.extensions?.details?.found)).toBeGreaterThan(30_000);
    expect(passes).toBe(0);
    // Through a fragment, too.
    const viaFragment = await api.gql(
      `{ ...A ...B ...C } fragment A on Query { a: audit { ok } } fragment B on Query { b: audit { ok } } fragment C on Query { c: audit { ok } }`,
      {},
      { as: 'anonymous' },
    );
    expect(viaFragment.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
