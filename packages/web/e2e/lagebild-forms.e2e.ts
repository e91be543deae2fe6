import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations, settled, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// The demo's Lagebild (packages/domain/src/demo/lagebild.ts): one measure, the Lotsen, owes its
// report to the open cycle "2. Halbjahr 2025" (deadline 2026-01-15) on any day after the demo,
// whatever the clock says. The flows change the demo, so they run in this order: report,
// values, filter (reads), completion (ends the measure) last.
const LOTSEN = 'Digitalisierungslotsen Sachsen';
const KMU = 'Anteil der KMU mit Digitalisierungsprojekt';
const BETRIEBE = 'Von Lotsen beratene Betriebe (kumuliert)';
const KI = 'Lotsenangebot um Künstliche Intelligenz erweitert';
const HEADERS = [
  'Kennzahl-ID',
  'Version',
  'Kennzahl',
  'Einheit',
  'Maßnahme',
  'Wert',
  'Stichtag',
  'Quelle',
];

const openLagebild = async (page: Page, query = '') => {
  await page.goto(`${WERKSTATT}/lagebild${query}`);
  await page.getByRole('heading', { level: 1, name: 'Lagebild' }).waitFor();
  await settled(page);
};

const cycleRegion = (page: Page) => page.getByRole('region', { name: 'Offener Berichtszyklus' });
const reportRegion = (page: Page) => page.getByRole('region', { name: 'Sachstandsbericht' });
const notice = (page: Page, text: string) =>
  page.getByRole('status').getByText(text, { exact: true }).waitFor();

/** From the Lagebild's missing reports to the measure's report form, as the team. */
const submitReport = async (page: Page, narrative: string, button: string) => {
  await openLagebild(page);
  await cycleRegion(page)
    .getByRole('link', { name: `Bericht zu „${LOTSEN}“ einreichen` })
    .click();
  await page.getByRole('heading', { level: 1, name: LOTSEN }).waitFor();
  await settled(page);
  await reportRegion(page).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Sachstand/).fill(narrative);
  await dialog.getByLabel('Ampel').selectOption('AMBER');
  await dialog.getByLabel(/^Begründung/).fill('Die KI-Erweiterung liegt weiter zurück.');
  return dialog;
};

