import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { graphqlErrorResponse } from './graphql-error.js';

/**
 * What escapes a handler (the database gone while authenticating, say): logged for the operator,
 * while the client learns only that it failed — on /graphql as a GraphQL-shaped 500, as yoga
 * masks the errors inside GraphQL.
 */
export const onInternalError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  console.error(error);
  if (c.req.path === '/graphql') {
    return graphqlErrorResponse(c, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
  return c.text('Internal Server Error', 500);
};
