import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { RETRY_AFTER_SECONDS } from './unavailable.js';

/**
 * No answer later than `ms`: a client that gave up must not receive one, nor be left waiting when
 * the database stops answering (a connection that died mid-query). The write may still commit
 * after the 503; its idempotency key makes the client's retry return that result (`replayed`).
 * Only the time to the response's start is bounded: a subscription's stream runs on.
 */
export const requestDeadline = (ms: number): MiddlewareHandler =>
  timeout(
    ms,
    () =>
      new HTTPException(503, {
        res: new Response(
          JSON.stringify({
            errors: [
              {
                message: 'The database did not answer in time; retry shortly.',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          }),
          {
            status: 503,
            headers: {
              'Content-Type': 'application/json; charset=utf-8',
              'Retry-After': String(RETRY_AFTER_SECONDS),
            },
          },
        ),
      }),
  );
