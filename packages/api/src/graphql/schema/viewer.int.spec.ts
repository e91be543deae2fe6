import { type DomainCommandType, PERMISSIONS, type Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { schema } from './index.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const VIEWER = '{ viewer { role name publicOnly permissions } }';

interface Viewer {
  role: string | null;
  name: string | null;
  publicOnly: boolean;
  permissions: string[];
}

const viewer = async (as: Role | 'anonymous') => {
  const response = await api.gql<{ viewer: Viewer }>(VIEWER, {}, { as });
  expect(response.errors).toBeUndefined();
  return response.data?.viewer;
};

/**
 * From the permission table's side: each command granted to the role, named as its mutation —
 * those the schema has (the Lagebild's commands get theirs with issue 16's API round).
 */
const grantedByTable = (role: Role) => {
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
  return (Object.keys(PERMISSIONS) as DomainCommandType[])
    .filter((command) => PERMISSIONS[command].includes(role))
    .map((command) => `${command.charAt(0).toLowerCase()}${command.slice(1)}`)
    .filter((mutation) => mutations.includes(mutation))
    .sort();
};

describe('viewer', () => {
  it.each(['team', 'ministry'] as const)(
    'tells the %s who it is and the mutations the permission table grants it',
    async (role) => {
      const seen = await viewer(role);
      expect(seen).toMatchObject({ role, name: `Test ${role}`, publicOnly: false });
      // Signing a checkpoint is no domain command: the ministry may besides the table's grants.
      const outside = role === 'ministry' ? ['signCheckpoint'] : [];
      expect(seen?.permissions).toEqual([...grantedByTable(role), ...outside].sort());
      const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
      for (const name of seen?.permissions ?? []) expect(mutations).toContain(name);
    },
  );

  it('names the ministry’s decisions for the ministry only', async () => {
    const team = await viewer('team');
    const ministry = await viewer('ministry');
    expect(ministry?.permissions).toEqual(
      expect.arrayContaining(['adoptRecommendation', 'rejectRecommendation', 'stopMeasure']),
    );
    expect(team?.permissions).not.toContain('adoptRecommendation');
    expect(team?.permissions).toContain('draftRecommendation');
    expect(ministry?.permissions).not.toContain('draftRecommendation');
    // Follow-ups are no one's to issue: adoption plans the measure.
    expect([...(team?.permissions ?? []), ...(ministry?.permissions ?? [])]).not.toContain(
      'planMeasure',
    );
  });

  it('lets an admin manage people, erase personal data and sign checkpoints, and nothing else', async () => {
    expect(await viewer('admin')).toEqual({
      role: 'admin',
      name: 'Test admin',
      publicOnly: false,
      permissions: ['eraseSubject', 'grantRole', 'registerUser', 'revokeRole', 'signCheckpoint'],
    });
  });

  it('shows a partner published content only, with no mutation', async () => {
    expect(await viewer('partner')).toEqual({
      role: 'partner',
      name: 'Test partner',
      publicOnly: true,
      permissions: [],
    });
  });

  it('knows no role or name without a token', async () => {
    expect(await viewer('anonymous')).toEqual({
      role: null,
      name: null,
      publicOnly: true,
      permissions: [],
    });
  });

  it('agrees with what the API then lets the caller do', async () => {
    const define = (as: Role) =>
      api.gql(
        'mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { version } }',
        { input: { key: `feld-${as}`, title: 'Ein Handlungsfeld', description: 'Zum Testen.' } },
        { as },
      );
    expect((await viewer('team'))?.permissions).toContain('defineActionField');
    expect((await define('team')).errors).toBeUndefined();
    expect((await viewer('ministry'))?.permissions).not.toContain('defineActionField');
    expect((await define('ministry')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
