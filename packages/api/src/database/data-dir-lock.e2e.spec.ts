import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../testing/run-source.js';
import { type ServerProcess, startServer, stopServer } from '../testing/server-process.js';
import { disableAppendOnly } from '../testing/superuser.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { connect, EXIT_DATA_DIR_LOCKED } from './index.js';

const REFUSAL = 'Fahrplan läuft bereits auf diesem Datenverzeichnis';

const cli = (args: readonly string[], env: Record<string, string>) =>
  runToEnd('src/cli/main.ts', args, env);

// PostgreSQL serves many processes; only the embedded PGlite has one owner.
// Each step starts real processes (a server seeds the demo): slow on a busy machine.
const PROCESS_TIMEOUT = 240_000;

describe.runIf(testDatabaseKind() === 'pglite')('one process owns a PGlite data directory', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;
  const lockFile = () => join(dataDir, 'fahrplan.lock');

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fahrplan-lock-'));
    env = { DATABASE_URL: '', FAHRPLAN_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'refuses CLI commands and a second server while the server runs, changing nothing',
    async () => {
      server = await startServer(env);
      const pid = server.child.pid;
      expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid });

      for (const args of [['rebuild'], ['export', '--out', join(dataDir, 'x.ndjson')]]) {
        const refused = await cli(args, env);
        expect(refused.stderr).toContain(`${REFUSAL} (PID ${pid})`);
        expect(refused.stdout).toBe('');
        expect(refused.code).toBe(EXIT_DATA_DIR_LOCKED);
      }
      const verify = await cli(['verify'], env);
      expect(verify.stderr).toContain(`NOT CHECKED: ${REFUSAL} (PID ${pid})`);
      expect(verify.code).toBe(2);

      const second = await runToEnd('src/main.ts', [], { ...env, PORT: '0' });
      expect(second.stderr).toContain(`${REFUSAL} (PID ${pid})`);
      expect(second.code).toBe(EXIT_DATA_DIR_LOCKED);

      // The running server still works, and still owns the directory.
      expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid });
    },
    PROCESS_TIMEOUT,
  );

  it(
    'runs token commands through the running server, and they hold after a restart',
    async () => {
      if (!server) throw new Error('no server');
      const viewerRole = async (token: string) => {
        const response = await fetch(`${server?.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ viewer { role } }' }),
        });
        return response.status === 200
          ? ((await response.json()) as { data: { viewer: { role: string } } }).data.viewer.role
          : response.status;
      };
      const create = async (name: string) => {
        const created = await cli(['token', 'create', '--role', 'team', '--name', name], env);
        expect(created.stderr).toContain(`Über den laufenden Server (PID ${server?.child.pid})`);
        expect(created.code).toBe(0);
        const [, id] = /Token (\w+) /.exec(created.stdout) ?? [];
        return { id: id ?? '', token: created.stdout.trim().split('\n').at(-1) ?? '' };
      };
      const kept = await create('Bleibt');
      const revoked = await create('Widerrufen');
      expect(await viewerRole(kept.token)).toBe('team');
      expect(await viewerRole(revoked.token)).toBe('team');

      const revoke = await cli(['token', 'revoke', revoked.id], env);
      expect(revoke.stdout).toContain(`Token ${revoked.id} revoked.`);
      expect(revoke.code).toBe(0);
      expect(await viewerRole(revoked.token)).toBe(401);
      const again = await cli(['token', 'revoke', revoked.id], env);
      expect(again.code).toBe(1);
      const list = await cli(['token', 'list'], env);
      expect(list.stdout).toMatch(new RegExp(`${revoked.id} .*revoked .*Widerrufen`));
      expect(list.stdout).toMatch(new RegExp(`${kept.id} .*active .*Bleibt`));

      // The operator routes answer only with the data directory's secret.
      const forged = await fetch(`${server.url}/operator/tokens`, {
        headers: { authorization: 'Bearer geraten' },
      });
      expect(forged.status).toBe(403);

      await stopServer(server);
      server = await startServer(env);
      expect(await viewerRole(kept.token)).toBe('team');
      expect(await viewerRole(revoked.token)).toBe(401);
    },
    PROCESS_TIMEOUT,
  );

  it(
    'takes over the lock of a server killed with SIGKILL',
    async () => {
      const killed = server;
      if (!killed) throw new Error('no server');
      killed.child.kill('SIGKILL');
      expect(await stopServer(killed)).toBeNull();
      expect(existsSync(lockFile())).toBe(true);

      server = await startServer(env);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: server.child.pid });
    },
    PROCESS_TIMEOUT,
  );

  it(
    'frees the directory on SIGTERM, so the CLI runs: verify exits 0, then 1 once tampered',
    async () => {
      if (!server) throw new Error('no server');
      expect(await stopServer(server)).toBe(0);
      server = undefined;
      expect(existsSync(lockFile())).toBe(false);

      const intact = await cli(['verify'], env);
      expect(intact.stdout).toMatch(/^OK: \d+ events verified/);
      expect(intact.code).toBe(0);
      expect(existsSync(lockFile())).toBe(false);

      const database = await connect({ kind: 'pglite', dataDir });
      await disableAppendOnly(database); // as a superuser would
      await database.rows(sql`UPDATE events SET data = '{"title":"Gefälscht"}'
                            WHERE id = (SELECT event_id FROM event_chain WHERE position = 2)`);
      await database.close();
      const tampered = await cli(['verify'], env);
      expect(tampered.stderr).toContain('TAMPERED at position 2');
      expect(tampered.code).toBe(1);
    },
    PROCESS_TIMEOUT,
  );

  it('refuses a second open in the same process too, and frees the directory on close', async () => {
    const database = await connect({ kind: 'pglite', dataDir });
    await expect(connect({ kind: 'pglite', dataDir })).rejects.toThrow(
      `${REFUSAL} (PID ${process.pid})`,
    );
    await database.close();
    expect(existsSync(lockFile())).toBe(false);
  });
});

describe('pnpm fahrplan verify when the database cannot be read', () => {
  it(
    'exits 2, never 1: not checked is not tampered',
    async () => {
      const unreachable = await cli(['verify'], {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
      });
      expect(unreachable.stderr).toContain('NOT CHECKED');
      expect(unreachable.code).toBe(2);
    },
    PROCESS_TIMEOUT,
  );
});
