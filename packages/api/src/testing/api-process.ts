import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { runSource } from './run-source.js';

/** A port nobody listens on right now (the OS picks it). */
export const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
};

export interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  output: string;
}

/** Starts `src/main.ts` as its own process and waits until /readyz answers 200. */
export const startApiProcess = async (env: Record<string, string>): Promise<ApiProcess> => {
  const port = await freePort();
  const child = runSource('src/main.ts', [], { ...env, PORT: String(port) });
  const server: ApiProcess = { url: `http://127.0.0.1:${port}`, child, output: '' };
  child.stdout?.on('data', (chunk) => {
    server.output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    server.output += chunk;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${server.output}`);
    const ready = await fetch(`${server.url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${server.output}`);
};
