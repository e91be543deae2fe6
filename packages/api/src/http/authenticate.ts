import type { MiddlewareHandler } from 'hono';
import { AuthenticationError, authenticate as callerOf } from '../auth/authenticate.js';
import { ANONYMOUS } from '../auth/caller.js';
import { callerOfSession } from '../auth/session-caller.js';
import type { TokenCache } from '../auth/token-cache.js';
import type { SqlRunner } from '../database/index.js';
import type { SessionSettings } from '../people/session-settings.js';
import type { AppEnv } from './app-env.js';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';
import type { RateLimit } from './rate-limit.js';
import { CSRF_HEADER, clearSessionCookies, sessionSecretOf } from './session-cookie.js';

export interface SessionAuth {
  readonly now: () => string;
  readonly settings: SessionSettings;
}

const MESSAGES = {
  SESSION_EXPIRED: {
    de: 'Die Anmeldung ist abgelaufen oder wurde beendet. Bitte neu anmelden.',
    en: 'The session has expired or was ended. Please sign in again.',
  },
  CSRF_TOKEN_REQUIRED: {
    de: 'Anfragen mit Anmelde-Cookie brauchen die Kopfzeile X-CSRF-Token mit dem Wert des Cookies fahrplan_csrf.',
    en: 'Requests with the session cookie need an X-CSRF-Token header with the value of the fahrplan_csrf cookie.',
  },
} as const;

/**
 * Sets `c.var.caller` from `Authorization: Bearer <token>` (machines, partners' systems), else
 * from the session cookie (people in the browser), else anonymous. Refused credentials are
 * answered 401 (a session cookie without its CSRF token 403), charged to the address first like
 * anonymous use: guessing tokens is throttled too. An expired session's cookies are cleared.
 */
export const authenticate =
  (
    tokens: TokenCache,
    runner: SqlRunner,
    rateLimit: RateLimit,
    sessions: SessionAuth,
  ): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const header = c.req.header('authorization') ?? null;
    const secret = sessionSecretOf(c);
    if (header === null && secret !== undefined) {
      const caller = await callerOfSession(runner, {
        secret,
        csrf: c.req.header(CSRF_HEADER),
        now: sessions.now(),
        settings: sessions.settings,
      });
      if (typeof caller !== 'string') {
        c.set('caller', caller);
        return next();
      }
      c.set('caller', ANONYMOUS);
      if (caller === 'SESSION_EXPIRED') clearSessionCookies(c);
      const status = caller === 'SESSION_EXPIRED' ? 401 : 403;
      return rateLimit.charge(c, () =>
        graphqlErrorResponse(c, status, caller, MESSAGES[caller][localeOf(c)]),
      );
    }
    try {
      c.set('caller', await callerOf(tokens, header));
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      c.set('caller', ANONYMOUS);
      return rateLimit.charge(c, () =>
        graphqlErrorResponse(c, 401, 'UNAUTHENTICATED', error.message, {
          headers: { 'WWW-Authenticate': 'Bearer realm="fahrplan", error="invalid_token"' },
        }),
      );
    }
    return next();
  };
