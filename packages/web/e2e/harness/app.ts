import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER = join(REPO, 'packages/api/dist/main.js');
const CLI = join(REPO, 'packages/api/dist/cli/main.js');
const WEB = join(REPO, 'packages/web/dist/index.html');

export type Role = 'team' | 'ministry' | 'partner';

export interface RunningApp {
  readonly url: string;
  readonly tokens: Readonly<Record<Role, string>>;
  readonly stop: () => Promise<void>;
}

interface Database {
  readonly env: Record<string, string>;
  readonly drop: () => Promise<void>;
}

/** A fresh database: a new PostgreSQL database when DATABASE_URL is set, else a PGlite folder. */
const freshDatabase = async (): Promise<Database> => {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `fahrplan_web_${randomBytes(6).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      drop: async () => {
        const again = postgres(adminUrl, { max: 1, onnotice: () => undefined });
        await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'fahrplan-web-'));
  return {
    env: { FAHRPLAN_DATA_DIR: dir },
    // The server makes its signing key beside the data directory (see the README's Security).
    drop: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(`${dir}-signing-key.pem`, { force: true });
    },
  };
};

const childEnv = (database: Database): NodeJS.ProcessEnv => {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return {
    ...rest,
    ...database.env,
    PORT: '0',
    // The browser flows send many requests a minute from one address, and keep many pages
    // (each with live subscriptions) open at once.
    FAHRPLAN_RATE_LIMIT_PER_MINUTE: '100000',
    FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
    FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN: '1000',
    FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS: '1000',
  };
};

const cli = async (env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> => {
  const { stdout } = await run(process.execPath, [CLI, ...args], { env, cwd: REPO });
  return stdout;
};

const createToken = async (env: NodeJS.ProcessEnv, role: Role): Promise<string> => {
  const out = await cli(env, 'token', 'create', '--role', role, '--name', `E2E ${role}`);
  const token = out.trim().split('\n').at(-1);
  if (!token) throw new Error(`token create printed no token: ${out}`);
  return token;
};

const waitForUrl = (server: ChildProcess, output: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /http:\/\/localhost:(\d+)/.exec(output.join(''));
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.once('exit', (code) =>
      reject(new Error(`server exited with ${code}:\n${output.join('')}`)),
    );
  });

const assertBuilt = () => {
  for (const built of [SERVER, CLI, WEB]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run "pnpm build" first.`);
  }
};

const serve = async (env: NodeJS.ProcessEnv) => {
  const server = spawn(process.execPath, [SERVER], { env, cwd: REPO, stdio: 'pipe' });
  const output: string[] = [];
  const url = await waitForUrl(server, output);
  return { server, url, output: () => output.join('') };
};

/**
 * The real app as `pnpm start` runs it (built API serving the built web app) on a fresh
 * database with the demo process, plus a token per role made with the operator CLI.
 */
export const startApp = async (): Promise<RunningApp> => {
  assertBuilt();
  const database = await freshDatabase();
  const env = childEnv(database);
  await cli(env, 'seed', '--demo');
  const tokens = {
    team: await createToken(env, 'team'),
    ministry: await createToken(env, 'ministry'),
    partner: await createToken(env, 'partner'),
  };
  const { server, url } = await serve(env);
  return { url, tokens, stop: stopping(server, database) };
};

/**
 * `pnpm start` on a fresh machine: an empty embedded database, which the server fills with the
 * demo and for which it prints a team and a ministry token, as the README says.
 */
export const startFirstRun = async (): Promise<RunningApp & { readonly printed: string }> => {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'fahrplan-first-'));
  const database: Database = {
    env: { FAHRPLAN_DATA_DIR: dir },
    // The server makes its signing key beside the data directory (see the README's Security).
    drop: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(`${dir}-signing-key.pem`, { force: true });
    },
  };
  const { server, url, output } = await serve(childEnv(database));
  const printed = output();
  const token = (label: string) => new RegExp(`${label}: (\\S+)`).exec(printed)?.[1] ?? '';
  return {
    url,
    printed,
    tokens: { team: token('Projektteam'), ministry: token('Ministerium'), partner: '' },
    stop: stopping(server, database),
  };
};

const stopping =
  (server: ChildProcess, database: Database): (() => Promise<void>) =>
  async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await database.drop();
  };
