import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningApp, startApp } from './app.js';
import { launchBrowser, openPage, type PageOptions } from './browser.js';

/** A spec file's app and browser, and fresh pages on them (see `runningApp`). */
export interface E2eRun {
  /** The running app; read it inside a test (it starts in `beforeAll`). */
  readonly app: RunningApp;
  readonly browser: Browser;
  /** A fresh page (see `openPage`), not yet at any address. */
  readonly page: (options?: PageOptions) => Promise<Page>;
  /** A fresh page (see `openPage`) gone to the path. */
  readonly open: (path: string, options?: PageOptions) => Promise<Page>;
}

/**
 * One app on a fresh database and one browser for all tests of a file (starting them takes
 * seconds), started before the file's first test and stopped after its last; `env` adds to the
 * app's environment and is read when the app starts.
 *
 * @example
 * const e2e = runningApp();
 * it('shows the start page', async () => {
 *   const page = await e2e.open('/', { role: 'team' });
 * });
 */
export const runningApp = (env: NodeJS.ProcessEnv = {}): E2eRun => {
  let running: { app: RunningApp; browser: Browser } | undefined;
  beforeAll(async () => {
    const [app, browser] = await Promise.all([startApp(env), launchBrowser()]);
    running = { app, browser };
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.app.stop();
  });
  const started = () => {
    if (!running) throw new Error('the app starts before the first test: use it inside a test');
    return running;
  };
  const page = (options: PageOptions = {}) => openPage(started().browser, started().app, options);
  return {
    get app() {
      return started().app;
    },
    get browser() {
      return started().browser;
    },
    page,
    open: async (path, options) => {
      const opened = await page(options);
      await opened.goto(path);
      return opened;
    },
  };
};
