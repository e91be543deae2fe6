import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Role, type RunningApp, startApp } from './app.js';
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

/**
 * An admin's screen as someone else sees it: no entry in the menu, and at its address only the
 * refusal (the text, or a pattern of it).
 */
export const expectAdminOnly = async (
  e2e: E2eRun,
  screen: {
    readonly role: Role;
    readonly menuEntry: string;
    readonly path: string;
    readonly refusal: string | RegExp;
  },
): Promise<void> => {
  const page = await e2e.open('/', { role: screen.role });
  await page.getByRole('link', { name: 'Fahrplan' }).first().waitFor();
  await expect(page.getByRole('link', { name: screen.menuEntry }).count()).resolves.toBe(0);
  await page.goto(screen.path);
  await page.getByText(screen.refusal).waitFor();
  await page.context().close();
};
