import { Client, cacheExchange, fetchExchange } from '@urql/core';
import type { Locale } from '../i18n/i18n.js';
import { csrfHeaders } from '../session/auth-api.js';

/**
 * One client per sign-in and language: the session cookie authorises (the browser sends it),
 * with the CSRF token read afresh for every request; Accept-Language makes the API answer errors
 * in the user's language. Subscriptions go over fetch as server-sent events, because
 * EventSource cannot send the CSRF header.
 */
export const createClient = (options: { locale: Locale }): Client =>
  new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetchSubscriptions: true,
    // POST with a JSON body: yoga's CSRF prevention refuses a GET without a token or header.
    preferGetMethod: false,
    // The board and item pages must show what others changed since, not a stale cache.
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      headers: {
        'accept-language': options.locale,
        ...csrfHeaders(),
      },
    }),
  });
