import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** What a browser client must be able to read to back off and to see why it was refused. */
const EXPOSED = [
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'Retry-After',
  'WWW-Authenticate',
];

/**
 * Any origin may call the API (partners' own web apps): it takes no cookies, so there are no
 * ambient credentials to abuse. At the HTTP edge rather than in yoga, so the refusals made
 * before GraphQL runs (401, 413, 429) are readable in the browser too.
 */
export const graphqlCors = (): MiddlewareHandler =>
  cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    exposeHeaders: EXPOSED,
    maxAge: 600,
  });
