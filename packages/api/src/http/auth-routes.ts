import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ANONYMOUS } from '../auth/caller.js';
import type { TokenCache } from '../auth/token-cache.js';
import type { SqlRunner } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import type { Logger } from '../observability/index.js';
import {
  checkPassword,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordProblem,
  setPassword,
} from '../people/accounts.js';
import type { OidcSettings } from '../people/oidc-settings.js';
import { createSession, endSession, endSessionsOf } from '../people/sessions.js';
import { readUser } from '../people/users.js';
import type { AppContext, AppEnv } from './app-env.js';
import { authenticate, type SessionAuth } from './authenticate.js';
import { refuseUnsupportedMediaType } from './content-type.js';
import { detectLocale, type Locale, localeOf } from './locale.js';
import { oidcRoutes } from './oidc-routes.js';
import type { RateLimit } from './rate-limit.js';
import { clearSessionCookies, setSessionCookies } from './session-cookie.js';

type Message = Readonly<Record<Locale, string>>;

/** Refusals shaped as GraphQL errors (`errors[0].extensions.code`, `field`): one way for clients. */
const refuse = (
  c: AppContext,
  status: ContentfulStatusCode,
  code: string,
  message: Message,
  field?: string,
) =>
  c.json(
    {
      errors: [
        { message: message[localeOf(c)], extensions: { code, ...(field ? { field } : {}) } },
      ],
    },
    status,
  );

const text = (body: unknown, field: string): string | undefined => {
  const value = (body as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value : undefined;
};

const MISSING = (field: string): Message => ({
  de: `„${field}“ fehlt oder ist kein Text.`,
  en: `"${field}" is missing or not a string.`,
});

const PASSWORD_MESSAGES: Record<'TOO_SHORT' | 'TOO_LONG', Message> = {
  TOO_SHORT: {
    de: `Das Passwort muss mindestens ${PASSWORD_MIN} Zeichen lang sein.`,
    en: `The password must be at least ${PASSWORD_MIN} characters long.`,
  },
  TOO_LONG: {
    de: `Das Passwort darf höchstens ${PASSWORD_MAX} Zeichen lang sein.`,
    en: `The password must be at most ${PASSWORD_MAX} characters long.`,
  },
};

export interface AuthRoutesOptions {
  readonly database: SqlRunner;
  readonly tokens: TokenCache;
  readonly rateLimit: RateLimit;
  readonly sessions: SessionAuth;
  readonly trustProxy: boolean;
  /** Single sign-on, when configured: the sign-in page offers it then (`/auth/oidc/…`). */
  readonly oidc?: {
    readonly settings: OidcSettings;
    /** Where users the provider introduces are registered, and their grants reconciled. */
    readonly store: Pick<EventStore, 'readStream' | 'appendMany'>;
    readonly timeZone: string;
    readonly logger: Pick<Logger, 'info' | 'warn'>;
  };
}

/**
 * Sign-in for people in the browser (`/auth/…`): e-mail and password, the one-time set-up link,
 * sign-out and sign-out everywhere. Every POST takes JSON only, which a page of another site
 * cannot send without a CORS preflight (and /auth answers none), so no login CSRF either.
 */
export const authRoutes = ({
  database,
  tokens,
  rateLimit,
  sessions,
  trustProxy,
  oidc,
}: AuthRoutesOptions) => {
  const app = new Hono<AppEnv>();
  app.use('*', detectLocale(), async (c, next) => {
    c.set('caller', ANONYMOUS);
    return refuseUnsupportedMediaType(c) ?? next();
  });

  /** The one way a session starts, whichever way the person proved who they are. */
  const startSession = async (c: AppContext, userId: string) => {
    const session = await createSession(database, userId, sessions.now(), sessions.settings);
    setSessionCookies(c, session, trustProxy);
    return session;
  };

  const signIn = async (c: AppContext, userId: string) => {
    const session = await startSession(c, userId);
    const user = await readUser(database, userId);
    return c.json({ user: { id: userId, name: user?.name ?? null }, expiresAt: session.expiresAt });
  };

  app.get('/providers', (c) => c.json({ password: true, sso: oidc !== undefined }));
  if (oidc) {
    app.route(
      '/oidc',
      oidcRoutes({
        settings: oidc.settings,
        ports: { database, store: oidc.store, timeZone: oidc.timeZone },
        now: sessions.now,
        rateLimit,
        trustProxy,
        logger: oidc.logger,
        startSession,
      }),
    );
  }

  app.post('/sign-in', rateLimit, async (c) => {
    const body = await c.req.json().catch(() => null);
    const email = text(body, 'email');
    const password = text(body, 'password');
    if (email === undefined) return refuse(c, 400, 'BAD_USER_INPUT', MISSING('email'), 'email');
    if (password === undefined) {
      return refuse(c, 400, 'BAD_USER_INPUT', MISSING('password'), 'password');
    }
    const userId =
      password.length <= PASSWORD_MAX ? await checkPassword(database, email, password) : undefined;
    if (!userId) {
      return refuse(c, 401, 'INVALID_CREDENTIALS', {
        de: 'E-Mail-Adresse oder Passwort stimmen nicht.',
        en: 'E-mail address or password is wrong.',
      });
    }
    return signIn(c, userId);
  });

  app.post('/setup', rateLimit, async (c) => {
    const body = await c.req.json().catch(() => null);
    const secret = text(body, 'secret');
    const password = text(body, 'password');
    if (secret === undefined) return refuse(c, 400, 'BAD_USER_INPUT', MISSING('secret'), 'secret');
    if (password === undefined) {
      return refuse(c, 400, 'BAD_USER_INPUT', MISSING('password'), 'password');
    }
    const problem = passwordProblem(password);
    if (problem) return refuse(c, 400, 'BAD_USER_INPUT', PASSWORD_MESSAGES[problem], 'password');
    const userId = await setPassword(database, {
      setupSecret: secret,
      password,
      now: sessions.now(),
    });
    if (!userId) {
      return refuse(
        c,
        400,
        'SETUP_LINK_INVALID',
        {
          de: 'Der Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen.',
          en: 'The set-up link is unknown, used or expired.',
        },
        'secret',
      );
    }
    return signIn(c, userId);
  });

  // Signing out needs the session and its CSRF token, like any other change.
  const signedIn = authenticate(tokens, database, rateLimit, sessions);
  const notSignedIn = (c: AppContext) =>
    refuse(c, 401, 'UNAUTHENTICATED', {
      de: 'Nicht mit einer Sitzung angemeldet.',
      en: 'Not signed in with a session.',
    });

  app.post('/sign-out', signedIn, async (c) => {
    const session = c.var.caller.session;
    if (!session) return notSignedIn(c);
    await endSession(database, session.hash, sessions.now());
    clearSessionCookies(c);
    return c.json({ signedOut: 1 });
  });

  app.post('/sign-out-everywhere', signedIn, async (c) => {
    const session = c.var.caller.session;
    if (!session) return notSignedIn(c);
    const ended = await endSessionsOf(database, session.userId, sessions.now());
    clearSessionCookies(c);
    return c.json({ signedOut: ended });
  });
  return app;
};
