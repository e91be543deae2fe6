import type { AppContext } from './app-env.js';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';

/** The GET parameters that carry JSON: each must be a JSON object when given. */
const JSON_PARAMS = ['variables', 'extensions'] as const;

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * A GET whose `variables` or `extensions` is not a JSON object is a malformed request: 400 with
 * a GraphQL-shaped BAD_REQUEST, as for a malformed POST body (yoga would let the JSON error
 * escape as a 500). Undefined: go on.
 */
export const refuseMalformedGetParams = (c: AppContext): Response | undefined => {
  if (c.req.method !== 'GET') return undefined;
  const param = JSON_PARAMS.find((name) => {
    const text = c.req.query(name);
    return text !== undefined && text !== '' && !isJsonObject(text);
  });
  if (!param) return undefined;
  const message =
    localeOf(c) === 'en'
      ? `The "${param}" parameter must be a JSON object.`
      : `Der Parameter „${param}“ muss ein JSON-Objekt sein.`;
  return graphqlErrorResponse(c, 400, 'BAD_REQUEST', message);
};
