import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * The web app runs from its own files only: no inline script, no other origin. `frame-ancestors`
 * keeps it out of other sites' frames (clickjacking).
 */
const APP_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * GraphiQL (yoga's page at /graphql) boots with inline scripts and loads its editor from unpkg;
 * it holds no data of its own, so only that page gets a policy that lets it run.
 */
const GRAPHIQL_CDN = 'https://unpkg.com';
const GRAPHIQL_POLICY = {
  ...APP_POLICY,
  scriptSrc: ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
  styleSrc: ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
  fontSrc: ["'self'", 'data:', GRAPHIQL_CDN],
  imgSrc: ["'self'", 'data:', 'https://raw.githubusercontent.com'],
  connectSrc: ["'self'", GRAPHIQL_CDN],
  workerSrc: ["'self'", 'blob:'],
};

const common: SecureHeadersOptions = {
  referrerPolicy: 'strict-origin-when-cross-origin',
  xContentTypeOptions: 'nosniff',
  xFrameOptions: 'DENY',
  // The app needs none of these browser features.
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
};

/** Security headers on every response; GraphiQL's page gets its own policy. */
export const securityHeaders = (): MiddlewareHandler => {
  const app = secureHeaders({ ...common, contentSecurityPolicy: APP_POLICY });
  const graphiql = secureHeaders({ ...common, contentSecurityPolicy: GRAPHIQL_POLICY });
  return (c, next) =>
    c.req.path === '/graphql' &&
    c.req.method === 'GET' &&
    c.req.header('accept')?.includes('text/html')
      ? graphiql(c, next)
      : app(c, next);
};
