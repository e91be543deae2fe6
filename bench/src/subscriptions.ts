/**
 * Live subscriptions under load: how many idle anonymous SSE subscriptions a server accepts, its
 * memory, and the team's write latency while they are open — with the limits lifted (as before
 * they existed) and with the defaults. Starts the built API (packages/api/dist) on a fresh
 * embedded database per scenario. Not a test: figures to read, on stdout.
 *
 *   pnpm exec turbo run build --filter=@fahrplan/api --filter=@fahrplan/bench
 *   node bench/dist/subscriptions.js            # BENCH_SUBSCRIPTIONS=500 to change the count
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './load.js';

const MAIN = fileURLToPath(new URL('../../packages/api/dist/main.js', import.meta.url));
const ATTEMPTS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 2000);
const WRITES = 100;

interface Scenario {
  readonly name: string;
  readonly env: Record<string, string>;
  /** How many distinct client addresses the attempts come from (X-Forwarded-For). */
  readonly addresses: number;
}

const LIFTED = {
  FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN: '1000000',
  FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS: '1000000',
  FAHRPLAN_SUBSCRIPTIONS_TOTAL: '1000000',
};
const SCENARIOS: Scenario[] = [
  {
    name: 'limits lifted (as before), one address per subscription',
    env: LIFTED,
    addresses: ATTEMPTS,
  },
  { name: 'default limits, one address per subscription', env: {}, addresses: ATTEMPTS },
  { name: 'default limits, all from one address', env: {}, addresses: 1 },
];

const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
};

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
  readonly teamToken: string;
}

/** The built server on a fresh PGlite folder; the first start seeds the demo and prints tokens. */
const start = async (env: Record<string, string>, dataDir: string): Promise<Server> => {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: '',
      FAHRPLAN_DATA_DIR: dataDir,
      PORT: String(port),
      // Many subscribers from one machine: addresses come from X-Forwarded-For, and the request
      // rate limit is lifted so it does not hide the subscription limits.
      FAHRPLAN_TRUST_PROXY: 'true',
      FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000000',
      FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const token = /Projektteam: (\S+)/.exec(output)?.[1];
    if (token && /Fahrplan läuft/.test(output)) {
      return { url: `http://127.0.0.1:${port}`, child, teamToken: token };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${output}`);
};

const stop = async ({ child }: Server) => {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
};

/** p50 and p99 of `WRITES` sequential team writes (each a public event every subscriber gets). */
const writeLatency = async (server: Server, round: string) => {
  const times: number[] = [];
  for (let index = 0; index < WRITES; index += 1) {
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${server.teamToken}`,
      },
      body: JSON.stringify({
        query:
          'mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }',
        variables: {
          input: {
            key: `bench-${round}-${index}`,
            title: `Feld ${round} ${index}`,
            description: '.',
          },
        },
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)) };
};

/** Opens `ATTEMPTS` idle anonymous subscriptions; keeps the accepted ones open. */
const subscribeMany = async (server: Server, addresses: number) => {
  const open: AbortController[] = [];
  const refused = new Map<string, number>();
  for (let index = 0; index < ATTEMPTS; index += 1) {
    const abort = new AbortController();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      signal: abort.signal,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'x-forwarded-for': `10.${(index % addresses) >> 16}.${((index % addresses) >> 8) & 255}.${(index % addresses) & 255}`,
      },
      body: JSON.stringify({ query: 'subscription { eventAppended { position type } }' }),
    });
    if (response.status === 200) {
      open.push(abort);
      // Read in the background, as an idle client would.
      void response.body?.pipeTo(new WritableStream()).catch(() => {});
    } else {
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      const code = `${response.status} ${body.errors[0]?.extensions.code}`;
      refused.set(code, (refused.get(code) ?? 0) + 1);
    }
  }
  return { open, refused };
};

const run = async (scenario: Scenario) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fahrplan-bench-live-'));
  const server = await start(scenario.env, dataDir);
  try {
    const pid = server.child.pid ?? 0;
    await writeLatency(server, 'warm');
    const idle = { rss: rssMb(pid), ...(await writeLatency(server, 'idle')) };
    const started = performance.now();
    const { open, refused } = await subscribeMany(server, scenario.addresses);
    const subscribing = Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const loaded = { rss: rssMb(pid), ...(await writeLatency(server, 'loaded')) };
    for (const abort of open) abort.abort();
    return { scenario: scenario.name, accepted: open.length, refused, subscribing, idle, loaded };
  } finally {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

const results = [];
for (const scenario of SCENARIOS) {
  process.stderr.write(`${scenario.name} …\n`);
  results.push(await run(scenario));
}
console.log(`${ATTEMPTS} idle anonymous SSE subscriptions attempted; ${WRITES} team writes timed`);
for (const result of results) {
  const refused = [...result.refused].map(([code, count]) => `${count}× ${code}`).join(', ');
  console.log(
    [
      `\n${result.scenario}`,
      `  accepted ${result.accepted}/${ATTEMPTS}${refused ? `; refused ${refused}` : ''} (${result.subscribing} ms)`,
      `  RSS ${result.idle.rss} → ${result.loaded.rss} MB`,
      `  write p50 ${result.idle.p50} → ${result.loaded.p50} ms, p99 ${result.idle.p99} → ${result.loaded.p99} ms`,
    ].join('\n'),
  );
}
