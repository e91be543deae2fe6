import { describe, expect, it } from 'vitest';
import { screenshot, seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// From the demo seed: a recommendation whose title holds "Weiterbildung" only inside a compound.
const COMPOUND = 'Weiterbildungsverbünde für digitale Kompetenzen';

describe('the search in the header', () => {
  const e2e = runningApp();

  it('opens with "/", finds a word inside a compound and leads to the item', async () => {
    const page = await e2e.open('/meetings', { role: 'team' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const field = page.getByRole('searchbox', { name: 'Alles durchsuchen', exact: true });
    // The shortcut is announced with the field.
    await expect(field.getAttribute('aria-keyshortcuts')).resolves.toContain('/');
    await page.locator('body').press('/');
    await expect(field.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('Weiterbildung');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Suche nach „Weiterbildung“' }).waitFor();
    const hits = page.getByRole('list', { name: 'Treffer' });
    const hit = hits.getByRole('listitem').filter({ hasText: COMPOUND });
    await hit.waitFor();
    await expect(hit.getByText('Handlungsempfehlung', { exact: true }).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'search-results', 'de');
    await hit.getByRole('link', { name: COMPOUND }).click();
    await page.getByRole('heading', { level: 1, name: COMPOUND }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/p\/industrie-der-zukunft\/recommendations\//);
    // A broad search shows 25 hits, and more below them on request.
    await page.locator('body').press('/');
    await page.keyboard.type('der');
    await page.keyboard.press('Enter');
    const broad = page.getByRole('list', { name: 'Treffer' }).getByRole('listitem');
    await page
      .getByRole('status')
      .filter({ hasText: '25 Treffer, beste zuerst; es gibt weitere.' })
      .waitFor();
    await expect(broad.count()).resolves.toBe(25);
    await page.getByRole('button', { name: 'Weitere Treffer anzeigen' }).click();
    await expect.poll(() => broad.count()).toBeGreaterThan(25);
    // No item twice: the next page starts after the last one shown.
    const links = await broad
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
    await page.context().close();
  });

  it('opens with Ctrl+K for the public, in English, narrowed to one kind', async () => {
    const page = await e2e.open('/', { locale: 'en', width: 360 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Control+K');
    const field = page.getByRole('searchbox', { name: 'Search everything', exact: true });
    await expect(field.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('mittelstand');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search for “mittelstand”' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Kind' })
      .getByRole('link', { name: 'Meeting' })
      .click();
    const hits = page.getByRole('list', { name: 'Results' });
    await hits
      .getByRole('link', { name: 'Werkstatt Digitalisierung im industriellen Mittelstand' })
      .waitFor();
    // Once the narrowed page has loaded, every hit is a meeting.
    await expect
      .poll(async () => new Set(await hits.locator('li .meta').allTextContents()))
      .toEqual(new Set(['Meeting']));
    // Nothing scrolls sideways on a phone.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'search-results-360', 'en');
    await page.context().close();
  });

  it('lets the team pick an origin by a word part, as the header search finds it', async () => {
    const page = await e2e.open('/project-ideas', { role: 'team' });
    await page
      .getByRole('link', { name: 'Lernfabrik Arbeit 4.0 für Ausbildung und Weiterbildung' })
      .click();
    await page.getByRole('button', { name: 'Ursprung verknüpfen' }).click();
    const dialog = page.getByRole('dialog');
    const field = dialog.getByRole('searchbox', { name: 'Suche', exact: true });
    // "/" typed into a field is text, not the shortcut.
    await field.fill('');
    await field.press('/');
    await expect(field.inputValue()).resolves.toBe('/');
    await field.fill('kreativ');
    await dialog
      .getByRole('radio', { name: /Industrie und Kreativwirtschaft zusammenbringen/ })
      .waitFor();
    await page.context().close();
  });
});
