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

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  output: string;
}

/**
 * Starts `src/main.ts` as its own process and waits until `waitFor` answers 200 (/healthz: alive;
 * /readyz: the database is reachable too). A first start seeds the demo: slow on a busy machine.
 * One that does not come up is killed, not left running.
 */
export const startServer = async (
  env: Record<string, string>,
  {
    timeoutMs = 90_000,
    waitFor = '/healthz',
    packageRoot,
  }: { timeoutMs?: number; waitFor?: string; packageRoot?: string } = {},
): Promise<ServerProcess> => {
  const port = await freePort();
  const child = runSource('src/main.ts', [], { ...env, PORT: String(port) }, packageRoot);
  const server: ServerProcess = { url: `http://127.0.0.1:${port}`, child, output: '' };
  child.stdout?.on('data', (chunk) => {
    server.output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    server.output += chunk;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${server.output}`);
    const healthy = await fetch(`${server.url}${waitFor}`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${server.output}`);
};

/** SIGTERM, then SIGKILL if it lingers; resolves to the exit code (null when killed). */
export const stopServer = async ({ child }: ServerProcess): Promise<number | null> => {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  const [code] = (await exited) as [number | null];
  clearTimeout(timer);
  return code;
};
