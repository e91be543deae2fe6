import { applySetCookies } from './browser-session.js';

/**
 * A browser without pages, over real HTTP: a cookie jar per origin, and redirects followed one
 * by one (each hop's cookies kept), as a browser does between Fahrplan and an OpenID provider.
 */
export const createBrowser = () => {
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (url: URL) => {
    const jar = jars.get(url.origin) ?? new Map<string, string>();
    jars.set(url.origin, jar);
    return jar;
  };

  /** One request; its Set-Cookie lines land in the origin's jar. */
  const request = async (url: URL, init: RequestInit = {}) => {
    const jar = jarOf(url);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    applySetCookies(jar, response);
    return response;
  };

  /** Requests and follows redirects; answers the last response and where it came from. */
  const go = async (start: string | URL, init: RequestInit = {}) => {
    let url = new URL(start);
    let response = await request(url, init);
    for (let hop = 0; hop < 20 && response.status >= 300 && response.status < 400; hop += 1) {
      await response.body?.cancel();
      url = new URL(response.headers.get('location') ?? '', url);
      response = await request(url);
    }
    return { response, url };
  };

  /** Submits a form of the page at `page` to `action` (urlencoded, as a browser posts it). */
  const submit = (page: URL, action: string, fields: Record<string, string> = {}) =>
    go(new URL(action, page), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  return { jarOf, request, go, submit };
};

export type Browser = ReturnType<typeof createBrowser>;
