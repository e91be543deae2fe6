import type { MiddlewareHandler } from 'hono';
import type { AppContext, AppEnv } from './app-env.js';
import { addressKey, clientAddress } from './client-address.js';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';
import type { RateLimitSettings } from './rate-limit-settings.js';
import { createTokenBuckets, type Take } from './token-bucket.js';

/** RateLimit-* as in the IETF draft (draft-ietf-httpapi-ratelimit-headers), Retry-After on 429. */
const headersOf = (take: Take): Record<string, string> => ({
  'RateLimit-Limit': String(take.limit),
  'RateLimit-Remaining': String(take.remaining),
  'RateLimit-Reset': String(take.resetSeconds),
  'RateLimit-Policy': `${take.limit};w=60`,
  ...(take.allowed ? {} : { 'Retry-After': String(take.retryAfterSeconds) }),
});

const withHeaders = (response: Response, headers: Record<string, string>): Response => {
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // A response with immutable headers (one passed through from fetch): copy it.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
};

/**
 * Limits the requests per API token (`c.var.caller`), and per client address for anonymous
 * callers, answering 429 with Retry-After beyond it. The buckets live in this process's memory:
 * behind a load balancer with n API processes a client may get up to n times the limit.
 */
export const createRateLimit = (settings: RateLimitSettings, now: () => number = Date.now) => {
  const buckets = createTokenBuckets(now);
  const take = (c: AppContext): Take => {
    const caller = c.var.caller;
    const anonymous = caller.role === 'anonymous';
    const key = anonymous
      ? `address:${addressKey(clientAddress(c, settings.trustProxy))}`
      : caller.actor;
    return buckets.take(key, anonymous ? settings.perAddress : settings.perToken);
  };
  const refusal = (c: AppContext, taken: Take): Response => {
    const message =
      localeOf(c) === 'en'
        ? `Too many requests: at most ${taken.limit} a minute. Try again in ${taken.retryAfterSeconds} s.`
        : `Zu viele Anfragen: höchstens ${taken.limit} pro Minute. Bitte in ${taken.retryAfterSeconds} s erneut versuchen.`;
    return graphqlErrorResponse(c, 429, 'RATE_LIMITED', message, { headers: headersOf(taken) });
  };
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const taken = take(c);
    if (!taken.allowed) return refusal(c, taken);
    await next();
    const response = withHeaders(c.res, headersOf(taken));
    if (response !== c.res) c.res = response;
    return undefined;
  };
  /** Charges one request and answers it with `respond` (a refusal made before `next`). */
  const charge = async (
    c: AppContext,
    respond: () => Response | Promise<Response>,
  ): Promise<Response> => {
    const taken = take(c);
    return taken.allowed ? withHeaders(await respond(), headersOf(taken)) : refusal(c, taken);
  };
  return Object.assign(middleware, { charge });
};

export type RateLimit = ReturnType<typeof createRateLimit>;
