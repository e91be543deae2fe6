import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

/** PostgreSQL refuses to run as root: then its binaries run as the `postgres` OS user. */
const run = (program: string, args: readonly string[]): void => {
  const asRoot = userInfo().uid === 0;
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(BIN, program), ...args]]
    : [join(BIN, program), [...args]];
  execFileSync(file, argv, { stdio: 'pipe' });
};

export interface ThrowawayPostgres {
  readonly url: string;
  readonly port: number;
  /** `pg_ctl stop -m immediate`: like a crash or a pulled cable, no goodbye to clients. */
  stop(): void;
  start(): void;
  /** Stops it and deletes its files. */
  destroy(): void;
}

/** A folder of the test's own that PostgreSQL (running as `postgres` under root) may write. */
const ownFolder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'fahrplan-pg-'));
  if (userInfo().uid === 0) {
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres'])),
      Number(execFileSync('id', ['-g', 'postgres'])),
    );
  }
  return dir;
};

/** Starts the server in `dir/data` and hands back how to stop, restart and remove it. */
const serve = (dir: string, port: number): ThrowawayPostgres => {
  const data = join(dir, 'data');
  const start = (): void =>
    run('pg_ctl', [
      'start',
      '-w',
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    ]);
  const stop = (): void => run('pg_ctl', ['stop', '-m', 'immediate', '-w', '-D', data]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/**
 * A PostgreSQL cluster of a test's own, on its own port and folder, so a test can stop it without
 * touching the machine's shared server. Trust authentication on 127.0.0.1 only (replication
 * connections included: initdb's defaults allow them from 127.0.0.1).
 */
export const startThrowawayPostgres = (port: number): ThrowawayPostgres => {
  const dir = ownFolder();
  run('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  return serve(dir, port);
};

/**
 * A hot standby of `primary` on `port`, as an operator makes one: `pg_basebackup -R` (a base
 * backup that starts as a standby streaming from the primary), then started. Read-only.
 */
export const startThrowawayStandby = (
  primary: ThrowawayPostgres,
  port: number,
): ThrowawayPostgres => {
  const dir = ownFolder();
  run('pg_basebackup', [
    '-D',
    join(dir, 'data'),
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '--no-sync',
  ]);
  return serve(dir, port);
};
