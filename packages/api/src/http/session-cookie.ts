import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { NewSession } from '../people/sessions.js';

/** The session: httpOnly, so no script (nor an injected one) ever reads it. */
export const SESSION_COOKIE = 'fahrplan_session';
/**
 * The CSRF token, readable by the web app's scripts (double submit): it sends it back as
 * `X-CSRF-Token`, which a page of another site can neither read nor set without a preflight.
 */
export const CSRF_COOKIE = 'fahrplan_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Secure behind TLS: on https, or where a trusted proxy says the client used https. On plain
 * http (the embedded default on localhost) a Secure cookie would never come back.
 */
export const isSecure = (c: Context, trustProxy: boolean): boolean =>
  new URL(c.req.url).protocol === 'https:' ||
  (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');

/**
 * Both cookies for a new session: SameSite=Lax so that a link from an e-mail or a bookmark
 * arrives signed in (a top-level GET), while cross-site POSTs and subrequests carry neither;
 * path `/` and no Domain, so they hold on this host only and survive new tabs until they expire.
 */
export const setSessionCookies = (c: Context, session: NewSession, trustProxy: boolean) => {
  const options = {
    path: '/',
    sameSite: 'Lax',
    secure: isSecure(c, trustProxy),
    expires: new Date(session.expiresAt),
  } as const;
  setCookie(c, SESSION_COOKIE, session.secret, { ...options, httpOnly: true });
  setCookie(c, CSRF_COOKIE, session.csrf, options);
};

export const clearSessionCookies = (c: Context) => {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
};

export const sessionSecretOf = (c: Context): string | undefined =>
  getCookie(c, SESSION_COOKIE) || undefined;
