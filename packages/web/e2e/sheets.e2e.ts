import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// From the demo seed: a 2017 workshop of the action field Digitalisierung, held.
const WORKSHOP = 'Werkstatt Testfelder und Reallabore';

/** A protocol as German Excel saves it as CSV: Windows-1252 (Latin-1 here), semicolons, CRLF. */
const protocol = (sector: string) =>
  Buffer.from(
    [
      'Titel;Text;Sektor;Einreicher/in;Einwilligung',
      'Sprechstunde im Reallabor;Kleine Betriebe brauchen feste Sprechstunden.;Wirtschaft;Jörg Müller;ja',
      `Offene Daten aus Testfeldern;Die Messdaten der Testfelder sollen offen sein.;${sector};;`,
    ].join('\r\n'),
    'latin1',
  );

describe('a workshop protocol from Excel, and the list as Excel sheet', () => {
  const e2e = runningApp();

  const openWorkshop = async (): Promise<Page> => {
    const page = await e2e.open('/meetings', { role: 'team', locale: 'de' });
    await page.getByRole('link', { name: WORKSHOP }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    return page;
  };

  it('checks the file, shows the bad row and column, and imports all rows once fixed', async () => {
    const page = await openWorkshop();
    const section = page.getByRole('region', { name: 'Vorschläge aus einem Protokoll übernehmen' });
    const file = section.getByLabel('Datei');
    await file.setInputFiles({
      name: 'protokoll.csv',
      mimeType: 'text/csv',
      buffer: protocol('Wirtshaft'),
    });
    await section.getByRole('button', { name: 'Prüfen' }).click();
    const problem = section.getByRole('row').filter({ hasText: 'Sektor' });
    await problem.waitFor();
    await expect
      .poll(() => problem.textContent())
      .toMatch(/^3\s*Sektor\s*„wirtshaft“ ist keiner der Werte/);
    await expect(section.getByRole('button', { name: /übernehmen$/ }).count()).resolves.toBe(0);
    expect.soft(await seriousA11yViolations(page)).toEqual([]);

    await file.setInputFiles({
      name: 'protokoll.csv',
      mimeType: 'text/csv',
      buffer: protocol('Wissenschaft'),
    });
    await section.getByRole('button', { name: 'Prüfen' }).click();
    await section.getByText('2 neu, 0 schon übernommen.').waitFor();
    await section.getByRole('button', { name: 'Alle 2 neuen Vorschläge übernehmen' }).click();
    await section.getByText('2 Vorschläge übernommen.').waitFor();
    await page.getByRole('link', { name: 'Offene Daten aus Testfeldern' }).first().waitFor();

    // The same file again adds nothing.
    await section.getByRole('button', { name: 'Prüfen' }).click();
    await section.getByText('0 neu, 2 schon übernommen.').waitFor();
    await page.close();
  });

  it('downloads the meeting’s suggestions as a workbook with German headers', async () => {
    const page = await openWorkshop();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Excel-Tabelle' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('vorschlaege.xlsx');
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toContain('Einreicher/in');
    const titles: unknown[] = [];
    sheet?.eachRow((row) => titles.push(row.getCell(2).value));
    expect(titles).toContain('Sprechstunde im Reallabor');
    await page.close();
  });
});