describe('Lagebild: reports, values, reviews and completion in the browser', () => {
  const e2e = runningApp();

  it('takes a status report in one form, which the ministry returns and then accepts', async () => {
    const team = await e2e.page({ role: 'team' });
    const dialog = await submitReport(
      team,
      'Das Lotsennetz arbeitet landesweit; die KI-Erweiterung ist ausgeschrieben.',
      'Sachstandsbericht einreichen',
    );
    // A figure without its source is refused beside its row before anything is sent.
    await dialog.getByLabel(`Wert: ${KMU} (%)`).fill('36,5');
    await dialog.getByRole('button', { name: 'Sachstandsbericht einreichen' }).click();
    await dialog.getByText('Bitte die Quelle nennen.').waitFor();
    await dialog.getByLabel(`Quelle: ${KMU}`).fill('IAB-Betriebspanel Sachsen 2025');
    expect(await seriousA11yViolations(team)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sachstandsbericht einreichen' }).click();
    await notice(team, 'Der Sachstandsbericht ist eingereicht; das Ministerium prüft ihn.');
    await reportRegion(team).getByText('Eingereicht, wartet auf Prüfung').waitFor();
    // The figure came along: it stands in the indicator's table with its source.
    await team.getByRole('cell', { name: 'IAB-Betriebspanel Sachsen 2025' }).waitFor();

    const ministry = await e2e.page({ role: 'ministry' });
    await openLagebild(ministry);
    const review = cycleRegion(ministry);
    await review.getByText(/Das Lotsennetz arbeitet landesweit/).waitFor();
    await review.getByRole('button', { name: `Bericht zu „${LOTSEN}“ zurückgeben` }).click();
    const giveBack = ministry.getByRole('dialog');
    await giveBack.getByRole('button', { name: 'Zurückgeben' }).click();
    // Returning needs a reason: the API's refusal stands beside the field.
    await giveBack
      .locator('.field--invalid')
      .getByText(/Begründung|reason/i)
      .first()
      .waitFor();
    await giveBack.getByLabel(/^Begründung/).fill('Bitte den Stand der Ausschreibung beziffern.');
    await giveBack.getByRole('button', { name: 'Zurückgeben' }).click();
    await notice(ministry, 'Der Bericht ist an das Team zurückgegeben.');
    await review.getByText('(zurückgegeben, nicht erneut eingereicht)').waitFor();
    expect(await seriousA11yViolations(ministry)).toEqual([]);

    const again = await submitReport(
      team,
      'Die Ausschreibung der KI-Erweiterung läuft bis März; drei Angebote liegen vor.',
      'Bericht erneut einreichen',
    );
    await again.getByRole('button', { name: 'Sachstandsbericht einreichen' }).click();
    await notice(team, 'Der Sachstandsbericht ist eingereicht; das Ministerium prüft ihn.');

    await openLagebild(ministry);
    await review.getByRole('button', { name: `Bericht zu „${LOTSEN}“ annehmen` }).click();
    await ministry.getByRole('dialog').getByRole('button', { name: 'Annehmen' }).click();
    await notice(ministry, 'Der Bericht ist angenommen.');
    await review.getByText('Kein Bericht wartet auf Prüfung.').waitFor();
    await review.getByText(/: 1 Bericht eingereicht, 0 fehlen$/).waitFor();
  });

  it('reports indicator values in bulk with one Enter, all or none, refused rows beside their errors', async () => {
    const team = await e2e.page({ role: 'team' });
    await openLagebild(team);
    await cycleRegion(team).getByRole('link', { name: 'Kennzahlenwerte melden' }).click();
    await team.getByRole('heading', { level: 1, name: 'Kennzahlenwerte melden' }).waitFor();
    await settled(team);

    // The table reads in row order: from a row's value, Tab goes on to its reference date.
    await team.getByLabel(`Wert: ${KMU}`).focus();
    await team.keyboard.press('Tab');
    expect(await team.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Stichtag: ${KMU}`,
    );
    await team.getByLabel(`Wert: ${KMU}`).fill('viel');
    await team.getByLabel(`Quelle: ${KMU}`).fill('IAB-Betriebspanel Sachsen 2025, Nachtrag');
    await team.getByLabel(`Wert: ${BETRIEBE}`).fill('1450');
    await team.getByLabel(`Stichtag: ${BETRIEBE}`).fill('2012-12-31');
    await team.getByLabel(`Quelle: ${BETRIEBE}`).fill('Lotsenstatistik 2025');
    // Enter in any field sends the whole table.
    await team.getByLabel(`Quelle: ${BETRIEBE}`).press('Enter');
    // The unreadable figure stops everything before sending.
    await team.getByText('Bitte eine Zahl eingeben, z. B. 12,5.').waitFor();
    await team.getByText('Eine Zeile ist unvollständig; es wurde nichts gemeldet.').waitFor();

    await team.getByLabel(`Wert: ${KMU}`).fill('38');
    await team.getByLabel(`Wert: ${KMU}`).press('Enter');
    // The API refuses the value dated before the baseline, beside that row's date; the table is
    // one write, so the other row is not saved either and keeps its input.
    const betriebe = team.getByRole('row').filter({ hasText: BETRIEBE });
    const kmu = team.getByRole('row').filter({ hasText: KMU });
    await betriebe.getByText(/liegt vor dem Ausgangswert/).waitFor();
    expect(await betriebe.getByLabel(`Stichtag: ${BETRIEBE}`).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await team.getByText(/^Nichts gemeldet: eine Zeile wurde abgelehnt/).waitFor();
    expect(await kmu.getByLabel(`Wert: ${KMU}`).inputValue()).toBe('38');
    expect(await kmu.getByText('Gemeldet').count()).toBe(0);
    expect(await seriousA11yViolations(team)).toEqual([]);

    await betriebe.getByLabel(`Stichtag: ${BETRIEBE}`).fill('2025-12-31');
    await team.getByRole('button', { name: 'Alle Werte melden' }).click();
    await betriebe.getByText('Gemeldet').waitFor();
    await kmu.getByText('Gemeldet').waitFor();
    await team.getByText('2 Werte gemeldet.').waitFor();
    expect(await kmu.getByLabel(`Wert: ${KMU}`).inputValue()).toBe('');

    // The same table in Excel: download it, enter a new figure, check it, report it.
    const sheet = team.getByRole('region', { name: 'Werte als Excel-Tabelle' });
    const [download] = await Promise.all([
      team.waitForEvent('download'),
      sheet.getByRole('button', { name: 'Tabelle herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kennzahlwerte.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows = workbook.worksheets[0] as ExcelJS.Worksheet;
    const header = (rows.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(HEADERS);
    const kmuRow = [2, 3, 4, 5, 6, 7, 8].find((n) => rows.getRow(n).getCell(3).value === KMU);
    if (!kmuRow) throw new Error('no row of the KMU indicator in the download');
    // The latest value is in the file, its day as a date.
    expect(rows.getRow(kmuRow).getCell(6).value).toBe(38);
    expect(rows.getRow(kmuRow).getCell(7).value).toBeInstanceOf(Date);
    const upload = async (value: ExcelJS.CellValue) => {
      rows.getRow(kmuRow).getCell(6).value = value;
      rows.getRow(kmuRow).getCell(8).value = 'IAB-Betriebspanel Sachsen, Hochrechnung';
      await sheet.getByLabel('Datei').setInputFiles({
        name: 'kennzahlwerte.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
      await sheet.getByRole('button', { name: 'Prüfen' }).click();
    };
    await upload('viel');
    await expect
      .poll(() => sheet.getByRole('row').filter({ hasText: 'keine Zahl' }).textContent())
      .toMatch(new RegExp(`^${kmuRow}\\s*Wert\\s*„viel“ ist keine Zahl`));
    await upload(39.5);
    await sheet.getByText(/^1 neuer Wert, \d+ unverändert\.$/).waitFor();
    await sheet.getByRole('button', { name: 'Den neuen Wert melden' }).click();
    await sheet.getByText('Übernommen (2 Ereignisse).').waitFor();
    await kmu.getByText(/zuletzt 39,5/).waitFor();
  });

  it('filters the Lagebild by action field, kept in the address, with the funnel’s median days', async () => {
    const ministry = await e2e.page({ role: 'ministry' });
    await openLagebild(ministry);
    const filter = ministry.getByLabel('Handlungsfeld');
    const options = await filter.locator('option').allTextContents();
    const lotsenField = 'Digitalisierung in der mittelständischen Industrie';
    const other = options.find(
      (option) => option !== lotsenField && option !== 'Alle Handlungsfelder',
    );
    if (!other) throw new Error(`no other action field among ${options.join(', ')}`);

    await filter.selectOption({ label: other });
    await ministry.waitForURL((url) => url.searchParams.has('handlungsfeld'));
    await ministry
      .getByRole('region', { name: 'Kennzahlen' })
      .getByText('Noch keine Kennzahlen.')
      .waitFor();

    await filter.selectOption({ label: lotsenField });
    await ministry.getByRole('heading', { level: 3, name: KMU }).waitFor();
    const address = new URL(ministry.url());
    // The address alone brings the same picture back.
    const again = await e2e.page({ role: 'ministry' });
    await openLagebild(again, address.search);
    expect(await again.getByLabel('Handlungsfeld').locator('option:checked').textContent()).toBe(
      lotsenField,
    );
    await again.getByRole('heading', { level: 3, name: KMU }).waitFor();
    await again
      .getByRole('table', { name: 'Mittlere Dauer je Stufe (Median, in Tagen)' })
      .getByRole('columnheader', { name: 'Bis beschlossen' })
      .waitFor();
    expect(await seriousA11yViolations(again)).toEqual([]);
  });

  it('marks the overdue milestone on the roadmap with how long', async () => {
    const page = await e2e.open(`${WERKSTATT}/?stand=2026-11-25`, { role: 'partner' });
    await settled(page);
    const late = page.getByRole('listitem').filter({ hasText: KI }).last();
    await late.getByText('seit 148 Tagen überfällig').waitFor();
    await page.getByText('Meilenstein überfällig').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('completes a measure only on the team’s request with evidence and the ministry’s confirmation', async () => {
    const team = await e2e.open(`${WERKSTATT}/lagebild`, { role: 'team' });
    await settled(team);
    await team
      .getByRole('region', { name: 'Maßnahmen nach Ampel' })
      .getByRole('link', { name: LOTSEN })
      .click();
    await team.getByRole('heading', { level: 1, name: LOTSEN }).waitFor();
    await settled(team);
    await team.getByRole('button', { name: 'Abschluss beantragen' }).click();
    const request = team.getByRole('dialog');
    await request.getByRole('button', { name: 'Abschluss beantragen' }).click();
    // Evidence before done: refused without it.
    await request.locator('details.evidence .field__error').waitFor();
    await request
      .getByLabel('Beleg: Dokument oder Aktenzeichen')
      .fill('Abschlussbericht Lotsennetz 2026');
    await request.getByRole('button', { name: 'Abschluss beantragen' }).click();
    await notice(team, 'Der Abschluss ist beantragt; das Ministerium prüft ihn.');
    await team.getByText('Abschluss beantragt am').waitFor();

    const ministry = await e2e.open(team.url(), { role: 'ministry' });
    await ministry.getByRole('heading', { level: 1, name: LOTSEN }).waitFor();
    await settled(ministry);
    await ministry.getByRole('button', { name: 'Abschluss zurückweisen' }).waitFor();
    expect(await seriousA11yViolations(ministry)).toEqual([]);
    await ministry.getByRole('button', { name: 'Abschluss bestätigen' }).click();
    await ministry
      .getByRole('dialog')
      .getByRole('button', { name: 'Abschluss bestätigen' })
      .click();
    await notice(ministry, 'Die Maßnahme ist abgeschlossen.');
    await ministry.getByText('Abgeschlossen', { exact: true }).first().waitFor();
  });
});
