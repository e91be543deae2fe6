import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { connect } from '@fahrplan/api/database';
import { createEventStore } from '@fahrplan/api/event-store';
import postgres from 'postgres';
import { databaseUrl, withDatabase } from './config.js';
import { dataAtScale } from './scale-rows.js';

/**
 * The at-scale bench: a generated history in a fresh PostgreSQL database, then the API as its own
 * process under load from autocannon (another process), beside the bare store in the same run.
 * `--quick`: 10,000 events and short phases (under 3 minutes); else BENCH_EVENTS (1,000,000).
 */
const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cli = join(repo, 'packages/api/dist/cli/main.js');
const apiMain = join(repo, 'packages/api/dist/main.js');
const autocannon = join(
  dirname(createRequire(import.meta.url).resolve('autocannon/package.json')),
  'autocannon.js',
);

const quick = process.argv.includes('--quick');
const events = quick ? 10_000 : Number(process.env.BENCH_EVENTS ?? 1_000_000);
const seconds = quick ? 5 : 15;

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Row {
  readonly path: string;
  readonly fahrplan: string;
  readonly peer?: string;
  readonly ratio?: string;
}
const rows: Row[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const freePort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => server.once('listening', ok));
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
};

const runCli = async (env: NodeJS.ProcessEnv, args: string[]) => {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((ok) => child.on('exit', ok));
  if (code !== 0) throw new Error(`fahrplan ${args.join(' ')} exited ${code}: ${out}`);
  return { out, ms: performance.now() - started };
};

