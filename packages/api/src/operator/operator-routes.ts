import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { issueToken } from '../auth/token-request.js';
import { listTokens, revokeToken } from '../auth/tokens.js';
import type { Database } from '../database/index.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

const isLoopback = (address: string | undefined): boolean =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/**
 * The operator CLI's token commands, served by the process that owns a PGlite data directory
 * (no second process may open it). Only from this machine (loopback), only with the secret from
 * the data directory (see `operator-file.ts`).
 */
export const operatorRoutes = (database: Database, secret: string): Hono => {
  const app = new Hono();
  const expected = digest(`Bearer ${secret}`);
  app.use('*', async (c, next) => {
    let address: string | undefined;
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      address = undefined;
    }
    const given = digest(c.req.header('authorization') ?? '');
    // Equal-length digests: the comparison takes the same time whatever was sent.
    if (!isLoopback(address) || !timingSafeEqual(given, expected)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    return next();
  });
  app.get('/tokens', async (c) => c.json(await listTokens(database)));
  app.post('/tokens', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const owner = body.owner as { userId?: unknown; organisation?: unknown } | null | undefined;
    const issued = await issueToken(database, {
      role: text(body.role),
      name: text(body.name),
      processId: typeof body.processId === 'string' ? body.processId : null,
      ...(typeof owner?.userId === 'string'
        ? { owner: { userId: owner.userId } }
        : typeof owner?.organisation === 'string'
          ? { owner: { organisation: owner.organisation } }
          : {}),
    });
    return 'refused' in issued ? c.json(issued.refused, 400) : c.json(issued, 201);
  });
  app.post('/tokens/:id/revoke', async (c) => {
    const revoked = await revokeToken(database, c.req.param('id'));
    return c.json({ revoked }, revoked ? 200 : 404);
  });
  return app;
};
