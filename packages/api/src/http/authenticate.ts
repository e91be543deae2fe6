import type { MiddlewareHandler } from 'hono';
import { AuthenticationError, authenticate as callerOf } from '../auth/authenticate.js';
import { ANONYMOUS } from '../auth/caller.js';
import type { TokenCache } from '../auth/token-cache.js';
import type { AppEnv } from './app-env.js';
import { graphqlErrorResponse } from './graphql-error.js';
import type { RateLimit } from './rate-limit.js';

/**
 * Sets `c.var.caller` from `Authorization: Bearer <token>` (none: anonymous). Refused
 * credentials are answered 401, but charged to the address first like anonymous use: guessing
 * tokens is throttled too.
 */
export const authenticate =
  (tokens: TokenCache, rateLimit: RateLimit): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    try {
      c.set('caller', await callerOf(tokens, c.req.header('authorization') ?? null));
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      c.set('caller', ANONYMOUS);
      return rateLimit.charge(c, () =>
        graphqlErrorResponse(c, 401, 'UNAUTHENTICATED', error.message, {
          'WWW-Authenticate': 'Bearer realm="fahrplan", error="invalid_token"',
        }),
      );
    }
    return next();
  };
