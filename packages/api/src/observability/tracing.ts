import {
  type Context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry traces of this process: a server span per HTTP request (child of the caller's
 * `traceparent`) and a span per GraphQL operation inside it, exported over OTLP/HTTP. Spans are
 * passed explicitly (no async context manager): the request-info store carries the request's.
 */
export interface Tracing {
  readonly enabled: boolean;
  startRequest(headers: Headers, method: string, path: string): Span | undefined;
  startOperation(parent: Span | undefined, name: string, type: string): Span | undefined;
  /** Exports what is buffered: on shutdown, so the last requests' spans are not lost. */
  shutdown(): Promise<void>;
}

export const NO_TRACING: Tracing = {
  enabled: false,
  startRequest: () => undefined,
  startOperation: () => undefined,
  shutdown: async () => {},
};

const fromHeaders = {
  get: (carrier: Headers, key: string) => carrier.get(key) ?? undefined,
  keys: (carrier: Headers) => [...carrier.keys()],
};

/** Tracing to the OTLP/HTTP traces endpoint (e.g. `http://collector:4318/v1/traces`). */
export const createTracing = (
  endpoint: string,
  { serviceName = 'fahrplan-api', exportEveryMs = 1000 } = {},
): Tracing => {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), {
        scheduledDelayMillis: exportEveryMs,
      }),
    ],
  });
  const tracer: Tracer = provider.getTracer('fahrplan');
  const propagator = new W3CTraceContextPropagator();
  // For libraries that ask the global API (none today); ours is passed explicitly.
  propagation.setGlobalPropagator(propagator);
  return {
    enabled: true,
    startRequest: (headers, method, path) => {
      const parent: Context = propagator.extract(ROOT_CONTEXT, headers, fromHeaders);
      return tracer.startSpan(
        `${method} ${path}`,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': method, 'url.path': path, 'http.route': path },
        },
        parent,
      );
    },
    startOperation: (parent, name, type) =>
      tracer.startSpan(
        `${type} ${name}`,
        { attributes: { 'graphql.operation.name': name, 'graphql.operation.type': type } },
        parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
      ),
    shutdown: () => provider.shutdown(),
  };
};

/** Ends a span with the outcome: an error code marks it failed. */
export const endSpan = (
  span: Span | undefined,
  attributes: Record<string, string | number>,
  error?: string,
): void => {
  if (!span) return;
  span.setAttributes(attributes);
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end();
};
