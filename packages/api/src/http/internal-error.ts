import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../observability/index.js';
import { graphqlErrorResponse } from './graphql-error.js';

/**
 * What escapes a handler (the database gone while authenticating, say): logged for the operator,
 * while the client learns only that it failed — on /graphql as a GraphQL-shaped 500, as yoga
 * masks the errors inside GraphQL.
 */
export const onInternalError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  if (isDatabaseUnavailable(error)) {
    // Not a bug: the database is out of reach (authenticating, say). Tell the client to retry.
    const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
    return c.req.path === '/graphql'
      ? graphqlErrorResponse(
          c,
          503,
          'SERVICE_UNAVAILABLE',
          'The database is unavailable right now; retry shortly.',
          { headers: retry },
        )
      : c.text('Service Unavailable', 503, retry);
  }
  console.error(error);
  if (c.req.path === '/graphql') {
    return graphqlErrorResponse(c, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
  return c.text('Internal Server Error', 500);
};
