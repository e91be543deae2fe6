import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { databaseUrl, openServer, withDatabase } from './config.js';
import { freePort, peakRss, untilReady } from './load.js';
import { latencyReads, partnerReads, type Row } from './reads.js';
import { saveScaleRun } from './scale-report.js';
import { dataAtScale } from './scale-rows.js';
import { fullSync, liveDelivery } from './sync.js';
import { writeRows } from './writes.js';

/**
 * The at-scale bench: a generated history in a fresh PostgreSQL database, then the API as its own
 * process under load from autocannon (another process), beside the bare store in the same run.
 * `--quick`: 10,000 events and short phases (under 3 minutes); else BENCH_EVENTS (1,000,000).
 */
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cli = join(repo, 'packages/api/dist/cli/main.js');
const apiMain = join(repo, 'packages/api/dist/main.js');

const quick = process.argv.includes('--quick');
const events = quick ? 10_000 : Number(process.env.BENCH_EVENTS ?? 1_000_000);
const seconds = quick ? 5 : 15;

const log = (line: string) => process.stderr.write(`${line}\n`);

const rows: Row[] = [];
let failed = false;

/**
 * Runs one phase of the table: its rows go to stderr as they come, and a phase that fails is a
 * row saying so (the run goes on and exits 1 at the end), so a long run never loses the rest.
 */
const phase = async (name: string, run: () => Promise<readonly Row[]>) => {
  log(name);
  try {
    const done = await run();
    for (const row of done)
      log(`  ${row.path}: ${row.fahrplan}${row.peer ? ` | ${row.peer}` : ''}`);
    rows.push(...done);
  } catch (error) {
    failed = true;
    log(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    rows.push({
      path: name,
      fahrplan: `failed: ${error instanceof Error ? error.message : String(error)}`
        .slice(0, 300)
        .replaceAll('|', '\\|'),
    });
  }
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
    await phase(
      'generate, rebuild, verify, export/import, size',
      async () => (await dataAtScale({ runCli, env, url, admin, events })).rows,
    );
    const generatedUntil = new Date().toISOString();

    /** A token of the role, as `fahrplan token create` prints it on its last line. */
    const token = async (role: string) =>
      (await runCli(env, ['token', 'create', '--role', role, '--name', `bench-${role}`])).out
        .trim()
        .split('\n')
        .at(-1) as string;
    const team = await token('team');
    const ministry = await token('ministry');
    const partner = await token('partner');

    const port = await freePort();
    server = spawn(process.execPath, [apiMain], {
      env: {
        ...env,
        PORT: String(port),
        FAHRPLAN_RATE_LIMIT_PER_MINUTE: '100000000',
        FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000000',
        // The 64 SSE subscribers share the team token.
        FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN: '100',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const api = `http://127.0.0.1:${port}`;
    await untilReady(() => fetch(`${api}/readyz`).then((r) => r.ok));

    await phase('writes over HTTP', () =>
      writeRows({ api, databaseUrl: url, team, ministry, seconds, log }),
    );

    const plan = {
      api: `${api}/graphql`,
      databaseUrl: url,
      partner,
      team,
      seconds,
      // 300 at 1M: a p99 still rests on three samples, and roadmap(asOf) over the whole
      // generated roadmap takes long enough that 1,000 of each kept the run at it for 17 minutes.
      samples: quick ? 100 : 300,
      generatedUntil,
    };
    // Planner statistics, as auto-analyze would have them (autovacuum is off on the bench
    // machine): without them the read plans rest on guesses, for both servers alike.
    const stats = openServer(base);
    await stats.analyze(url).finally(() => stats.close());
    await phase('partner reads beside PostGraphile', () => partnerReads(plan));
    await phase('time travel, provenance, history, changes', () => latencyReads(plan));
    await phase('events(after:) full sync', async () => [await fullSync(plan)]);
    await phase('SSE delivery under 100 writes/s', async () => [await liveDelivery(plan)]);
    const rss = peakRss(server);
    rows.push({
      path: 'API peak RSS (VmHWM) over every load above',
      fahrplan: `${rss.toFixed(0)} MB`,
      target: `${rss < 300 ? 'yes' : 'NO'}: < 300 MB`,
    });
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((ok) => server?.once('exit', ok));
    }
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }

  const measured = `Measured ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; load average at start ${load}, at end ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} — the machine is shared, so figures are noisy.`;
  const report = saveScaleRun(join(repo, 'bench/results'), { events, quick, measured, rows });
  process.stdout.write(report);
  if (failed) process.exitCode = 1;
};

await main();
