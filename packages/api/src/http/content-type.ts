import type { Context } from 'hono';
import { localeOf } from '../graphql/context.js';
import { graphqlErrorResponse } from './graphql-error.js';

/**
 * A POST must carry its GraphQL request as `application/json`, the one encoding the
 * GraphQL-over-HTTP specification requires: anything else is refused with 415 (undefined: go
 * on). This also shuts the "simple" encodings a cross-site form can send (text/plain, form
 * data) before yoga would parse them.
 */
export const refuseUnsupportedMediaType = (c: Context): Response | undefined => {
  if (c.req.method !== 'POST') return undefined;
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return undefined;
  const message =
    localeOf(c.req.header('accept-language')) === 'en'
      ? 'Unsupported Content-Type: send the request as application/json.'
      : 'Nicht unterstützter Content-Type: die Anfrage als application/json senden.';
  return graphqlErrorResponse(c, 415, 'UNSUPPORTED_MEDIA_TYPE', message);
};
