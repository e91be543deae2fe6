import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts one of the package's TypeScript entry points as a real child process (via tsx); from
 * another copy of the package with `packageRoot` (an older release, see rolling-upgrade tests).
 */
export const runSource = (
  entry: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
  packageRoot = PACKAGE_ROOT,
): ChildProcess =>
  spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args], {
    cwd: packageRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Runs an entry point to its end and collects its exit code and output. */
export const runToEnd = (
  entry: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = runSource(entry, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
