import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from './database/index.js';

export interface AppDependencies {
  readonly database: Database;
  /** The built web app (packages/web/dist), served at `/` when present. */
  readonly webRoot?: string;
}

/** The HTTP surface: health, and the web app. */
export const createApp = ({ database, webRoot }: AppDependencies): Hono => {
  const app = new Hono();

  app.get('/healthz', async (c) => {
    try {
      await database.rows(sql`SELECT 1`);
      return c.json({ status: 'ok', database: database.kind });
    } catch {
      return c.json({ status: 'unavailable', database: database.kind }, 503);
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
