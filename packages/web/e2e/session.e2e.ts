import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_PASSWORD, type RunningApp, startFirstRun } from './harness/app.js';
import { launchBrowser, openPage, screenshot, seriousA11yViolations } from './harness/browser.js';

// The first start is the embedded database's: with DATABASE_URL the server prints no set-up link.
describe.skipIf(Boolean(process.env.DATABASE_URL))('first start and sign-in', () => {
  let app: RunningApp & { printed: string; setupLink: string };
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startFirstRun(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('serves the app at / with the demo and prints a one-time set-up link', async () => {
    expect(app.setupLink).toMatch(/\/einrichten#[\w-]{40,}$/);
    expect(app.printed).not.toMatch(/Zugangstoken/);
    const page = await openPage(browser, app);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.context().close();
  });

  it('sets the password with the link, stays signed in in a new tab, and signs out', async () => {
    const page = await openPage(browser, app);
    await page.goto(new URL(app.setupLink).pathname + new URL(app.setupLink).hash);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Neues Passwort').fill(E2E_PASSWORD);
    await page.getByLabel('Passwort wiederholen').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Passwort festlegen und anmelden' }).click();
    await page.getByTestId('session-role').getByText('Administration').waitFor();

    // A new tab (a bookmark) of the same browser is signed in too: the cookie holds.
    const second = await page.context().newPage();
    await second.goto('/');
    await second.getByTestId('session-role').getByText('Administration').waitFor();
    await second.close();

    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();

    await page.goto('/sign-in');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill('admin@fahrplan.local');
    await page.getByLabel('Passwort').fill('kein richtiges Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('E-Mail-Adresse oder Passwort stimmen nicht.').waitFor();
    await expect(page.getByLabel('Passwort').getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Passwort').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByTestId('session-role').getByText('Administration').waitFor();
    await page.getByRole('button', { name: 'Überall abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await page.context().close();
  });

  it('switches to English and keeps the choice', async () => {
    const page = await openPage(browser, app);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, 'sign-in', 'en');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.context().close();
  });
});
