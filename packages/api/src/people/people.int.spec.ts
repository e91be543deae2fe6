import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gqlAs,
  outlastIdleTimeOut,
  postAuth,
  type SignedIn,
  signIn,
} from '../testing/browser-session.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';

/**
 * People over real HTTP semantics: an admin registers a person, who sets a password with the
 * one-time link, signs in with a cookie, acts in the roles granted per process, and signs out;
 * time-outs by the composition's clock. Every new write path with its bad input.
 */
let api: TestApi;
let clock = Date.now();
const tick = (ms: number) => {
  clock += ms;
};

const REGISTER = `mutation($input: RegisterUserInput!) {
  registerUser(input: $input) { setupLink user { id name email organisation unit grants { role processId } } }
}`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { grants { role processId } } } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { user { grants { role } } } }`;
const VIEWER = '{ viewer { role name publicOnly permissions } }';
const DEFINE = `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`;
const field = (key: string) => ({
  input: {
    key,
    title: `Feld ${key}`,
    description: 'Ein Handlungsfeld, angelegt von einer Person.',
  },
});

const PASSWORD = 'ein langes Passwort 2026';
let anna: { id: string; secret: string };

const register = async (
  input: Record<string, unknown>,
  as: 'admin' | 'team' | 'anonymous' = 'admin',
) =>
  api.gql<{ registerUser: { setupLink: string; user: { id: string } } }>(
    REGISTER,
    { input },
    { as },
  );

beforeAll(async () => {
  api = await createTestApi({ clock: { now: () => new Date(clock).toISOString() } });
  const registered = await register({
    name: 'Anna Beispiel',
    email: 'Anna@Example.org',
    organisation: 'SMWA',
    unit: 'Referat 31',
  });
  expect(registered.errors).toBeUndefined();
  const { setupLink, user } = registered.data?.registerUser ?? { setupLink: '', user: { id: '' } };
  anna = { id: user.id, secret: setupLink.split('#')[1] ?? '' };
});
afterAll(() => api.close());

describe('registerUser', () => {
  it('answers the user and a one-time set-up link', async () => {
    const { data } = await api.gql<{ users: { name: string; email: string; unit: string }[] }>(
      '{ users { name email unit grants { role } } }',
      {},
      { as: 'admin' },
    );
    expect(data?.users).toEqual([
      { name: 'Anna Beispiel', email: 'Anna@Example.org', unit: 'Referat 31', grants: [] },
    ]);
    expect(anna.secret).toMatch(/^[\w-]{40,}$/);
  });

  it.each([
    ['name', { name: ' ', email: 'b@example.org' }],
    ['email', { name: 'B', email: 'keine-adresse' }],
    ['organisation', { name: 'B', email: 'b@example.org', organisation: 'x'.repeat(201) }],
  ])('refuses a bad %s with a typed error and writes nothing', async (name, input) => {
    const before = await api.counts();
    const { errors } = await register(input);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    expect(await api.counts()).toEqual(before);
  });

  it('refuses an e-mail address that has an account, whatever its case', async () => {
    const { errors } = await register({ name: 'Zweite Anna', email: ' anna@example.ORG ' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('is for admins only, and so is the list of users', async () => {
    for (const as of ['team', 'anonymous'] as const) {
      expect(
        (await register({ name: 'C', email: 'c@example.org' }, as)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      const list = await api.gql('{ users { id } }', {}, { as });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the set-up link and sign-in', () => {
  it('refuses a short password, an unknown link and bad bodies', async () => {
    const short = await postAuth(api.app, 'setup', { secret: anna.secret, password: 'kurz' });
    expect(short.response.status).toBe(400);
    expect(short.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'password' } }],
    });
    const unknown = await postAuth(api.app, 'setup', { secret: 'x', password: PASSWORD });
    expect(unknown.body).toMatchObject({
      errors: [{ extensions: { code: 'SETUP_LINK_INVALID' } }],
    });
    const missing = await postAuth(api.app, 'setup', { password: PASSWORD });
    expect(missing.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'secret' } }],
    });
    const form = await api.app.request('/auth/setup', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ secret: anna.secret, password: PASSWORD }),
    });
    expect(form.status).toBe(415);
  });

  it('sets the password once, and signs in with httpOnly, SameSite=Lax cookies', async () => {
    const { response, jar } = await postAuth(api.app, 'setup', {
      secret: anna.secret,
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('fahrplan_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('fahrplan_session='))).toMatch(/SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('fahrplan_csrf='))).not.toMatch(/HttpOnly/);
    expect(jar.has('fahrplan_session')).toBe(true);
    const again = await postAuth(api.app, 'setup', { secret: anna.secret, password: PASSWORD });
    expect(again.body).toMatchObject({ errors: [{ extensions: { code: 'SETUP_LINK_INVALID' } }] });
  });

  it('marks the cookie Secure behind TLS', async () => {
    const response = await api.app.request('https://fahrplan.example/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna@example.org', password: PASSWORD }),
    });
    expect(response.headers.getSetCookie().every((c) => /; Secure/.test(c))).toBe(true);
  });

  it('refuses a wrong password or an unknown address alike', async () => {
    for (const [email, password] of [
      ['anna@example.org', 'falsches Passwort 123'],
      ['niemand@example.org', PASSWORD],
    ]) {
      const { response, body } = await postAuth(api.app, 'sign-in', { email, password });
      expect(response.status).toBe(401);
      expect(body).toMatchObject({ errors: [{ extensions: { code: 'INVALID_CREDENTIALS' } }] });
    }
    const bad = await postAuth(api.app, 'sign-in', { email: 1, password: PASSWORD });
    expect(bad.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'email' } }],
    });
  });
});

describe('a signed-in person', () => {
  let session: SignedIn;
  beforeAll(async () => {
    session = await signIn(api.app, 'anna@example.org', PASSWORD);
  });

  it('is refused without the CSRF token the session is bound to', async () => {
    for (const csrf of [null, 'ein-anderes-token']) {
      const refused = await gqlAs(api.app, session, VIEWER, {}, { csrf });
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0]?.extensions?.code).toBe('CSRF_TOKEN_REQUIRED');
    }
  });

  it('reads as the public until granted a role', async () => {
    const { data } = await gqlAs(api.app, session, VIEWER);
    expect(data).toEqual({
      viewer: { role: null, name: 'Anna Beispiel', publicOnly: true, permissions: [] },
    });
  });

  it('acts in the roles granted per process, each grant an event with who and why', async () => {
    const elsewhere = await api.gql(
      GRANT,
      {
        input: {
          userId: anna.id,
          role: 'team',
          processId: 'sp-digitalstrategie',
          reason: 'Team Digital',
        },
      },
      { as: 'admin' },
    );
    expect(elsewhere.errors).toBeUndefined();
    // Team in another process only: nothing here.
    const refused = await gqlAs(api.app, session, DEFINE, field('anderswo'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await api.gql(
      GRANT,
      {
        input: {
          userId: anna.id,
          role: 'team',
          processId: DEFAULT_PROCESS_ID,
          reason: 'Neu im Team',
        },
      },
      { as: 'admin' },
    );
    const viewer = await gqlAs<{ viewer: { role: string; permissions: string[] } }>(
      api.app,
      session,
      VIEWER,
    );
    expect(viewer.data?.viewer.role).toBe('team');
    expect(viewer.data?.viewer.permissions).toContain('defineActionField');
    const defined = await gqlAs(api.app, session, DEFINE, field('personen'));
    expect(defined.errors).toBeUndefined();

    const feed = await api.gql<{
      events: {
        edges: { node: { type: string; actor: string; actorName: string; reason: string } }[];
      };
    }>(
      '{ events(first: 10) { edges { node { type actor actorName reason } } } }',
      {},
      { as: 'ministry' },
    );
    const nodes = feed.data?.events.edges.map((edge) => edge.node) ?? [];
    expect(nodes.find((n) => n.type === 'ActionFieldDefined')).toMatchObject({
      actor: `user:${anna.id}`,
      actorName: 'Anna Beispiel',
    });
    expect(
      nodes.filter((n) => n.type === 'RoleGranted').map((n) => [n.actorName, n.reason]),
    ).toEqual([
      ['Test admin', 'Team Digital'],
      ['Test admin', 'Neu im Team'],
    ]);
  });

  it('refuses bad grants and revocations with typed errors', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      [GRANT, { userId: anna.id, role: 'team' }, 'BAD_USER_INPUT', 'processId'],
      [GRANT, { userId: anna.id, role: 'team', processId: DEFAULT_PROCESS_ID }, 'CONFLICT', 'role'],
      [GRANT, { userId: 'niemand', role: 'ministry' }, 'NOT_FOUND', 'userId'],
      [
        REVOKE,
        { userId: anna.id, role: 'team', processId: DEFAULT_PROCESS_ID, reason: ' ' },
        'BAD_USER_INPUT',
        'reason',
      ],
      [
        REVOKE,
        { userId: anna.id, role: 'partner', processId: DEFAULT_PROCESS_ID, reason: 'x' },
        'NOT_FOUND',
        'role',
      ],
    ];
    for (const [mutation, input, code, name] of cases) {
      const before = await api.counts();
      const { errors } = await api.gql(mutation, { input }, { as: 'admin' });
      expect(errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field: name });
      expect(await api.counts()).toEqual(before);
    }
    const byTeam = await gqlAs(api.app, session, GRANT, {
      input: { userId: anna.id, role: 'ministry' },
    });
    expect(byTeam.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loses a revoked role at its next request', async () => {
    const revoked = await api.gql(
      REVOKE,
      {
        input: { userId: anna.id, role: 'team', processId: DEFAULT_PROCESS_ID, reason: 'Wechsel' },
      },
      { as: 'admin' },
    );
    expect(revoked.errors).toBeUndefined();
    const refused = await gqlAs(api.app, session, DEFINE, field('danach'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows admins the access history: each registration, grant and revocation with who and why', async () => {
    const { data, errors } = await api.gql<{
      users: { id: string; accessHistory: Record<string, unknown>[] }[];
    }>(
      '{ users { id accessHistory { type role processId reason actorName recordedAt } } }',
      {},
      { as: 'admin' },
    );
    expect(errors).toBeUndefined();
    const history = data?.users.find((user) => user.id === anna.id)?.accessHistory ?? [];
    expect(history.map(({ recordedAt: _at, ...change }) => change)).toEqual([
      {
        type: 'UserRegistered',
        role: null,
        processId: null,
        reason: null,
        actorName: 'Test admin',
      },
      {
        type: 'RoleGranted',
        role: 'team',
        processId: 'sp-digitalstrategie',
        reason: 'Team Digital',
        actorName: 'Test admin',
      },
      {
        type: 'RoleGranted',
        role: 'team',
        processId: DEFAULT_PROCESS_ID,
        reason: 'Neu im Team',
        actorName: 'Test admin',
      },
      {
        type: 'RoleRevoked',
        role: 'team',
        processId: DEFAULT_PROCESS_ID,
        reason: 'Wechsel',
        actorName: 'Test admin',
      },
    ]);
  });
});

describe('who acted, as partners and the public see it', () => {
  it('names neither the person nor a token id in the feed, history, changes or actors', async () => {
    const since = new Date(clock - 24 * 60 * 60 * 1000).toISOString();
    const queries = [
      '{ events(first: 100) { edges { node { type actor actorName role data } } } }',
      `{ changes(since: "${since}") { itemKind events { actor actorName role } } }`,
      '{ actors { id name } }',
      '{ actionFields(first: 20) { edges { node { history { actor actorName } } } } }',
    ];
    for (const as of ['partner', 'anonymous'] as const) {
      for (const query of queries) {
        const response = await api.gql(query, {}, { as });
        expect(response.errors, query).toBeUndefined();
        const text = JSON.stringify(response.data);
        expect(text, `${as}: ${query}`).not.toMatch(/token:|user:|Anna|Test (team|admin)/);
      }
    }
    const team = await api.gql('{ actors { id name } }', {}, { as: 'team' });
    expect(JSON.stringify(team.data)).toContain('Anna Beispiel');
  });
});

describe('time-outs and signing out', () => {
  it('ends an idle session, and clears its cookies', async () => {
    const session = await signIn(api.app, 'anna@example.org', PASSWORD);
    const { busy, idle } = await outlastIdleTimeOut(api.app, session, tick);
    // Active an hour ago: still alive.
    expect(busy).toEqual([200, 200]);
    expect(idle.status).toBe(401);
    expect(idle.errors?.[0]?.extensions?.code).toBe('SESSION_EXPIRED');
    expect(session.cookies.has('fahrplan_session')).toBe(false);
  });

  it('ends every session after the absolute time-out, however active', async () => {
    const session = await signIn(api.app, 'anna@example.org', PASSWORD);
    for (let hour = 0; hour < 11; hour += 1) {
      tick(60 * 60 * 1000);
      expect((await gqlAs(api.app, session, VIEWER)).status).toBe(200);
    }
    tick(60 * 60 * 1000);
    expect((await gqlAs(api.app, session, VIEWER)).status).toBe(401);
  });

  it('signs out this browser, or every browser', async () => {
    const [first, second, third] = [
      await signIn(api.app, 'anna@example.org', PASSWORD),
      await signIn(api.app, 'anna@example.org', PASSWORD),
      await signIn(api.app, 'anna@example.org', PASSWORD),
    ];
    const withoutCsrf = await postAuth(api.app, 'sign-out', {}, first.cookies);
    expect(withoutCsrf.response.status).toBe(403);
    const out = await postAuth(api.app, 'sign-out', {}, first.cookies, {
      'x-csrf-token': first.csrf,
    });
    expect(out.response.status).toBe(200);
    expect((await gqlAs(api.app, first, VIEWER)).status).toBe(200); // cookie gone: anonymous
    expect((await gqlAs(api.app, second, VIEWER)).status).toBe(200);
    const everywhere = await postAuth(api.app, 'sign-out-everywhere', {}, second.cookies, {
      'x-csrf-token': second.csrf,
    });
    // The second and third, and any others of hers still on record.
    expect(Number(everywhere.body.signedOut)).toBeGreaterThanOrEqual(2);
    expect((await gqlAs(api.app, third, VIEWER)).errors?.[0]?.extensions?.code).toBe(
      'SESSION_EXPIRED',
    );
  });
});
