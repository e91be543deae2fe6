import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** Vite names built files by their content (`index-3f9a1c.js`): they never change in place. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A file the handler finds goes out with these caching headers; a miss passes on unchanged. */
const cached =
  (handler: MiddlewareHandler, cacheControl: (path: string) => string): MiddlewareHandler =>
  async (c, next) => {
    let found = true;
    const response = await handler(c, async () => {
      found = false;
      await next();
    });
    if (found && response) {
      response.headers.set('Cache-Control', cacheControl(c.req.path));
      // The same URL answers in Brotli, gzip or plain by Accept-Encoding: caches key on it.
      response.headers.set('Vary', 'Accept-Encoding');
    }
    return response;
  };

/**
 * The built web app at `/`: hashed assets cached for a year, `index.html` revalidated every
 * time, each as the Brotli or gzip file the build wrote beside it when the browser takes that.
 * Source maps are not built (and not served); a missing asset is a 404, never the app's page.
 */
export const serveWebApp = (app: Hono, webRoot: string): void => {
  // serveStatic resolves against the working directory.
  const root = relative(process.cwd(), webRoot) || '.';
  const precompressed = true;
  const forFile = (path: string) => (path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
  app.get('*', async (c, next) => (c.req.path.endsWith('.map') ? c.notFound() : next()));
  app.use('/*', cached(serveStatic({ root, precompressed }), forFile));
  app.get('/assets/*', (c) => c.notFound());
  app.get(
    '*',
    cached(serveStatic({ root, path: 'index.html', precompressed }), () => 'no-cache'),
  );
};
