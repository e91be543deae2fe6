import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { printedSchema } from '../graphql/print-schema.js';

let served: { readonly sdl: string; readonly etag: string } | undefined;

/** The SDL is fixed for a running build: printed once, the first time it is asked for. */
const sdlOnce = () => {
  served ??= (() => {
    const sdl = printedSchema();
    return { sdl, etag: `"${createHash('sha256').update(sdl).digest('base64url')}"` };
  })();
  return served;
};

/**
 * GET /graphql/schema.graphql: the contract as SDL, the same text as the committed
 * `schema.graphql`, for partners' code generators. Public (introspection is open anyway),
 * cacheable, revalidated by its ETag: a new release changes it.
 */
export const serveSchemaSdl = (c: Context): Response => {
  const { sdl, etag } = sdlOnce();
  c.header('cache-control', 'public, max-age=300, must-revalidate');
  c.header('etag', etag);
  c.header('access-control-allow-origin', '*');
  if (c.req.header('if-none-match') === etag) return c.body(null, 304);
  c.header('content-type', 'application/graphql; charset=utf-8');
  return c.body(sdl);
};