interface Cannon {
  requests: { average: number; mean: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon in its own process, its JSON on stdout. */
const cannon = async (url: string, connections: number, body: string, token: string) => {
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
      '-H',
      `authorization=Bearer ${token}`,
      '-b',
      body,
      `${url}/graphql`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Cannon;
};

const describeCannon = (result: Cannon) =>
  `${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${
    result.non2xx + result.errors + result.timeouts > 0
      ? ` (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
      : ''
  }`;

const peakRss = (child: ChildProcess): number => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

/** Bare store: 8 writers, one event per append, expected version checked, for `seconds`. */
const storeAppends = async (url: string, writers: number): Promise<number> => {
  const database = await connect({ kind: 'postgres', url }, { maxConnections: writers + 2 });
  const store = createEventStore(database);
  const tag = randomBytes(4).toString('hex');
  const until = performance.now() + seconds * 1000;
  let appends = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const versions = new Map<string, number>();
      for (let index = 0; performance.now() < until; index++) {
        const streamId = `Bench-${tag}-${writer}-${index % 10}`;
        const version = versions.get(streamId) ?? 0;
        await store.append(
          streamId,
          [
            {
              type: 'BenchEvent',
              schemaVersion: 1,
              data: { index },
              occurredAt: new Date().toISOString(),
            },
          ],
          { expectedVersion: version },
        );
        versions.set(streamId, version + 1);
        appends += 1;
      }
    }),
  );
  await store.close();
  await database.close();
  return appends / seconds;
};

const main = async () => {
  const base = databaseUrl();
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  const name = `fahrplan_bench_scale_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = withDatabase(base, name);
  const env = { ...process.env, DATABASE_URL: url, FAHRPLAN_LOG_LEVEL: 'error' };
  let server: ChildProcess | undefined;
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
  try {
    // Generate, rebuild, verify, export/import and the size on disk: see scale-rows.ts.
    const data = await dataAtScale({ runCli, env, url, admin, events });
    rows.push(...data.rows);

    const team = (await runCli(env, ['token', 'create', '--role', 'team', '--name', 'bench'])).out
      .trim()
      .split('\n')
      .at(-1) as string;
    const partner = (
      await runCli(env, ['token', 'create', '--role', 'partner', '--name', 'bench-partner'])
    ).out
      .trim()
      .split('\n')
      .at(-1) as string;

    const port = await freePort();
    server = spawn(process.execPath, [apiMain], {
      env: {
        ...env,
        PORT: String(port),
        FAHRPLAN_RATE_LIMIT_PER_MINUTE: '100000000',
        FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const api = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${api}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (tries > 600) throw new Error('API did not become ready');
      await new Promise((ok) => setTimeout(ok, 100));
    }

    const capture = JSON.stringify({
      query:
        'mutation ($input: CaptureSuggestionInput!) { captureSuggestion(input: $input) { version } }',
      variables: {
        input: { text: 'Ein Vorschlag aus dem Lasttest.', channel: 'MAIL', sector: 'INDUSTRY' },
      },
    });
    const probe = (await (
      await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${team}` },
        body: capture,
      })
    ).json()) as { errors?: unknown };
    if (probe.errors) throw new Error(`captureSuggestion: ${JSON.stringify(probe.errors)}`);
    for (const clients of [1, 8, 32]) {
      log(`writes over HTTP, ${clients} clients`);
      const result = await cannon(api, clients, capture, team);
      const store = clients === 8 ? await storeAppends(url, 8) : undefined;
      rows.push({
        path: `captureSuggestion over HTTP, ${clients} client${clients > 1 ? 's' : ''}`,
        fahrplan: describeCannon(result),
        ...(store === undefined
          ? {}
          : {
              peer: `bare store, 8 writers: ${fmt(store)} appends/s`,
              ratio: `${(result.requests.average / store).toFixed(2)}×`,
            }),
      });
    }

    const reads: [string, string][] = [
      [
        'recommendations(first: 50) nested, 64 clients',
        '{ recommendations(first: 50) { edges { node { id title status priority actionFields { id title } derivedFrom { id title status } measure { id title progress milestones { title dueDate } } } } } }',
      ],
      [
        'measures(first: 50) nested, 64 clients',
        '{ measures(first: 50) { edges { node { id title status progress owner plannedStart plannedEnd actionFields { id title } adoptedFrom { id title } milestones { title dueDate reachedAt } } } } }',
      ],
    ];
    for (const [label, query] of reads) {
      log(label);
      // Once by hand first: a query the schema refuses would be measured as fast errors.
      const probe = (await (
        await fetch(`${api}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` },
          body: JSON.stringify({ query }),
        })
      ).json()) as { errors?: unknown };
      if (probe.errors) throw new Error(`${label}: ${JSON.stringify(probe.errors)}`);
      const result = await cannon(api, 64, JSON.stringify({ query }), partner);
      rows.push({
        path: label,
        fahrplan: describeCannon(result),
        peer: 'PostGraphile 4.14: not run (see notes)',
      });
    }

    log('events(after:) full sync');
    const started = performance.now();
    let after: string | null = null;
    let synced = 0;
    for (;;) {
      const response: Response = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` },
        body: JSON.stringify({
          query:
            'query ($after: String) { events(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { position type itemId occurredAt data } } } }',
          variables: { after },
        }),
      });
      const body = (await response.json()) as {
        data?: {
          events: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: unknown[];
          };
        };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`events paging failed: ${JSON.stringify(body.errors)}`);
      synced += body.data.events.edges.length;
      if (!body.data.events.pageInfo.hasNextPage) break;
      after = body.data.events.pageInfo.endCursor;
    }
    rows.push({
      path: `events(after:) full sync, pages of 500 (${fmt(synced)} events)`,
      fahrplan: `${fmt(synced / ((performance.now() - started) / 1000))} events/s`,
    });
    rows.push({ path: 'API peak RSS', fahrplan: `${peakRss(server).toFixed(0)} MB` });
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((ok) => server?.once('exit', ok));
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }

  const report = [
    `# Fahrplan at scale (${quick ? 'quick, ' : ''}${fmt(events)} events)`,
    '',
    `Measured ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average at start ${load}, at end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} — the machine is shared, so figures are noisy.`,
    '',
    '| path | Fahrplan | peer | ratio |',
    '|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.path} | ${row.fahrplan} | ${row.peer ?? ''} | ${row.ratio ?? ''} |`,
    ),
    '',
  ].join('\n');
  mkdirSync(join(repo, 'bench/results'), { recursive: true });
  writeFileSync(join(repo, 'bench/results/latest.md'), report);
  process.stdout.write(report);
};

await main();
