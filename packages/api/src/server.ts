import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { createTokenCache } from './auth/token-cache.js';
import { calendarRoutes } from './calendar/calendar-route.js';
import type { CheckpointService } from './checkpoints/index.js';
import { publicKeyDocument } from './checkpoints/public-key.js';
import type { Database } from './database/index.js';
import type { EventMacKey } from './event-store/index.js';
import { type Follows, unsubscribeRoutes } from './follows/index.js';
import type { createGraphQLHandler } from './graphql/yoga.js';
import type { AppEnv } from './http/app-env.js';
import type { AuthRoutesOptions } from './http/auth-routes.js';
import { authRoutes } from './http/auth-routes.js';
import { authenticate } from './http/authenticate.js';
import { graphqlBodyLimit } from './http/body-limit.js';
import { addressKey, clientAddress } from './http/client-address.js';
import { graphqlCors } from './http/cors.js';
import { onInternalError } from './http/internal-error.js';
import { detectLocale, localeOf } from './http/locale.js';
import { createRateLimit } from './http/rate-limit.js';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './http/rate-limit-settings.js';
import { requireJson } from './http/require-json.js';
import { serveSchemaSdl } from './http/schema-sdl.js';
import { securityHeaders } from './http/security-headers.js';
import { createSubscriptionGate } from './http/subscription-gate.js';
import { serveWebApp } from './http/web-app.js';
import { wholeBody } from './http/whole-body.js';
import { DEFAULT_SUBSCRIPTIONS, type SubscriptionSettings } from './live/index.js';
import type { Observability } from './observability/index.js';
import type { OpenData } from './open-data/open-data.js';
import { openDataRoutes } from './open-data/open-data-route.js';
import { operatorRoutes } from './operator/operator-routes.js';
import { DEFAULT_SESSIONS, type SessionSettings } from './people/session-settings.js';
import { reportRoutes } from './reports/report-route.js';
import { sheetRoutes } from './sheets/sheet-routes.js';

export interface AppDependencies {
  /** Marks events a spreadsheet import appends as the application's (see checkpoints/). */
  readonly eventMacKey?: EventMacKey;
  readonly database: Database;
  readonly graphql: ReturnType<typeof createGraphQLHandler>;
  /** Serves the public half of the signing key at /.well-known/fahrplan-signing-key. */
  readonly checkpoints: CheckpointService;
  /** The built web app (packages/web/dist), served at `/` when present. */
  readonly webRoot?: string;
  /** Requests a minute per token and per anonymous address (default: DEFAULT_RATE_LIMIT). */
  readonly rateLimit?: RateLimitSettings;
  /** The clock the rate limit counts by, in milliseconds (default: Date.now). */
  readonly rateLimitClock?: () => number;
  /** Serves the operator CLI's token commands at /operator with this secret (PGlite only). */
  readonly operatorSecret?: string;
  /** Open subscriptions per token, per anonymous address and in total. */
  readonly subscriptions?: Pick<SubscriptionSettings, 'perToken' | 'perAddress' | 'total'>;
  /** How long a stream the server ended may take to deliver its last event. */
  readonly streamGraceMs?: number;
  /** Request logs, metrics, /healthz and /readyz. */
  readonly observability: Observability;
  /** The composition root's clock: sessions' time-outs count by it. */
  readonly now: () => string;
  /** Idle and absolute time-outs of browser sessions (default: DEFAULT_SESSIONS). */
  readonly sessions?: SessionSettings;
  /** Single sign-on with an OpenID provider (config), with what it registers users through. */
  readonly oidc?: Omit<NonNullable<AuthRoutesOptions['oidc']>, 'logger'>;
  /** The installation's time zone: reports give days and times in it. */
  readonly timeZone: string;
  /** The public downloads at /daten (open-data/). */
  readonly openData: OpenData;
  /** Follows: the one-click unsubscribe of notifications (RFC 8058). */
  readonly follows: Follows;
}

/** The HTTP surface: GraphQL, health, and the web app. */
export const createApp = ({
  database,
  graphql,
  checkpoints,
  webRoot,
  rateLimit: rateLimitSettings = DEFAULT_RATE_LIMIT,
  rateLimitClock,
  operatorSecret,
  subscriptions = DEFAULT_SUBSCRIPTIONS,
  streamGraceMs,
  observability,
  now,
  sessions = DEFAULT_SESSIONS,
  oidc,
  timeZone,
  openData,
  eventMacKey,
  follows,
}: AppDependencies): Hono => {
  const app = new Hono();
  app.onError(onInternalError);
  app.use('*', securityHeaders());
  const rateLimit = createRateLimit(rateLimitSettings, rateLimitClock);
  const subscriptionGate = createSubscriptionGate({
    settings: subscriptions,
    trustProxy: rateLimitSettings.trustProxy,
    ...(streamGraceMs === undefined ? {} : { graceMs: streamGraceMs }),
    shuttingDown: observability.isShuttingDown,
  });

  observability.mount(app);
  app.get('/.well-known/fahrplan-signing-key', (c) => {
    const key = checkpoints.key;
    if (!key) return c.json({ error: 'no signing key configured' }, 404);
    c.header('access-control-allow-origin', '*');
    return c.json(publicKeyDocument(key));
  });

  app.get('/graphql/schema.graphql', serveSchemaSdl);
  app.route('/', calendarRoutes(database, rateLimit));
  app.route('/', openDataRoutes(openData, rateLimit));
  app.route('/', unsubscribeRoutes(follows, rateLimit));

  const sessionAuth = { now, settings: sessions };
  const tokenCache = createTokenCache(database);
  app.route(
    '/auth',
    authRoutes({
      database,
      tokens: tokenCache,
      rateLimit,
      sessions: sessionAuth,
      trustProxy: rateLimitSettings.trustProxy,
      ...(oidc ? { oidc: { ...oidc, logger: observability.logger } } : {}),
    }),
  );

  const authenticated = authenticate(tokenCache, database, rateLimit, sessionAuth);
  app.route(
    '/',
    reportRoutes({
      database,
      checkpoints,
      authenticate: authenticated,
      rateLimit,
      timeZone,
      now,
    }),
  );

  app.route(
    '/',
    sheetRoutes({
      database,
      authenticate: authenticated,
      rateLimit,
      timeZone,
      now,
      ...(eventMacKey ? { eventMacKey } : {}),
    }),
  );

  // CORS first, so that even the refusals below are readable in a browser; the locale next, so
  // that they are in the caller's language. Each step may answer instead of going on.
  const endpoint = new Hono<AppEnv>();
  endpoint.use(
    '/',
    graphqlCors(),
    detectLocale(),
    graphqlBodyLimit(),
    authenticated,
    rateLimit,
    requireJson(),
  );
  // Every method reaches yoga, which answers those it does not serve with 405 and Allow.
  endpoint.all('/', (c) =>
    // A subscription holds its slot until its response body ends, so the gate wraps the answer.
    subscriptionGate(c, async (stream) =>
      wholeBody(
        await graphql.fetch(c.req.raw, {
          caller: c.var.caller,
          locale: localeOf(c),
          address: addressKey(clientAddress(c, rateLimitSettings.trustProxy)),
          ...(stream ? { stream } : {}),
        }),
      ),
    ),
  );
  app.route('/graphql', endpoint);

  if (operatorSecret) app.route('/operator', operatorRoutes(database, operatorSecret));

  if (webRoot && existsSync(webRoot)) serveWebApp(app, webRoot);
  return app;
};
