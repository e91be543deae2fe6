import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { issueToken, processIdOfOption } from './token-request.js';
import { listTokens, type TokenRequest } from './tokens.js';

/** `fahrplan token create` (directly or through the running server) makes tokens through this. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const tokenCount = async () => {
  const [row] = await api.database.rows<{ count: string | number }>(
    sql`SELECT count(*) AS count FROM api_tokens`,
  );
  return Number(row?.count ?? 0);
};

const VIEWER = '{ viewer { role publicOnly permissions } }';

describe('a token for one process', () => {
  it('holds its role there only, and answers to its owner', async () => {
    const issued = await issueToken(api.database, {
      role: 'partner',
      name: 'IHK Chemnitz',
      processId: processIdOfOption('industrie-der-zukunft'),
      owner: { organisation: 'IHK Chemnitz' },
    });
    if ('refused' in issued) throw new Error(issued.refused.message);
    expect(issued.info).toMatchObject({
      role: 'partner',
      processId: DEFAULT_PROCESS_ID,
      owner: { organisation: 'IHK Chemnitz' },
    });
    const listed = (await listTokens(api.database)).find((token) => token.id === issued.info.id);
    expect(listed).toMatchObject({
      processId: DEFAULT_PROCESS_ID,
      owner: { organisation: 'IHK Chemnitz' },
    });
    const viewer = await api.gql(VIEWER, {}, { token: issued.token });
    expect(viewer.data).toEqual({ viewer: { role: 'partner', publicOnly: true, permissions: [] } });
  });

  it('keeps tokens made without a process installation-wide', async () => {
    const listed = await listTokens(api.database);
    expect(
      listed.filter((token) => token.name.startsWith('Test ')).map((t) => t.processId),
    ).toEqual([null, null, null, null]);
  });
});

describe('a token refused', () => {
  const good: TokenRequest = { role: 'team', name: 'Sync', processId: null };
  it.each([
    ['an unknown role', { ...good, role: 'chef' }, 'BAD_USER_INPUT', 'role'],
    ['an empty name', { ...good, name: '  ' }, 'BAD_USER_INPUT', 'name'],
    [
      'a malformed process',
      { ...good, processId: `sp-${'x'.repeat(300)}` },
      'BAD_USER_INPUT',
      'processId',
    ],
    ['an unknown process', { ...good, processId: 'sp-gibt-es-nicht' }, 'NOT_FOUND', 'processId'],
    ['an unknown owner', { ...good, owner: { userId: 'niemand' } }, 'NOT_FOUND', 'owner'],
    [
      'an owner without a name',
      { ...good, owner: { organisation: ' ' } },
      'BAD_USER_INPUT',
      'owner',
    ],
  ] as const)('for %s: typed, and nothing is written', async (_what, request, code, field) => {
    const before = await tokenCount();
    const issued = await issueToken(api.database, request);
    expect(issued).toMatchObject({ refused: { code, field, message: expect.any(String) } });
    expect(await tokenCount()).toBe(before);
  });
});
