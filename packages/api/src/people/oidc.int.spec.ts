import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { FLOW_COOKIE } from '../http/oidc-routes.js';
import { type Browser, createBrowser } from '../testing/browser-fetch.js';
import { gqlAs, outlastIdleTimeOut, type SignedIn } from '../testing/browser-session.js';
import { listen } from '../testing/listen.js';
import { type ProviderPerson, startOidcProvider, TEST_CLIENT } from '../testing/oidc-provider.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import type { OidcSettings } from './oidc-settings.js';
import { parseRoleMap } from './oidc-settings.js';

/**
 * Single sign-on against a real OpenID provider (`oidc-provider`) that the spec starts on a
 * port of this machine: the whole authorization code flow with PKCE over real HTTP, the
 * provider's login and consent pages submitted as a browser would, on PGlite or PostgreSQL.
 */
const TEAM_GROUP = 'fahrplan-team-idz';
const PARTNER_GROUP = 'fahrplan-partner-digital';
const ROLE_MAP = parseRoleMap(
  JSON.stringify({
    [TEAM_GROUP]: { role: 'team', process: DEFAULT_PROCESS_ID },
    [PARTNER_GROUP]: { role: 'partner', process: 'sp-digitalstrategie' },
    'stmwi-leitung': { role: 'ministry' },
  }),
);

const anna: ProviderPerson = {
  login: 'anna',
  password: 'Kennwort von Anna',
  subject: 'a1b2c3-anna',
  email: 'anna.sso@example.org',
  name: 'Anna Dienstkonto',
  groups: [TEAM_GROUP, PARTNER_GROUP, 'alle-beschaeftigten'],
};
const bert: ProviderPerson = {
  login: 'bert',
  password: 'Kennwort von Bert',
  subject: 'd4e5f6-bert',
  email: 'bert@example.org',
  name: 'Bert Ohnegruppe',
  groups: ['alle-beschaeftigten'],
};

const carla: ProviderPerson = {
  login: 'carla',
  password: 'Kennwort von Carla',
  subject: 'g7h8i9-carla',
  email: 'Carla@Example.org',
  name: 'Carla im Verzeichnis',
  groups: ['stmwi-leitung'],
};
const dora: ProviderPerson = {
  login: 'dora',
  password: 'Kennwort von Dora',
  subject: 'm4n5o6-dora',
  email: 'dora@example.org',
  name: 'Dora Doppelklick',
  groups: [TEAM_GROUP],
};
const carlaAgain: ProviderPerson = { ...carla, login: 'carla2', subject: 'j1k2l3-carla' };

const VIEWER = '{ viewer { role name } }';
const DEFINE = `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`;
const field = (key: string) => ({
  input: { key, title: `Feld ${key}`, description: 'Angelegt nach Anmeldung beim Dienstkonto.' },
});

let api: TestApi;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let fahrplan: { url: string; server: { close(): void } };
let settings: OidcSettings;
let clock = Date.now();
const tick = (ms: number) => {
  clock += ms;
};

beforeAll(async () => {
  let app: TestApi['app'] | undefined;
  const served = await listen((request) => (app ? app.fetch(request) : new Response(null)));
  fahrplan = served;
  provider = await startOidcProvider({
    redirectUri: `${served.url}/auth/oidc/callback`,
    people: [anna, bert, carla, carlaAgain, dora],
  });
  settings = {
    issuer: new URL(provider.issuer),
    clientId: TEST_CLIENT.id,
    clientSecret: TEST_CLIENT.secret,
    redirectUrl: new URL(`${served.url}/auth/oidc/callback`),
    scopes: 'openid email profile groups',
    groupsClaim: 'groups',
    roleMap: ROLE_MAP,
  };
  api = await createTestApi({
    clock: { now: () => new Date(clock).toISOString() },
    oidc: settings,
  });
  app = api.app;
});
afterAll(async () => {
  fahrplan?.server.close();
  await provider?.close();
  await api?.close();
});

const interactionUid = (url: URL) => url.pathname.split('/')[2] ?? '';

