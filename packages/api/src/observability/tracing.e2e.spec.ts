import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type ServerProcess,
  startServer,
  stopServer,
} from '../testing/server-process.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

const attribute = (attributes: readonly OtlpAttribute[], key: string) => {
  const value = attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

/**
 * The API process with OTEL_EXPORTER_OTLP_ENDPOINT set exports its spans to a real OTLP/HTTP
 * receiver (a plain HTTP server, as a collector listens on 4318): a server span per request,
 * child of the caller's traceparent, and the GraphQL operation's span inside it.
 */
describe('OpenTelemetry tracing', () => {
  let test: TestDatabase;
  let receiver: Server;
  let api: ServerProcess | undefined;
  const exports: { path: string; contentType: string; body: OtlpExport }[] = [];

  beforeAll(async () => {
    test = await createTestDatabase({ onDisk: true });
    if (!test.url) await test.database.close(); // PGlite: the server process owns it
    receiver = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => {
        exports.push({
          path: request.url ?? '',
          contentType: request.headers['content-type'] ?? '',
          body: JSON.parse(text) as OtlpExport,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    const port = await freePort();
    receiver.listen(port, '127.0.0.1');
    await once(receiver, 'listening');
    api = await startServer(
      { ...test.env, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
      { waitFor: '/readyz', timeoutMs: 180_000 },
    );
  }, 240_000);

  afterAll(async () => {
    if (api) await stopServer(api);
    receiver?.close();
    await test?.close();
  });

  it('exports a server span under the caller’s traceparent and the operation’s span in it', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    const response = await fetch(`${api?.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${callerSpanId}-01`,
        'x-request-id': 'otel-request-1',
      },
      body: JSON.stringify({
        query: 'query Fields { actionFields(first: 1) { edges { node { id } } } }',
      }),
    });
    expect(response.status).toBe(200);
    await response.text();

    const spansOfTrace = () =>
      exports
        .flatMap((e) => e.body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)))
        .filter((span) => span.traceId === traceId);
    const deadline = Date.now() + 20_000;
    while (spansOfTrace().length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const spans = spansOfTrace();
    console.log(
      'spans received:',
      spans.map(({ name, spanId, parentSpanId }) => ({ name, spanId, parentSpanId })),
    );
    const server = spans.find((span) => span.name === 'POST /graphql');
    const operation = spans.find((span) => span.name === 'query Fields');
    expect(exports[0]?.path).toBe('/v1/traces');
    expect(exports[0]?.contentType).toContain('application/json');
    expect(
      attribute(exports[0]?.body.resourceSpans[0]?.resource.attributes ?? [], 'service.name'),
    ).toBe('fahrplan-api');
    expect(server?.parentSpanId).toBe(callerSpanId);
    expect(server?.kind).toBe(2); // SERVER
    expect(attribute(server?.attributes ?? [], 'fahrplan.request_id')).toBe('otel-request-1');
    expect(attribute(server?.attributes ?? [], 'http.response.status_code')).toBe(200);
    expect(attribute(server?.attributes ?? [], 'fahrplan.role')).toBe('anonymous');
    expect(operation?.parentSpanId).toBe(server?.spanId);
    expect(attribute(operation?.attributes ?? [], 'graphql.operation.type')).toBe('query');
    expect(attribute(operation?.attributes ?? [], 'fahrplan.error_code')).toBe('none');
  }, 60_000);
});
