import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

describe('the page Offene Daten', () => {
  const e2e = runningApp();

  it('is linked from the footer and downloads a CSV that German Excel reads, without signing in', async () => {
    const page = await e2e.open('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offene Daten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offene Daten' }).waitFor();
    await page
      .getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href$="/daten/industrie-der-zukunft/massnahmen.csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('industrie-der-zukunft-massnahmen.csv');
    const bytes = await readFile((await download.path()) ?? '');
    // UTF-8 with a byte order mark and `;` between cells: German Excel opens it as it is.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header?.split(';').slice(0, 3)).toEqual(['id', 'status', 'titel']);
    // The dictionary explains the columns just downloaded.
    await page.getByText('Maßnahmen (massnahmen)').click();
    await page.getByText('Zuletzt gemeldeter Fortschritt in Prozent').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'open-data', 'de');
  });

  it('reads in English on request', async () => {
    const page = await e2e.open('/offene-daten', { locale: 'en' });
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await page
      .getByRole('link', { name: /^Measures JSON/ })
      .first()
      .waitFor();
  });
});
