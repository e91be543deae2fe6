import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import type { Logger } from '../observability/index.js';
import type { OidcIdentity, OidcRefusal, OidcSignInPorts } from '../people/oidc-accounts.js';
import { signInWithOidc } from '../people/oidc-accounts.js';
import type { OidcSettings } from '../people/oidc-settings.js';
import type { AppContext, AppEnv } from './app-env.js';
import type { RateLimit } from './rate-limit.js';
import { isSecure } from './session-cookie.js';

/** Where the browser lands after the provider: the web app's start, or its sign-in page. */
const SIGNED_IN_PAGE = '/';
const SIGN_IN_PAGE = '/sign-in';

/**
 * The state, nonce and PKCE verifier of one sign-in between start and callback: in an httpOnly
 * cookie of the browser that started it (for /auth/oidc only, ten minutes), used up by the
 * callback. SameSite=Lax, so the provider's top-level redirect back brings it along.
 */
export const FLOW_COOKIE = 'fahrplan_oidc';
const FLOW_TTL_SECONDS = 600;
const FLOW_PATH = '/auth/oidc';

interface Flow {
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

const flowOf = (value: string | undefined): Flow | undefined => {
  if (!value) return undefined;
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString()) as Partial<Flow>;
    return typeof flow.state === 'string' &&
      typeof flow.nonce === 'string' &&
      typeof flow.verifier === 'string'
      ? { state: flow.state, nonce: flow.nonce, verifier: flow.verifier }
      : undefined;
  } catch {
    return undefined;
  }
};

/** Why a sign-in at the provider ended without a session; the sign-in page explains each. */
export type OidcFailure = OidcRefusal | 'ACCESS_DENIED' | 'SIGN_IN_FAILED' | 'PROVIDER_UNREACHABLE';

export interface OidcRoutesOptions {
  readonly settings: OidcSettings;
  readonly ports: Omit<OidcSignInPorts, 'now' | 'roleMap'>;
  readonly now: () => string;
  readonly rateLimit: RateLimit;
  readonly trustProxy: boolean;
  /** Why sign-ins fail (a wrong client secret fails every one): for the operators, no names. */
  readonly logger: Pick<Logger, 'info' | 'warn'>;
  /** The one way a session starts (auth-routes): cookies and CSRF token as with a password. */
  readonly startSession: (c: AppContext, userId: string) => Promise<unknown>;
}

/** The groups claim: a list of names, or one name as some providers send a single group. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];

/**
 * Single sign-on with the installation's OpenID provider: `/auth/oidc/start` sends the browser
 * there (authorization code with PKCE, state and nonce), `/auth/oidc/callback` takes the code,
 * checks the ID token, reconciles the user's grants with their groups and starts a session.
 */
export const oidcRoutes = ({
  settings,
  ports,
  now,
  rateLimit,
  trustProxy,
  logger,
  startSession,
}: OidcRoutesOptions) => {
  const app = new Hono<AppEnv>();
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = undefined; // asked again at the next sign-in
        logger.warn({ err: error, issuer: settings.issuer.href }, 'OpenID provider unreachable');
        throw error;
      });
    return discovered;
  };
  const failed = (c: AppContext, failure: OidcFailure) =>
    c.redirect(`${SIGN_IN_PAGE}?sso=${failure}`, 303);

  app.get('/start', rateLimit, async (c) => {
    const config = await configuration().catch(() => undefined);
    if (!config) return failed(c, 'PROVIDER_UNREACHABLE');
    const flow: Flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    setCookie(c, FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
      path: FLOW_PATH,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isSecure(c, trustProxy),
      maxAge: FLOW_TTL_SECONDS,
    });
    const target = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUrl.href,
      scope: settings.scopes,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return c.redirect(target.href, 302);
  });

  app.get('/callback', rateLimit, async (c) => {
    const flow = flowOf(getCookie(c, FLOW_COOKIE));
    deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH });
    if (!flow) return failed(c, 'SIGN_IN_FAILED');
    const config = await configuration().catch(() => undefined);
    if (!config) return failed(c, 'PROVIDER_UNREACHABLE');
    // The URL the provider sent the browser to, as registered there (a proxy may rewrite ours).
    const current = new URL(settings.redirectUrl);
    current.search = new URL(c.req.url).search;
    let identity: OidcIdentity;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return failed(c, 'SIGN_IN_FAILED');
      const info = config.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(config, tokens.access_token, claims.sub)
        : {};
      const all: Record<string, unknown> = { ...claims, ...info };
      identity = {
        issuer: claims.iss,
        subject: claims.sub,
        ...(typeof all.email === 'string' ? { email: all.email } : {}),
        emailVerified: all.email_verified === true,
        ...(typeof all.name === 'string' ? { name: all.name } : {}),
        groups: strings(all[settings.groupsClaim]),
      };
    } catch (error) {
      // A refusal at the provider comes back as an error response; anything else (a changed
      // state, a code for another verifier, a bad ID token) fails the checks: no session.
      const denied =
        error instanceof client.AuthorizationResponseError && error.error === 'access_denied';
      if (!denied) logger.warn({ err: error }, 'single sign-on failed its checks');
      return failed(c, denied ? 'ACCESS_DENIED' : 'SIGN_IN_FAILED');
    }
    const result = await signInWithOidc(
      { ...ports, roleMap: settings.roleMap, now: now() },
      identity,
    );
    if ('refused' in result) {
      logger.info({ refused: result.refused }, 'single sign-on refused');
      return failed(c, result.refused);
    }
    await startSession(c, result.userId);
    return c.redirect(SIGNED_IN_PAGE, 303);
  });
  return app;
};
