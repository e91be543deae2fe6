import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * A refusal made before GraphQL runs (body too large, rate limited), shaped like any GraphQL
 * response so clients handle it in one place: `errors[0].extensions.code`. The media type
 * follows the request's Accept, as yoga's own responses do; `field` names the parameter to blame.
 */
export const graphqlErrorResponse = (
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  { headers = {}, field }: { headers?: Record<string, string>; field?: string } = {},
): Response => {
  const type = c.req.header('accept')?.includes(GRAPHQL_RESPONSE)
    ? GRAPHQL_RESPONSE
    : 'application/json';
  const extensions = field === undefined ? { code } : { code, field };
  return c.body(JSON.stringify({ errors: [{ message, extensions }] }), status, {
    ...headers,
    'Content-Type': `${type}; charset=utf-8`,
  });
};
