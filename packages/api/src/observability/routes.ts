import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { Database } from '../database/index.js';
import type { ReplicaStatus } from '../database/read-replica.js';
import type { Metrics } from './metrics.js';
import { checkReadiness, type ReadinessSettings } from './readiness.js';

export interface HealthDependencies {
  readonly database: Database;
  readonly readiness: ReadinessSettings;
  /** True once shutdown began: a load balancer should stop sending before we stop answering. */
  readonly shuttingDown: () => boolean;
  /**
   * The read replica, reported but never a reason to be unready: while it is unusable, reads go
   * to the primary.
   */
  readonly replicaStatus?: () => ReplicaStatus;
}

/** `/healthz`: the process answers (never the database: a slow database must not get us killed). */
export const mountHealth = (
  app: Hono,
  { database, readiness, shuttingDown, replicaStatus }: HealthDependencies,
) => {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (shuttingDown()) return c.json({ status: 'unavailable', reason: 'shutting down' }, 503);
    const result = await checkReadiness(database, readiness);
    const replica = replicaStatus ? { replica: replicaStatus() } : {};
    return result.ready
      ? c.json({ status: 'ok', database: database.kind, sealer: result.sealer, ...replica })
      : c.json({ status: 'unavailable', database: database.kind, ...result, ...replica }, 503);
  });
};

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const metricsResponse = async (c: Context, metrics: Metrics) =>
  c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType });

/**
 * `/metrics` on the public app only behind its bearer token; without one it is not served here
 * at all (404), so it is never public by accident.
 */
export const mountMetrics = (app: Hono, metrics: Metrics, token: string | undefined) => {
  if (!token) return;
  app.get('/metrics', async (c) => {
    const header = c.req.header('authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!sameSecret(given, token)) {
      return c.text('Unauthorized', 401, { 'WWW-Authenticate': 'Bearer realm="metrics"' });
    }
    return metricsResponse(c, metrics);
  });
};
