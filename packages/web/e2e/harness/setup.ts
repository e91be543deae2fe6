import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningApp, startApp } from './app.js';
import { launchBrowser } from './browser.js';

/**
 * One app on a fresh database and one browser for all tests of a file (starting them takes
 * seconds), handed over once both run; both are stopped after the file's last test.
 */
export const withRunningApp = (
  use: (running: { readonly app: RunningApp; readonly browser: Browser }) => void,
  env: NodeJS.ProcessEnv = {},
): void => {
  let running: { app: RunningApp; browser: Browser } | undefined;
  beforeAll(async () => {
    const [app, browser] = await Promise.all([startApp(env), launchBrowser()]);
    running = { app, browser };
    use(running);
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.app.stop();
  });
};
