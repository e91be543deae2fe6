import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../testing/run-source.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';

let dataDir: string;
const lockFile = () => join(dataDir, LOCK_FILE);

/** The PID of a process that has ended. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid ?? 0;
};

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fahrplan-lock-race-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the data directory lock', () => {
  it('goes to exactly one of several processes taking over a dead owner’s lock at once', async () => {
    const dead = deadPid();
    writeFileSync(lockFile(), JSON.stringify({ pid: dead, host: 'x', nonce: 'dead' }));
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => runToEnd('src/testing/hold-lock.ts', [dataDir, '3000'], {})),
    );
    const said = outcomes.map((outcome) => outcome.stdout.trim());
    expect(said.filter((line) => line === 'locked')).toHaveLength(1);
    expect(said.filter((line) => line.startsWith('refused'))).toHaveLength(3);
    expect(said.some((line) => line === `refused ${dead}`)).toBe(false);
    // The winner released it on exit.
    expect(existsSync(lockFile())).toBe(false);
  }, 120_000);

  it('is taken over from a PID this process had in a former life (a restarted container)', () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: process.pid, host: 'x', nonce: 'former' }));
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).nonce).not.toBe('former');
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('treats an unreadable lock file as nobody’s', () => {
    writeFileSync(lockFile(), '');
    const lock = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
