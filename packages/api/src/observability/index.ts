import type { Hono } from 'hono';
import type { Database } from '../database/index.js';
import type { ReplicaStatus } from '../database/read-replica.js';
import { requestDeadline } from './deadline.js';
import { useOperationMetrics } from './graphql-metrics.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import type { ReadinessSettings } from './readiness.js';
import { createRequestInfoStore } from './request-info.js';
import { requestLog } from './request-log.js';
import { mountHealth, mountMetrics } from './routes.js';
import { NO_TRACING, type Tracing } from './tracing.js';

export { countAppends } from './count-appends.js';
export { maskUnavailable } from './graphql-metrics.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export type { Metrics } from './metrics.js';
export { createTracing, NO_TRACING, type Tracing } from './tracing.js';
export { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable.js';

export interface ObservabilitySettings {
  /** Bearer secret for `/metrics` on the public port; without it (and no port) no /metrics. */
  readonly metricsToken?: string;
  readonly readiness: ReadinessSettings;
  /** The longest a GraphQL request may take to answer (then 503); none when undefined. */
  readonly requestTimeoutMs?: number;
}

export const DEFAULT_READINESS: ReadinessSettings = { timeoutMs: 2000, sealerStallSeconds: 30 };

/** Health, metrics and request logs of one API process. */
export const createObservability = (
  database: Database,
  options: {
    readonly logger?: Logger;
    readonly settings?: ObservabilitySettings;
    readonly liveSubscribers: () => number;
    /** The read replica's last probe, when one is configured. */
    readonly replicaStatus?: () => ReplicaStatus;
    /** OpenTelemetry spans of requests and operations (off unless configured). */
    readonly tracing?: Tracing;
  },
) => {
  const tracing = options.tracing ?? NO_TRACING;
  const logger = options.logger ?? createLogger('silent');
  const settings = options.settings ?? { readiness: DEFAULT_READINESS };
  const metrics: Metrics = createMetrics({
    database,
    liveSubscribers: options.liveSubscribers,
    ...(options.replicaStatus ? { replicaStatus: options.replicaStatus } : {}),
  });
  const infos = createRequestInfoStore();
  let shuttingDown = false;
  return {
    logger,
    metrics,
    graphqlPlugin: useOperationMetrics(metrics, infos, tracing),
    /** Readiness turns 503 at once; the load balancer drains us while requests still finish. */
    beginShutdown: () => {
      shuttingDown = true;
    },
    isShuttingDown: (): boolean => shuttingDown,
    /** Runs first on the app: every later route is logged and counted. */
    mount: (app: Hono): void => {
      app.use('*', requestLog(logger, metrics, infos, tracing));
      // Shutting down: keep-alive clients must reconnect (and be refused), or a busy connection
      // would keep the server from closing until the timeout cuts it.
      app.use('*', async (c, next) => {
        await next();
        if (shuttingDown) c.header('Connection', 'close');
      });
      if (settings.requestTimeoutMs)
        app.use('/graphql', requestDeadline(settings.requestTimeoutMs));
      mountHealth(app, {
        database,
        readiness: settings.readiness,
        shuttingDown: () => shuttingDown,
        ...(options.replicaStatus ? { replicaStatus: options.replicaStatus } : {}),
      });
      mountMetrics(app, metrics, settings.metricsToken);
    },
  };
};

export type Observability = ReturnType<typeof createObservability>;
