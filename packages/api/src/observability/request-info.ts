import type { Span } from '@opentelemetry/api';

/** What the GraphQL layer learns about a request, for its log line and metrics. */
export interface RequestInfo {
  /** The request's server span, when tracing is on: the GraphQL operation's span is its child. */
  span?: Span;
  operationName?: string;
  operationType?: string;
  role?: string;
  /** The first error code of the response, if any (e.g. FORBIDDEN, SERVICE_UNAVAILABLE). */
  errorCode?: string;
}

/** Keyed by the Request object both Hono and yoga see: no header or context plumbing needed. */
export const createRequestInfoStore = () => {
  const infos = new WeakMap<Request, RequestInfo>();
  return {
    of(request: Request): RequestInfo {
      let info = infos.get(request);
      if (!info) {
        info = {};
        infos.set(request, info);
      }
      return info;
    },
  };
};

export type RequestInfoStore = ReturnType<typeof createRequestInfoStore>;

/** Operation names are chosen by clients: bounded, so metric labels cannot grow without end. */
const MAX_NAMES = 200;

export const createNameLimiter = () => {
  const seen = new Set<string>();
  return (name: string | undefined): string => {
    if (!name) return 'anonymous';
    const clean = name.slice(0, 64);
    if (seen.has(clean)) return clean;
    if (seen.size >= MAX_NAMES) return 'other';
    seen.add(clean);
    return clean;
  };
};
