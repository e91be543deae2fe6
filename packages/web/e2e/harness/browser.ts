import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PROCESS_SLUG } from '@fahrplan/domain';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Person, RunningApp } from './app.js';

export type Locale = 'de' | 'en';

/** The demo's StrategieWerkstatt: where its screens are (`/p/industrie-der-zukunft/…`). */
export const WERKSTATT = `/p/${DEFAULT_PROCESS_SLUG}`;

/** Test artifacts: screenshots of every flow, in German and English (gitignored). */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Debian's Chromium: browser downloads do not work here, and it needs no sandbox as root. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });

/** Who the page is signed in as (anonymous without a role), its language, width and zone. */
export interface PageOptions {
  readonly role?: Person;
  readonly locale?: Locale;
  readonly width?: number;
  readonly timeZone?: string;
}

/**
 * A fresh page (own storage and cookies) in the given language, signed in as the role's person
 * or anonymous: the sign-in goes through /auth/sign-in in the page's own cookie jar, as the
 * sign-in screen would do it.
 */
export const openPage = async (
  browser: Browser,
  app: RunningApp,
  options: PageOptions = {},
): Promise<Page> => {
  const context = await browser.newContext({
    baseURL: app.url,
    locale: options.locale === 'en' ? 'en-GB' : 'de-DE',
    // The browser's own zone; the app reckons days in the installation's (Europe/Berlin).
    timezoneId: options.timeZone ?? 'Europe/Berlin',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const account = options.role ? app.accounts[options.role] : undefined;
  if (options.role && !account) throw new Error(`no account for ${options.role}`);
  if (account) {
    const response = await context.request.post('/auth/sign-in', { data: account });
    if (!response.ok()) throw new Error(`sign-in as ${options.role} answered ${response.status()}`);
  }
  await context.addInitScript(
    ({ locale }) => {
      if (!localStorage.getItem('fahrplan.locale')) localStorage.setItem('fahrplan.locale', locale);
    },
    { locale: options.locale ?? 'de' },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
};

/** A demo item's Relay global id, as the app's addresses carry it. */
export const globalId = (kind: string, id: string): string =>
  encodeURIComponent(Buffer.from(`${kind}:${id}`).toString('base64'));

/** The screen has its heading and has finished loading. */
export const settled = async (page: Page): Promise<void> => {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
};

/** Collects what the page's Content-Security-Policy refused, as Chromium reports it. */
export const cspViolations = (page: Page): string[] => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
};

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core in the page against WCAG 2.1 A and AA; returns serious and critical violations. */
export const seriousA11yViolations = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated, not added as an inline <script>: the app's Content-Security-Policy refuses those.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
};

/** Saves a full-page screenshot as a test artifact, named by flow, step and language. */
export const screenshot = async (page: Page, name: string, locale: Locale = 'de') => {
  await mkdir(join(ARTIFACTS, 'screenshots'), { recursive: true });
  // The page from the top, at most 6,000 px of it: a long list ("Änderungen seit …" over the whole
  // demo is 56,000 px) takes Chromium longer to capture than a busy machine's timeout allows.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({
    path: join(ARTIFACTS, 'screenshots', `${name}.${locale}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, 6000) },
  });
};

declare global {
  interface Window {
    axe: typeof axe;
  }
}
