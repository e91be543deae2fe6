import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { ANONYMOUS, AuthenticationError, authenticate } from './auth/authenticate.js';
import type { CheckpointService } from './checkpoints/index.js';
import { publicKeyDocument } from './checkpoints/public-key.js';
import type { Database } from './database/index.js';
import type { Caller } from './graphql/context.js';
import type { createGraphQLHandler } from './graphql/yoga.js';
import { graphqlBodyLimit } from './http/body-limit.js';
import { refuseUnsupportedMediaType } from './http/content-type.js';
import { graphqlCors } from './http/cors.js';
import { graphqlErrorResponse } from './http/graphql-error.js';
import { onInternalError } from './http/internal-error.js';
import { createRateLimit } from './http/rate-limit.js';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './http/rate-limit-settings.js';

export interface AppDependencies {
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
}

/** The HTTP surface: GraphQL, health, and the web app. */
export const createApp = ({
  database,
  graphql,
  checkpoints,
  webRoot,
  rateLimit: rateLimitSettings = DEFAULT_RATE_LIMIT,
  rateLimitClock,
}: AppDependencies): Hono => {
  const app = new Hono();
  app.onError(onInternalError);
  const rateLimit = createRateLimit(rateLimitSettings, rateLimitClock);

  app.get('/healthz', async (c) => {
    try {
      await database.rows(sql`SELECT 1`);
      return c.json({ status: 'ok', database: database.kind });
    } catch {
      return c.json({ status: 'unavailable', database: database.kind }, 503);
    }
  });

  app.get('/.well-known/fahrplan-signing-key', (c) => {
    const key = checkpoints.key;
    if (!key) return c.json({ error: 'no signing key configured' }, 404);
    c.header('access-control-allow-origin', '*');
    return c.json(publicKeyDocument(key));
  });

  // CORS first, so that even the refusals below are readable in a browser.
  app.use('/graphql', graphqlCors(), graphqlBodyLimit());
  // Every method reaches yoga, which answers those it does not serve with 405 and Allow.
  app.all('/graphql', async (c) => {
    let caller: Caller;
    try {
      caller = await authenticate(database, c.req.header('authorization') ?? null);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      // Charged to the address like anonymous use: guessing tokens is throttled too.
      return rateLimit(c, ANONYMOUS, () =>
        graphqlErrorResponse(c, 401, 'UNAUTHENTICATED', error.message, {
          'WWW-Authenticate': 'Bearer realm="fahrplan", error="invalid_token"',
        }),
      );
    }
    return rateLimit(
      c,
      caller,
      () => refuseUnsupportedMediaType(c) ?? graphql.fetch(c.req.raw, { caller }),
    );
  });

  if (webRoot && existsSync(webRoot)) {
    // serveStatic resolves against the working directory.
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
};
