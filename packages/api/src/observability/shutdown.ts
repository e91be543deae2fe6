import type { Server } from 'node:http';
import type { Logger } from './logger.js';

export interface ShutdownSteps {
  /** Readiness turns 503 (the load balancer stops sending). */
  readonly beginShutdown: () => void;
  /** Ends the live subscriptions, so their SSE responses complete and the server can close. */
  readonly closeStreams: () => Promise<void>;
  /** Seals what is committed, then closes the pool. */
  readonly closeStore: () => Promise<void>;
  readonly servers: readonly Server[];
  readonly timeoutMs: number;
  readonly logger: Logger;
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    // Stops accepting at once; the callback runs when the last in-flight response has ended.
    server.close(() => resolve());
    server.closeIdleConnections();
  });

/**
 * SIGTERM: stop accepting, let in-flight requests finish, end SSE streams, seal, close the pool.
 * Connections still busy after `timeoutMs` are cut so the process always ends in time.
 */
export const shutDown = async (steps: ShutdownSteps): Promise<void> => {
  const started = Date.now();
  steps.logger.info({ timeoutMs: steps.timeoutMs }, 'shutting down');
  steps.beginShutdown();
  const deadline = setTimeout(() => {
    steps.logger.warn('shutdown timeout: closing the connections still open');
    for (const server of steps.servers) server.closeAllConnections();
  }, steps.timeoutMs);
  deadline.unref();
  const closed = Promise.all(steps.servers.map(closeServer));
  await steps.closeStreams().catch(() => {});
  await closed;
  clearTimeout(deadline);
  await steps.closeStore().catch((error: unknown) => {
    steps.logger.error({ err: error }, 'closing the store failed');
  });
  steps.logger.info({ durationMs: Date.now() - started }, 'shut down');
};
