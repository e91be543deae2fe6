import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';

/** Serves `fetch` over real HTTP on a port the OS picks, for specs that need a socket (SSE). */
export const listen = async (
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ readonly server: ServerType; readonly url: string }> => {
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};
