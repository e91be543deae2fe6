import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `pnpm bench`: the event-store comparison, then the at-scale run at 10,000 events and at 1M (its
 * table shows both, so growth is visible).
 * `pnpm bench --quick`: the at-scale run at 10,000 events only (under 3 minutes).
 */
const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const node = (script: string, args: string[] = []) => {
  const { status } = spawnSync(process.execPath, [join(here, script), ...args], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
};
if (!quick) node('main.js');
node('scale.js', ['--quick']);
if (!quick) node('scale.js');
