import { DataDirLockedError, lockDataDir } from '../database/index.js';

/**
 * Takes the lock of the data directory given as argument, says whether it got it, and holds it
 * for the given milliseconds: for tests of processes racing for one directory.
 */
const [dataDir = '', holdMs = '2000'] = process.argv.slice(2);
try {
  const lock = lockDataDir(dataDir);
  process.stdout.write('locked\n');
  setTimeout(() => {
    lock.release();
  }, Number(holdMs));
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  process.stdout.write(`refused ${error.pid}\n`);
}
