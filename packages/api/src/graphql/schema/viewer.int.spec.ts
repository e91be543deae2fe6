import { type DomainCommandType, PERMISSIONS, processIdOfSlug, type Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../auth/tokens.js';
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

describe('viewer in a process', () => {
  const OTHER = 'viewer-anderer-prozess';
  const IN = `query($process: String) { viewer {
    role(process: $process) publicOnly permissions(process: $process) } }`;
  const inProcess = async (token: string, process: string | null) =>
    api.gql<{ viewer: { role: string | null; publicOnly: boolean; permissions: string[] } }>(
      IN,
      { process },
      { token },
    );
  let team = '';

  beforeAll(async () => {
    const defined = await api.gql(
      `mutation { defineProcess(input: { slug: "${OTHER}", title: "Anderer Prozess",
        description: "Zum Testen.", commissionedBy: "SMWA", runBy: "Geschäftsstelle" }) { process { id } } }`,
      {},
      { as: 'ministry' },
    );
    expect(defined.errors).toBeUndefined();
    team = (
      await createToken(api.database, {
        role: 'team',
        name: 'Team des anderen Prozesses',
        processId: processIdOfSlug(OTHER),
      })
    ).token;
  });

  it('answers with the role held there: team in its process, nothing in the default one', async () => {
    const there = await inProcess(team, OTHER);
    expect(there.data?.viewer).toMatchObject({ role: 'team', publicOnly: false });
    expect(there.data?.viewer.permissions).toEqual(grantedByTable('team'));
    const elsewhere = await inProcess(team, 'industrie-der-zukunft');
    expect(elsewhere.data?.viewer).toEqual({ role: null, publicOnly: false, permissions: [] });
    // Without a process: the strongest role held anywhere, the default process's permissions.
    const unnamed = await inProcess(team, null);
    expect(unnamed.data?.viewer).toEqual({ role: 'team', publicOnly: false, permissions: [] });
  });

  it('answers for installation-wide roles alike in every process', async () => {
    const wide = await api.gql<{ viewer: { permissions: string[] } }>(
      IN,
      { process: OTHER },
      { as: 'team' },
    );
    expect(wide.data?.viewer.permissions).toEqual(grantedByTable('team'));
  });

  it('refuses an unknown or malformed process with a typed error', async () => {
    const unknown = await inProcess(team, 'gibt-es-nicht');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'process' });
    const malformed = await inProcess(team, 'Kein Kurzname!');
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'process',
    });
  });
});
