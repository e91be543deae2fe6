import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { metricsResponse } from './routes.js';

/** `/metrics` alone on its own port (FAHRPLAN_METRICS_PORT), reachable only where that port is. */
export const serveMetrics = (metrics: Metrics, port: number, logger: Logger): Server => {
  const app = new Hono();
  app.get('/metrics', (c) => metricsResponse(c, metrics));
  return serve({ fetch: app.fetch, port }, (info) => {
    logger.info({ port: info.port }, 'metrics served');
  }) as Server;
};
