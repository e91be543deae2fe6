import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Locale } from './locale.js';

/**
 * Headers a browser sends cross-site only after a CORS preflight: a bearer token, and the CSRF
 * token every request with a session cookie carries (see http/authenticate.ts).
 */
const PREFLIGHT_HEADERS = ['x-graphql-yoga-csrf', 'authorization', 'x-csrf-token'];

/**
 * yoga's CSRF prevention: a request without a preflight-triggering header or Content-Type (a
 * plain GET) is refused with 403. Wrapped only to give the refusal a code and a message that
 * says what to send.
 */
export const useCsrfPrevention = (): Plugin<object, { locale: Locale }> => {
  const csrf = useCSRFPrevention({ requestHeaders: PREFLIGHT_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        csrf.onRequestParse?.(payload);
      } catch {
        const en = payload.serverContext.locale === 'en';
        throw createGraphQLError(
          en
            ? 'Cross-site request refused: send GET requests with an Authorization, a Content-Type: application/json or an x-graphql-yoga-csrf header.'
            : 'Websiteübergreifende Anfrage abgelehnt: GET-Anfragen brauchen eine Kopfzeile Authorization, Content-Type: application/json oder x-graphql-yoga-csrf.',
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
};
