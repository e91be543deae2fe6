import type { Context } from 'hono';
import type { Caller } from '../graphql/context.js';
import { localeOf } from '../graphql/context.js';
import { addressKey, clientAddress } from './client-address.js';
import { graphqlErrorResponse } from './graphql-error.js';
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
 * Limits the requests per API token, and per client address for anonymous callers, answering
 * 429 with Retry-After beyond it. The buckets live in this process's memory: behind a load
 * balancer with n API processes a client may get up to n times the limit.
 */
export const createRateLimit = (settings: RateLimitSettings, now: () => number = Date.now) => {
  const buckets = createTokenBuckets(now);
  return async (
    c: Context,
    caller: Caller,
    respond: () => Response | Promise<Response>,
  ): Promise<Response> => {
    const anonymous = caller.role === 'anonymous';
    const key = anonymous
      ? `address:${addressKey(clientAddress(c, settings.trustProxy))}`
      : caller.actor;
    const take = buckets.take(key, anonymous ? settings.perAddress : settings.perToken);
    if (take.allowed) return withHeaders(await respond(), headersOf(take));
    const message =
      localeOf(c.req.header('accept-language')) === 'en'
        ? `Too many requests: at most ${take.limit} a minute. Try again in ${take.retryAfterSeconds} s.`
        : `Zu viele Anfragen: höchstens ${take.limit} pro Minute. Bitte in ${take.retryAfterSeconds} s erneut versuchen.`;
    return graphqlErrorResponse(c, 429, 'RATE_LIMITED', message, headersOf(take));
  };
};

export type RateLimit = ReturnType<typeof createRateLimit>;
