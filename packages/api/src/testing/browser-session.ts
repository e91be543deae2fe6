import type { Hono } from 'hono';
import type { GraphQLResponse } from './test-api.js';

/** A browser's cookie jar for one host, as far as the tests need it: name → value. */
export interface SignedIn {
  readonly cookies: Map<string, string>;
  readonly csrf: string;
}

/** The cookies a response sets (an empty value or Max-Age=0 removes one). */
export const applySetCookies = (jar: Map<string, string>, response: Response): void => {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const [name = '', value = ''] = pair.split('=');
    const removed = value === '' || attributes.some((a) => /max-age=0/i.test(a.trim()));
    if (removed) jar.delete(name.trim());
    else jar.set(name.trim(), value);
  }
};

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/** POSTs JSON to one of the /auth routes with the jar's cookies, and keeps what it sets. */
export const postAuth = async (
  app: Hono,
  path: string,
  body: unknown,
  jar: Map<string, string> = new Map(),
  headers: Record<string, string> = {},
) => {
  const response = await app.request(`/auth/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookieHeader(jar), ...headers },
    body: JSON.stringify(body),
  });
  applySetCookies(jar, response);
  return { response, jar, body: (await response.json()) as Record<string, unknown> };
};

/** Signs in with e-mail and password: the jar, and the CSRF token as the web app reads it. */
export const signIn = async (app: Hono, email: string, password: string): Promise<SignedIn> => {
  const { response, jar } = await postAuth(app, 'sign-in', { email, password });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return { cookies: jar, csrf: jar.get('fahrplan_csrf') ?? '' };
};

/** A GraphQL request as the signed-in browser sends it: cookies and, unless told not to, CSRF. */
export const gqlAs = async <Data = Record<string, unknown>>(
  app: Hono,
  session: SignedIn,
  query: string,
  variables: Record<string, unknown> = {},
  options: { csrf?: string | null } = {},
): Promise<GraphQLResponse<Data> & { response: Response }> => {
  const csrf = options.csrf === undefined ? session.csrf : options.csrf;
  const response = await app.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: cookieHeader(session.cookies),
      ...(csrf === null ? {} : { 'x-csrf-token': csrf }),
    },
    body: JSON.stringify({ query, variables }),
  });
  applySetCookies(session.cookies, response);
  const body = (await response.clone().json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body, response };
};

const HOUR = 60 * 60 * 1000;

/**
 * Keeps a session busy for two hours by the spec's clock (`tick`), then lets it idle past the
 * default idle time-out: the statuses while busy, and the answer after the idle spell.
 */
export const outlastIdleTimeOut = async (
  app: Hono,
  session: SignedIn,
  tick: (ms: number) => void,
) => {
  const busy: number[] = [];
  for (const _hour of [1, 2]) {
    tick(HOUR);
    busy.push((await gqlAs(app, session, '{ viewer { role } }')).status);
  }
  tick(2 * HOUR + 1000);
  return { busy, idle: await gqlAs(app, session, '{ viewer { role } }') };
};
