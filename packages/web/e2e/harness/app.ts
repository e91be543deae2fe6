import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
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
/** Who signs in as a person: the token roles, and an admin (people and their roles). */
export type Person = Role | 'admin';

/** A person's sign-in: the e2e flows sign in as people; tokens remain for machine calls. */
export interface Account {
  readonly email: string;
  readonly password: string;
}

export interface RunningApp {
  readonly url: string;
  readonly tokens: Readonly<Record<Role, string>>;
  /** A person per role (in the default process), their password set through the set-up link. */
  readonly accounts: Readonly<Partial<Record<Person, Account>>>;
  readonly stop: () => Promise<void>;
}

export const E2E_PASSWORD = 'ein langes Passwort für die Browsertests';

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
    // An installation's own signing key, as the embedded default makes one beside its data:
    // the server signs a checkpoint at start.
    const signingKey = generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    return {
      env: { DATABASE_URL: url.toString(), FAHRPLAN_SIGNING_KEY: signingKey },
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

/** Registers a person with the CLI: answers their set-up link's path. */
const addUser = async (
  env: NodeJS.ProcessEnv,
  role: Person,
): Promise<{ email: string; setup: string }> => {
  const email = `e2e-${role}@example.org`;
  const out = await cli(
    env,
    'user',
    'add',
    '--name',
    `E2E ${role}`,
    '--email',
    email,
    '--role',
    role,
  );
  const setup = out.trim().split('\n').at(-1) ?? '';
  if (!setup.startsWith('/einrichten#')) throw new Error(`user add printed no link: ${out}`);
  return { email, setup };
};

/** A machine call to the running app's GraphQL API with a role's token; any error fails it. */
export const graphqlAs = async <T>(
  app: RunningApp,
  role: Role,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.tokens[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined) {
    throw new Error(`GraphQL as ${role}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
};

/** Sets the password through the set-up link, as the person would in the browser. */
export const completeSetup = async (url: string, setup: string): Promise<void> => {
  const response = await fetch(`${url}/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ secret: setup.split('#')[1], password: E2E_PASSWORD }),
  });
  if (!response.ok) throw new Error(`set-up answered ${response.status}`);
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
 * database with the demo process, plus a token per role made with the operator CLI; `extra`
 * adds to its environment.
 */
export const startApp = async (extra: NodeJS.ProcessEnv = {}): Promise<RunningApp> => {
  assertBuilt();
  const database = await freshDatabase();
  const env = { ...childEnv(database), ...extra };
  await cli(env, 'seed', '--demo');
  const tokens = {
    team: await createToken(env, 'team'),
    ministry: await createToken(env, 'ministry'),
    partner: await createToken(env, 'partner'),
  };
  const people = {
    team: await addUser(env, 'team'),
    ministry: await addUser(env, 'ministry'),
    partner: await addUser(env, 'partner'),
    admin: await addUser(env, 'admin'),
  };
  const { server, url } = await serve(env);
  const accounts: Partial<Record<Person, Account>> = {};
  for (const role of ['team', 'ministry', 'partner', 'admin'] as const) {
    await completeSetup(url, people[role].setup);
    accounts[role] = { email: people[role].email, password: E2E_PASSWORD };
  }
  return { url, tokens, accounts, stop: stopping(server, database) };
};

/**
 * The real app on a fresh database with the demo, with more environment (single sign-on) and
 * no tokens or accounts: people sign in at the identity provider the spec started.
 */
export const startAppWith = async (extra: NodeJS.ProcessEnv): Promise<RunningApp> => {
  assertBuilt();
  const database = await freshDatabase();
  const env = { ...childEnv(database), ...extra };
  await cli(env, 'seed', '--demo');
  const { server, url } = await serve(env);
  return {
    url,
    tokens: { team: '', ministry: '', partner: '' },
    accounts: {},
    stop: stopping(server, database),
  };
};

/**
 * `pnpm start` on a fresh machine: an empty embedded database, which the server fills with the
 * demo and for which it prints a team and a ministry token, as the README says.
 */
export const startFirstRun = async (): Promise<
  RunningApp & { readonly printed: string; readonly setupLink: string }
> => {
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
  // The set-up link comes right after the address.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const printed = output();
  const setupLink = /(http:\/\/\S+\/einrichten#\S+)/.exec(printed)?.[1] ?? '';
  return {
    url,
    printed,
    setupLink,
    tokens: { team: '', ministry: '', partner: '' },
    accounts: {},
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
