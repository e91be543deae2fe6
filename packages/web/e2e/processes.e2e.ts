import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { globalId, screenshot, seriousA11yViolations, settled } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// The demo's two processes (packages/domain/src/demo/processes.ts).
const run = promisify(execFile);

const WERKSTATT = 'StrategieWerkstatt: Industrie der ZUKUNFT.';
const FACHKRAEFTE = 'Fachkräftestrategie Sachsen 2030';
const WELCOME_CENTER = 'Welcome Center für Fachkräfte der Industrie';
const DIALOG_PHASE = 'Gespräche, Workshops und Veranstaltungen je Handlungsfeld';

describe('strategy processes', () => {
  const e2e = runningApp();

  it('lists both processes on the start page and leads into the second one, which shows only its items', async () => {
    const page = await e2e.open('/');
    await page.getByRole('heading', { level: 1, name: 'Strategieprozesse' }).waitFor();
    const werkstatt = page.getByRole('listitem').filter({ hasText: WERKSTATT });
    await werkstatt.getByText('Umsetzung bis 2030').waitFor();
    await expect(
      werkstatt.getByText(/^1\. Februar 2016 bis 31\. Dezember 2030$/).count(),
    ).resolves.toBe(1);
    const second = page.getByRole('listitem').filter({ hasText: FACHKRAEFTE });
    await second.getByText('Regionalforen').waitFor();
    await expect(
      second.getByText(/^1 Handlungsfeld, 1 Veranstaltung, 1 Vorschlag/).count(),
    ).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'processes-start');

    await page.getByRole('link', { name: FACHKRAEFTE }).click();
    await page.waitForURL((url) => url.pathname === '/p/fachkraefte-2030/');
    await page.getByRole('heading', { level: 2, name: FACHKRAEFTE }).waitFor();
    await page.getByRole('link', { name: 'Veranstaltungen' }).click();
    await page.waitForURL((url) => url.pathname === '/p/fachkraefte-2030/meetings');
    await settled(page);
    await page
      .locator('main')
      .getByRole('link', { name: 'Regionalforum Fachkräfte Chemnitz' })
      .waitFor();
    // Its one meeting, none of the StrategieWerkstatt's.
    await expect(
      page.locator('main a[href^="/p/fachkraefte-2030/meetings/"]').count(),
    ).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('keeps the screen when switching to another process', async () => {
    const page = await e2e.open('/p/fachkraefte-2030/recommendations', { role: 'ministry' });
    await settled(page);
    await page.getByRole('link', { name: WELCOME_CENTER }).waitFor();
    await page.getByLabel('Strategieprozess').selectOption({ label: WERKSTATT });
    await page.getByRole('button', { name: 'Wechseln' }).click();
    await page.waitForURL((url) => url.pathname === '/p/industrie-der-zukunft/recommendations');
    await page.getByRole('heading', { level: 1, name: 'Empfehlungen' }).waitFor();
    await page
      .getByRole('region', { name: /^Entwurf/ })
      .getByRole('listitem')
      .first()
      .waitFor();
    // Its drafts only: the second process's draft goes.
    await page.getByRole('link', { name: WELCOME_CENTER }).waitFor({ state: 'detached' });
    await expect(page.getByLabel('Strategieprozess').inputValue()).resolves.toBe(
      'industrie-der-zukunft',
    );
  });

  it('shows the phase timeline, with the 2017 conference’s phase current as of then', async () => {
    const page = await e2e.open('/p/industrie-der-zukunft/');
    const timeline = page.getByTestId('phase-timeline');
    const dialog = timeline.getByRole('listitem').filter({ hasText: DIALOG_PHASE });
    await expect(dialog.textContent()).resolves.toContain('abgeschlossen am 30. September 2017');
    await expect(timeline.locator('[aria-current="step"]').textContent()).resolves.toContain(
      'Umsetzung bis 2030',
    );
    await page.goto('/p/industrie-der-zukunft/?stand=2017-03-07');
    const current = page.getByTestId('phase-timeline').locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain(DIALOG_PHASE);
    await expect(current.textContent()).resolves.toContain('begonnen am 1. August 2016');
    await expect(current.textContent()).resolves.not.toContain('abgeschlossen');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'processes-timeline-2017');
  });

  it('labels provenance from another process and links into it', async () => {
    const page = await e2e.page({ role: 'ministry' });
    // An old address (without a process) leads to the item's page in its own process.
    const path = `/recommendations/${globalId('Recommendation', 'he-fk-welcome-center-industrie')}`;
    await page.goto(path);
    await page.waitForURL((url) => url.pathname === `/p/fachkraefte-2030${path}`);
    await page.getByRole('heading', { level: 1, name: WELCOME_CENTER }).waitFor();
    const label = page.getByRole('link', { name: `aus Prozess „${WERKSTATT}“` });
    await label.waitFor();
    await expect(label.getAttribute('href')).resolves.toBe('/p/industrie-der-zukunft/');
    const suggestion = page
      .locator('.provenance')
      .locator(`a[href^="/p/industrie-der-zukunft/suggestions/"]`);
    await expect(suggestion.count()).resolves.toBe(1);
    await label.click();
    await page.waitForURL((url) => url.pathname === '/p/industrie-der-zukunft/');
  });

  it('says so for an unknown process, and takes old addresses to the default process', async () => {
    const page = await e2e.open('/p/gibt-es-nicht/meetings');
    await page.getByRole('heading', { level: 1, name: 'Prozess nicht gefunden' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto('/meetings?stand=2017-03-07');
    await page.waitForURL(
      (url) =>
        url.pathname === '/p/industrie-der-zukunft/meetings' && url.search === '?stand=2017-03-07',
    );
    await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
  });

  it('hands out the progress report of a process as PDF, and its calendar', async () => {
    const page = await e2e.open('/p/fachkraefte-2030/', { role: 'ministry' });
    const report = page.getByRole('button', { name: 'Fortschrittsbericht (PDF)' });
    const [download] = await Promise.all([page.waitForEvent('download'), report.click()]);
    expect(download.suggestedFilename()).toBe('fortschrittsbericht-fachkraefte-2030.pdf');
    const { stdout } = await run('pdftotext', ['-layout', await download.path(), '-']);
    expect(stdout).toContain(FACHKRAEFTE);
    const calendar = page.getByRole('link', { name: 'Termine abonnieren (iCal)' });
    const ics = await fetch(new URL((await calendar.getAttribute('href')) ?? '', e2e.app.url));
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain('Regionalforum Fachkräfte Chemnitz');
  });
});
