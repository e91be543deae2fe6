import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { AuthenticationError, authenticate } from './auth/authenticate.js';
import type { Database } from './database/index.js';
import type { createGraphQLHandler } from './graphql/yoga.js';

export interface AppDependencies {
  readonly database: Database;
  readonly graphql: ReturnType<typeof createGraphQLHandler>;
  /** The built web app (packages/web/dist), served at `/` when present. */
  readonly webRoot?: string;
}

/** The HTTP surface: GraphQL, health, and the web app. */
export const createApp = ({ database, graphql, webRoot }: AppDependencies): Hono => {
  const app = new Hono();

  app.get('/healthz', async (c) => {
    try {
      await database.rows(sql`SELECT 1`);
      return c.json({ status: 'ok', database: database.kind });
    } catch {
      return c.json({ status: 'unavailable', database: database.kind }, 503);
    }
  });

  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', async (c) => {
    try {
      const caller = await authenticate(database, c.req.header('authorization') ?? null);
      return graphql.fetch(c.req.raw, { caller });
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      c.header('WWW-Authenticate', 'Bearer realm="fahrplan", error="invalid_token"');
      return c.json(
        { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] },
        401,
      );
    }
  });

  if (webRoot && existsSync(webRoot)) {
    // serveStatic resolves against the working directory.
    const root = relative(process.cwd(), webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }
  return app;
};
