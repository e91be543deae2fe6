import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { RequestInfoStore } from './request-info.js';
import { endSpan, NO_TRACING, type Tracing } from './tracing.js';

const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);
const VALID_ID = /^[\w.:-]{1,128}$/;

/** W3C traceparent: version-traceid-parentid-flags; the trace id ties our line to the trace. */
const traceIdOf = (traceparent: string | undefined): string | undefined =>
  traceparent?.match(/^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/)?.[1];

/**
 * One log line and the HTTP metrics per request. The request id is the caller's `x-request-id`
 * (or the trace id of `traceparent`), else a new one, and is echoed back. Only the operation name
 * and the caller's role are logged: never the token, the variables or a name.
 */
export const requestLog = (
  logger: Logger,
  metrics: Metrics,
  infos: RequestInfoStore,
  tracing: Tracing = NO_TRACING,
): MiddlewareHandler => {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const requestId =
      (given && VALID_ID.test(given) ? given : undefined) ??
      traceIdOf(c.req.header('traceparent')) ??
      randomUUID();
    c.header('x-request-id', requestId);
    const path = c.req.path;
    const span = tracing.startRequest(
      c.req.raw.headers,
      c.req.method,
      KNOWN_ROUTES.has(path) ? path : 'other',
    );
    if (span) infos.of(c.req.raw).span = span;
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const status = failed ? 500 : c.res.status;
      const route = KNOWN_ROUTES.has(c.req.path) ? c.req.path : 'other';
      metrics.httpRequests.inc({ method: c.req.method, route, status: String(status) });
      metrics.httpDuration.observe({ method: c.req.method, route }, seconds);
      if (span) {
        const info = infos.of(c.req.raw);
        endSpan(
          span,
          {
            'url.path': path,
            'http.response.status_code': status,
            'fahrplan.request_id': requestId,
            'fahrplan.role': info.role ?? 'unauthenticated',
          },
          status >= 500 ? `HTTP ${status}` : undefined,
        );
      }
      if (route === '/graphql' || status >= 500) {
        const info = infos.of(c.req.raw);
        logger[status >= 500 ? 'warn' : 'info'](
          {
            requestId,
            method: c.req.method,
            route,
            status,
            durationMs: Math.round(seconds * 10_000) / 10,
            operationName: info.operationName,
            operationType: info.operationType,
            role: info.role ?? 'unauthenticated',
            outcome: info.errorCode ?? (status < 400 ? 'ok' : `http_${status}`),
          },
          'request',
        );
      }
    }
  };
};