/**
 * Start at Fahrplan, sign in and answer the consent page at the provider; stops where the
 * provider sends the browser back (the callback URL), so a spec may change it first.
 */
const toCallback = async (
  browser: Browser,
  person: ProviderPerson,
  consent: 'confirm' | 'abort' = 'confirm',
): Promise<URL> => {
  const login = await browser.go(`${fahrplan.url}/auth/oidc/start`);
  expect(await login.response.text()).toContain('Anmeldung beim Identitätsanbieter');
  const asked = await browser.submit(login.url, `/interaction/${interactionUid(login.url)}/login`, {
    login: person.login,
    password: person.password,
  });
  expect(await asked.response.text()).toContain('Zugriff erlauben');
  let at = new URL(`/interaction/${interactionUid(asked.url)}/${consent}`, asked.url);
  let response = await browser.request(at, { method: 'POST' });
  for (let hop = 0; hop < 10; hop += 1) {
    const next = new URL(response.headers.get('location') ?? '', at);
    await response.body?.cancel();
    if (next.pathname === '/auth/oidc/callback') return next;
    at = next;
    response = await browser.request(at);
  }
  throw new Error('the provider never sent the browser back');
};

/** The whole flow in a fresh browser: where it lands, and its Fahrplan cookies. */
const signInWithProvider = async (person: ProviderPerson, consent?: 'confirm' | 'abort') => {
  const browser = createBrowser();
  const { url } = await browser.go(await toCallback(browser, person, consent));
  const cookies = browser.jarOf(new URL(fahrplan.url));
  const session: SignedIn = { cookies, csrf: cookies.get('fahrplan_csrf') ?? '' };
  return { landed: `${url.pathname}${url.search}`, cookies, session };
};

const grantEvents = async () => {
  const feed = await api.gql<{
    events: { edges: { node: { type: string; actor: string; reason: string; data: unknown } }[] };
  }>(
    '{ events(first: 100) { edges { node { type actor reason data } } } }',
    {},
    {
      as: 'ministry',
    },
  );
  return (feed.data?.events.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.type === 'RoleGranted' || node.type === 'RoleRevoked');
};

describe('the sign-in page', () => {
  it('offers single sign-on', async () => {
    const response = await api.app.request('/auth/providers');
    expect(await response.json()).toEqual({ password: true, sso: true });
  });
});

