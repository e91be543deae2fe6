import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startFirstRun } from './harness/app.js';
import { launchBrowser, openPage, screenshot, seriousA11yViolations } from './harness/browser.js';

// The first start is the embedded database's: with DATABASE_URL the server prints no tokens.
describe.skipIf(Boolean(process.env.DATABASE_URL))('first start and sign-in', () => {
  let app: RunningApp & { printed: string };
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startFirstRun(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('serves the app at / with the demo and prints a token for team and ministry', async () => {
    expect(app.tokens.team).toMatch(/\S{20,}/);
    expect(app.tokens.ministry).toMatch(/\S{20,}/);
    const page = await openPage(browser, app);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.context().close();
  });

  it('signs in with a printed token, shows the role, and signs out', async () => {
    const page = await openPage(browser, app);
    await page.goto('/sign-in');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Zugangstoken').fill('kein-gültiges-token');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // Shown beside the field, and the field is marked invalid for screen readers.
    await page.getByText('Dieses Token ist ungültig oder widerrufen.').waitFor();
    await expect(page.getByLabel('Zugangstoken').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Zugangstoken').fill(app.tokens.ministry);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByTestId('session-role').getByText('Ministerium').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('fahrplan.token'))).toBe(
      app.tokens.ministry,
    );

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('fahrplan.token'))).toBeNull();
    await page.context().close();
  });

  it('switches to English and keeps the choice', async () => {
    const page = await openPage(browser, app, { role: 'team' });
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
