import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file inside a PGlite data directory. */
export const LOCK_FILE = 'fahrplan.lock';

/** Exit code of a process refused because another owns the data directory (sysexits EX_TEMPFAIL). */
export const EXIT_DATA_DIR_LOCKED = 75;

interface LockOwner {
  readonly pid: number;
  /** For the operator reading the file; a PID is checked only on this machine anyway. */
  readonly host: string;
  readonly nonce: string;
}

/** Another live process holds the data directory; nothing was opened. */
export class DataDirLockedError extends Error {
  readonly exitCode = EXIT_DATA_DIR_LOCKED;

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Fahrplan läuft bereits auf diesem Datenverzeichnis (PID ${pid}); Befehl über die laufende Instanz ausführen oder diese beenden. (${dataDir})`,
    );
    this.name = 'DataDirLockedError';
  }
}

const readOwner = (path: string): LockOwner | undefined => {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.nonce === 'string'
      ? { pid: owner.pid, host: String(owner.host ?? ''), nonce: owner.nonce }
      : undefined;
  } catch {
    // Unreadable (damaged by hand or disk): nobody's lock.
    return undefined;
  }
};

/** Locks this process holds: a lock naming this PID but not one of these is a former life's. */
const held = new Set<string>();

/**
 * Whether the lock's owner still runs. A restarted container gives the server the same PID again,
 * so this PID counts as alive only for a lock this process took itself.
 */
const isAlive = (owner: LockOwner): boolean => {
  if (owner.pid === process.pid) return held.has(owner.nonce);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isErrno = (error: unknown, code: string): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === code;

/**
 * Creates the lock file only if none exists, whole: written beside it first, then hard-linked
 * into place, which fails if the name exists (like O_EXCL) and never shows a half-written file.
 */
const tryCreate = (path: string, owner: LockOwner): boolean => {
  const draft = `${path}.${owner.nonce}.tmp`;
  writeFileSync(draft, JSON.stringify({ ...owner, since: new Date().toISOString() }), {
    flag: 'wx',
  });
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
};

/**
 * Moves a dead owner's lock aside. `rename` is atomic, so of two processes taking over the same
 * stale lock only one moves it; should the other have moved a lock the winner just created, it
 * sees a live owner in what it moved and puts it back.
 */
const removeStale = (path: string, stale: LockOwner | undefined): void => {
  const aside = `${path}.${process.pid}.${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && moved.nonce !== stale?.nonce && isAlive(moved)) {
    renameSync(aside, path);
    return;
  }
  unlinkSync(aside);
};

export interface DataDirLock {
  /** Removes the lock file if it is still this process's. Idempotent. */
  release(): void;
}

/**
 * Takes the data directory for this process alone: PGlite is a single-process database, and a
 * second process opening the same files reads stale pages and overwrites the first one's writes.
 * A lock left by a process that is gone (kill -9, power loss) is taken over.
 *
 * @example
 * const lock = lockDataDir('./data'); // throws DataDirLockedError while another process runs
 * try { … } finally { lock.release(); }
 */
export const lockDataDir = (dataDir: string): DataDirLock => {
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), nonce: randomUUID() };
  for (let attempt = 0; !tryCreate(path, owner); attempt++) {
    const current = readOwner(path);
    // This process itself counts too: two PGlite instances on one directory break it as well.
    if (current && isAlive(current)) throw new DataDirLockedError(dataDir, current.pid);
    if (attempt >= 3) throw new Error(`Could not take the lock ${path}`);
    removeStale(path, current);
  }
  held.add(owner.nonce);
  const release = (): void => {
    if (!held.delete(owner.nonce)) return;
    process.off('exit', release);
    if (readOwner(path)?.nonce === owner.nonce) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
  // process.exit (also from a SIGTERM/SIGINT handler) runs 'exit' listeners synchronously.
  process.on('exit', release);
  return { release };
};
