import type { AppContext } from './app-env.js';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';

/**
 * JSON is UTF-8 (RFC 8259): a body declared in another charset (utf-16, latin1) would be read
 * as UTF-8 and mangled, so it is refused rather than guessed at. No charset means UTF-8.
 */
const isUtf8 = (parameters: readonly string[]): boolean =>
  parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || ['utf-8', 'utf8', '"utf-8"'].includes(value);
  });

/**
 * A POST must carry its GraphQL request as `application/json`, the one encoding the
 * GraphQL-over-HTTP specification requires: anything else is refused with 415 (undefined: go
 * on). This also shuts the "simple" encodings a cross-site form can send (text/plain, form
 * data) before yoga would parse them.
 */
export const refuseUnsupportedMediaType = (c: AppContext): Response | undefined => {
  if (c.req.method !== 'POST') return undefined;
  const [type, ...parameters] = (c.req.header('content-type') ?? '').split(';');
  const mediaType = type?.trim().toLowerCase();
  if (mediaType === 'application/json' && isUtf8(parameters)) return undefined;
  const message =
    localeOf(c) === 'en'
      ? 'Unsupported Content-Type: send the request as application/json in UTF-8.'
      : 'Nicht unterstützter Content-Type: die Anfrage als application/json in UTF-8 senden.';
  return graphqlErrorResponse(c, 415, 'UNSUPPORTED_MEDIA_TYPE', message);
};
