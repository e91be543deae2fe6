import { Hono } from 'hono';
import { ANONYMOUS } from '../auth/caller.js';
import type { AppEnv } from '../http/app-env.js';
import type { RateLimit } from '../http/rate-limit.js';
import type { Follows } from './follows.js';

/**
 * RFC 8058 one-click unsubscribe: the `List-Unsubscribe` address of every notification, POSTed
 * by the mail client (body `List-Unsubscribe=One-Click`) without login or cookies. Answers 200
 * whether or not the token still exists, so the answer tells nobody who followed. A GET of the
 * same address is the web app's unsubscribe page (a button: link scanners must not unsubscribe).
 */
export const unsubscribeRoutes = (follows: Follows, rateLimit: RateLimit): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>();
  routes.use('/benachrichtigungen/abmelden/*', async (c, next) => {
    c.set('caller', ANONYMOUS);
    await next();
  });
  routes.use('/benachrichtigungen/abmelden/*', rateLimit);
  routes.post('/benachrichtigungen/abmelden/:token', async (c) => {
    const token = c.req.param('token');
    if (/^[A-Za-z0-9_-]{20,100}$/.test(token)) await follows.unsubscribe(token);
    return c.text('Abgemeldet. / Unsubscribed.\n', 200, { 'cache-control': 'no-store' });
  });
  return routes;
};
