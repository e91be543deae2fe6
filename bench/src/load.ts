import { type ChildProcess, execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** The load generator and the servers under load: what every HTTP row of the at-scale run uses. */
const run = promisify(execFile);
const autocannon = join(
  dirname(createRequire(import.meta.url).resolve('autocannon/package.json')),
  'autocannon.js',
);

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
};

/** Polls `ready` every 100 ms for up to a minute. */
export const untilReady = async (ready: () => Promise<boolean>) => {
  for (let tries = 0; ; tries++) {
    if (await ready().catch(() => false)) return;
    if (tries > 600) throw new Error('server did not become ready');
    await new Promise((ok) => setTimeout(ok, 100));
  }
};

export interface Cannon {
  requests: { average: number; mean: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface Load {
  /** The GraphQL endpoint. */
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly body: string;
  /** Bearer token; none for a peer without authentication. */
  readonly token?: string;
}

/** autocannon in its own process, its JSON on stdout. */
export const cannon = async ({ url, connections, seconds, body, token }: Load) => {
  const { stdout } = await run(
    process.execPath,
    [
      autocannon,
      '--json',
      '-c',
      String(connections),
      '-d',
      String(seconds),
      '-m',
      'POST',
      '-H',
      'content-type=application/json',
      ...(token ? ['-H', `authorization=Bearer ${token}`] : []),
      '-b',
      body,
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Cannon;
};

export const describeCannon = (result: Cannon) =>
  `${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${
    result.non2xx + result.errors + result.timeouts > 0
      ? ` (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
      : ''
  }`;

/** A child's peak resident set (VmHWM) in MB. */
export const peakRss = (child: ChildProcess): number => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/** One GraphQL request; throws on errors, so a refused query is never measured as fast errors. */
export const graphql = async <T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
};