describe('a person in a mapped group', () => {
  let session: SignedIn;

  it('signs in at the provider and gets the usual session, with the group’s role', async () => {
    const signedIn = await signInWithProvider(anna);
    expect(signedIn.landed).toBe('/');
    expect(signedIn.cookies.has('fahrplan_session')).toBe(true);
    expect(signedIn.cookies.has(FLOW_COOKIE)).toBe(false);
    session = signedIn.session;
    const viewer = await gqlAs(api.app, session, VIEWER);
    expect(viewer.data).toEqual({ viewer: { role: 'team', name: 'Anna Dienstkonto' } });
    const defined = await gqlAs(api.app, session, DEFINE, field('sso'));
    expect(defined.errors).toBeUndefined();
  });

  it('records each grant as an event by the provider, naming the group', async () => {
    expect(await grantEvents()).toEqual([
      {
        type: 'RoleGranted',
        actor: 'oidc',
        reason: `Gruppe „${TEAM_GROUP}“ beim Identitätsanbieter`,
        data: expect.objectContaining({ role: 'team', processId: DEFAULT_PROCESS_ID }),
      },
      {
        type: 'RoleGranted',
        actor: 'oidc',
        reason: `Gruppe „${PARTNER_GROUP}“ beim Identitätsanbieter`,
        data: expect.objectContaining({ role: 'partner', processId: 'sp-digitalstrategie' }),
      },
    ]);
  });

  it('is the same user at the next sign-in, with nothing new recorded', async () => {
    const before = await api.counts();
    const again = await signInWithProvider(anna);
    expect(again.landed).toBe('/');
    expect(await api.counts()).toEqual(before);
    const { data } = await api.gql<{ users: { name: string }[] }>(
      '{ users { name } }',
      {},
      {
        as: 'admin',
      },
    );
    expect(data?.users.map((user) => user.name)).toEqual(['Anna Dienstkonto']);
  });

  it('loses the role of a removed group at the next sign-in, as an event', async () => {
    anna.groups = [PARTNER_GROUP];
    const later = await signInWithProvider(anna);
    expect(later.landed).toBe('/');
    const refused = await gqlAs(api.app, later.session, DEFINE, field('danach'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The session from before reads the grants anew: its write is refused too.
    const earlier = await gqlAs(api.app, session, DEFINE, field('vorher'));
    expect(earlier.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await grantEvents()).at(-1)).toEqual({
      type: 'RoleRevoked',
      actor: 'oidc',
      reason: `Nicht mehr in der Gruppe „${TEAM_GROUP}“ beim Identitätsanbieter`,
      data: expect.objectContaining({ role: 'team', processId: DEFAULT_PROCESS_ID }),
    });
  });

  it('is refused once in no mapped group, and loses what the groups gave', async () => {
    anna.groups = ['alle-beschaeftigten'];
    const refused = await signInWithProvider(anna);
    expect(refused.landed).toBe('/sign-in?sso=NO_MAPPED_GROUP');
    expect(refused.cookies.has('fahrplan_session')).toBe(false);
    const viewer = await gqlAs(api.app, session, VIEWER);
    expect(viewer.data).toEqual({ viewer: { role: null, name: 'Anna Dienstkonto' } });
    anna.groups = [TEAM_GROUP];
  });
});

describe('a refused sign-in', () => {
  it('refuses a person in no mapped group, and registers no one', async () => {
    const before = await api.counts();
    const refused = await signInWithProvider(bert);
    expect(refused.landed).toBe('/sign-in?sso=NO_MAPPED_GROUP');
    expect(refused.cookies.has('fahrplan_session')).toBe(false);
    expect(await api.counts()).toEqual(before);
  });

  it('ends without a session when the person does not allow the access', async () => {
    const refused = await signInWithProvider(anna, 'abort');
    expect(refused.landed).toBe('/sign-in?sso=ACCESS_DENIED');
    expect(refused.cookies.has('fahrplan_session')).toBe(false);
  });

  it('rejects a changed state, a code for another verifier and a callback without a start', async () => {
    const changedState = createBrowser();
    const callback = await toCallback(changedState, anna);
    callback.searchParams.set('state', 'von-einer-anderen-seite');
    const tampered = await changedState.go(callback);
    expect(tampered.url.search).toBe('?sso=SIGN_IN_FAILED');

    // The flow cookie of one start, with another PKCE verifier: the provider refuses the code.
    const otherVerifier = createBrowser();
    const back = await toCallback(otherVerifier, anna);
    const jar = otherVerifier.jarOf(back);
    const flow = JSON.parse(Buffer.from(jar.get(FLOW_COOKIE) ?? '', 'base64url').toString());
    const changed = { ...flow, verifier: 'x'.repeat(43) };
    jar.set(FLOW_COOKIE, Buffer.from(JSON.stringify(changed)).toString('base64url'));
    const mismatch = await otherVerifier.go(back);
    expect(mismatch.url.search).toBe('?sso=SIGN_IN_FAILED');

    const stranger = createBrowser();
    const direct = await stranger.go(`${fahrplan.url}/auth/oidc/callback?code=abc&state=def`);
    expect(direct.url.search).toBe('?sso=SIGN_IN_FAILED');

    const garbled = createBrowser();
    const start = await toCallback(garbled, anna);
    garbled.jarOf(start).set(FLOW_COOKIE, 'kein-json');
    expect((await garbled.go(start)).url.search).toBe('?sso=SIGN_IN_FAILED');
    for (const browser of [changedState, otherVerifier, stranger, garbled]) {
      expect(browser.jarOf(new URL(fahrplan.url)).has('fahrplan_session')).toBe(false);
    }
  });
});

describe('a person an admin registered before', () => {
  it('is linked by the verified e-mail address, once', async () => {
    const registered = await api.gql<{ registerUser: { user: { id: string } } }>(
      'mutation($input: RegisterUserInput!) { registerUser(input: $input) { user { id } } }',
      { input: { name: 'Carla Beispiel', email: 'carla@example.org' } },
      { as: 'admin' },
    );
    const carlaId = registered.data?.registerUser.user.id;
    // A grant of the admin's own, which no mapped group gives: the provider leaves it alone.
    const granted = await api.gql(
      'mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } } }',
      {
        input: {
          userId: carlaId,
          role: 'team',
          processId: 'sp-digitalstrategie',
          reason: 'Vertretung',
        },
      },
      { as: 'admin' },
    );
    expect(granted.errors).toBeUndefined();
    const linked = await signInWithProvider(carla);
    expect(linked.landed).toBe('/');
    const viewer = await gqlAs(api.app, linked.session, VIEWER);
    // The name stays as the admin registered it; the group gave the role.
    expect(viewer.data).toEqual({ viewer: { role: 'ministry', name: 'Carla Beispiel' } });
    const { data } = await api.gql<{ users: { id: string; grants: unknown[] }[] }>(
      '{ users { id grants { role processId } } }',
      {},
      { as: 'admin' },
    );
    expect(data?.users.find((user) => user.id === carlaId)?.grants).toEqual([
      { role: 'team', processId: 'sp-digitalstrategie' },
      { role: 'ministry', processId: null },
    ]);

    // Another subject with the same address is not let into her account.
    const before = await api.counts();
    const other = await signInWithProvider(carlaAgain);
    expect(other.landed).toBe('/sign-in?sso=EMAIL_TAKEN');
    expect(other.cookies.has('fahrplan_session')).toBe(false);
    expect(await api.counts()).toEqual(before);
  });
});

describe('two first sign-ins of a new person at once', () => {
  it('register one user with one grant, and both get a session', async () => {
    const browsers = [createBrowser(), createBrowser()];
    const callbacks = await Promise.all(browsers.map((browser) => toCallback(browser, dora)));
    const landed = await Promise.all(
      browsers.map((browser, at) => browser.go(callbacks[at] ?? '')),
    );
    expect(landed.map(({ url }) => url.pathname + url.search)).toEqual(['/', '/']);
    const { data } = await api.gql<{ users: { name: string; grants: unknown[] }[] }>(
      '{ users { name grants { role processId } } }',
      {},
      { as: 'admin' },
    );
    expect(data?.users.filter((user) => user.name === dora.name)).toEqual([
      { name: dora.name, grants: [{ role: 'team', processId: DEFAULT_PROCESS_ID }] },
    ]);
  });
});

describe('a provider that does not answer', () => {
  it('sends the browser back to the sign-in page with the reason', async () => {
    // A second server over the same database, its provider on a port where nothing listens.
    const elsewhere = compose(api.database, {
      oidc: { ...settings, issuer: new URL('http://127.0.0.1:9/') },
    });
    try {
      const response = await elsewhere.app.request('/auth/oidc/start');
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/sign-in?sso=PROVIDER_UNREACHABLE');
      expect(response.headers.getSetCookie()).toEqual([]);
    } finally {
      elsewhere.checkpoints.close();
      await elsewhere.feed.close();
      await elsewhere.store.close();
    }
  });
});

// The absolute time-out is the same sessions table's (people.int.spec.ts tests it).
describe('a session begun at the provider', () => {
  it('ends after the idle time-out like any session', async () => {
    const { session } = await signInWithProvider(anna);
    const { busy, idle } = await outlastIdleTimeOut(api.app, session, tick);
    expect(busy).toEqual([200, 200]);
    expect(idle.status).toBe(401);
    expect(idle.errors?.[0]?.extensions?.code).toBe('SESSION_EXPIRED');
    expect(session.cookies.has('fahrplan_session')).toBe(false);
  });
});
