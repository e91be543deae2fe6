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
  /** `pg_ctl stop -m immediate`: like a crash or a pulled cable, no goodbye to clients. */
  stop(): void;
  start(): void;
  /** Stops it and deletes its files. */
  destroy(): void;
}

/**
 * A PostgreSQL cluster of a test's own, on its own port and folder, so a test can stop it without
 * touching the machine's shared server. Trust authentication on 127.0.0.1 only.
 */
export const startThrowawayPostgres = (port: number): ThrowawayPostgres => {
  const dir = mkdtempSync(join(tmpdir(), 'fahrplan-pg-'));
  if (userInfo().uid === 0) {
    const { uid, gid } = {
      uid: Number(execFileSync('id', ['-u', 'postgres'])),
      gid: Number(execFileSync('id', ['-g', 'postgres'])),
    };
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
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
