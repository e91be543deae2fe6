import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What a receiver does with its n-th request (1-based): answer with a status (later), or never. */
export type Behaviour = (
  n: number,
) => number | 'hang' | { readonly status: number; readonly afterMs: number };

export interface Receiver {
  readonly url: string;
  readonly port: number;
  /** Every request, in the order they arrived (answered or not). */
  readonly received: Received[];
  close(): Promise<void>;
}

/** A real HTTP receiver on the loopback interface, as a partner's system would run one. */
export const startReceiver = async (
  behaviour: Behaviour = () => 200,
  port = 0,
): Promise<Receiver> => {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = behaviour(received.length);
      if (answer === 'hang') return;
      const { status, afterMs } =
        typeof answer === 'number' ? { status: answer, afterMs: 0 } : answer;
      setTimeout(() => {
        response
          .writeHead(status, { 'content-type': 'text/plain' })
          .end(status < 300 ? 'ok' : 'nein');
      }, afterMs);
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}/hooks/fahrplan`,
    port: address.port,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
