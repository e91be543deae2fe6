import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Locale, screenshot, seriousA11yViolations, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// From the demo seed: the measure the ministry adopted in 2018, and two of its milestones.
const MEASURE = 'Digitalisierungslotsen Sachsen';
const REACHED_MILESTONE = 'Pilotphase mit zehn Lotsinnen und Lotsen in drei Regionen';
const OPEN_MILESTONE = 'Abschlussbericht: Digitalisierungsgrad der KMU verdoppelt';
const TITLES: Record<Locale, string> = { de: 'Fahrplan 2030', en: 'Roadmap 2030' };
const MILESTONES_OF: Record<Locale, string> = {
  de: `Meilensteine: ${MEASURE}`,
  en: `Milestones: ${MEASURE}`,
};

describe('roadmap, measures and action fields', () => {
  const e2e = runningApp();

  /** The roadmap has loaded and shows the measure with its milestones. */
  const expectMeasureOnRoadmap = async (page: Page, locale: Locale) => {
    await page.getByRole('heading', { level: 1, name: TITLES[locale] }).waitFor();
    await page.getByRole('link', { name: MEASURE }).waitFor();
    const milestones = page.getByRole('list', { name: MILESTONES_OF[locale] });
    await milestones.getByText(REACHED_MILESTONE).waitFor();
    await milestones.getByText(OPEN_MILESTONE).waitFor();
    return milestones;
  };

  for (const role of [undefined, 'partner'] as const) {
    it(`shows ${role ?? 'anonymous'} visitors the adopted measure and its milestones`, async () => {
      for (const locale of ['de', 'en'] as const) {
        const page = await e2e.open(`${WERKSTATT}/`, { ...(role ? { role } : {}), locale });
        const milestones = await expectMeasureOnRoadmap(page, locale);
        await expect(milestones.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(5);
        await milestones
          .getByText(locale === 'de' ? 'erreicht am 10.12.2019' : 'reached on 10/12/2019')
          .waitFor();
        // The drawing is there at 1280 px, and the action field lanes link to their pages.
        await expect(page.locator('.roadmap-track').first().isVisible()).resolves.toBe(true);
        await expect(
          page
            .getByRole('link', {
              name:
                locale === 'de'
                  ? 'Digitalisierung in der mittelständischen Industrie'
                  : 'Digitalisation in medium-sized industry',
            })
            .getAttribute('href'),
        ).resolves.toMatch(/^\/p\/industrie-der-zukunft\/action-fields\//);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await screenshot(page, `roadmap-${role ?? 'anonymous'}-1280`, locale);
        await page.context().close();
      }
    });
  }

  it('falls back to lists with dates at 360 px', async () => {
    for (const locale of ['de', 'en'] as const) {
      const page = await e2e.open(`${WERKSTATT}/`, { locale, width: 360 });
      await expectMeasureOnRoadmap(page, locale);
      await expect(page.locator('.roadmap-track').first().isVisible()).resolves.toBe(false);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(360);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'roadmap-360', locale);
      await page.context().close();
    }
    // The measure's page too: its milestone table must not scroll sideways for a partner.
    const page = await e2e.open(`${WERKSTATT}/`, { role: 'partner', width: 360 });
    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    await page.getByRole('region', { name: 'Meilensteine' }).getByText(REACHED_MILESTONE).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('filters the roadmap by action field, in the address', async () => {
    const page = await e2e.open(`${WERKSTATT}/`);
    await page.getByRole('link', { name: MEASURE }).waitFor();
    await page
      .getByLabel('Handlungsfeld')
      .selectOption({ label: 'Arbeit in der Industrie der Zukunft' });
    await page.waitForURL(/handlungsfeld=/);
    await page
      .getByRole('heading', { level: 2, name: 'Arbeit in der Industrie der Zukunft' })
      .waitFor();
    await expect.poll(() => page.getByRole('link', { name: MEASURE }).count()).toBe(0);
    await page.context().close();
  });

  it('passes axe on the measures list, a measure page and the action fields', async () => {
    const page = await e2e.open('/measures', { role: 'team' });
    await page.getByRole('heading', { level: 1, name: 'Maßnahmen' }).waitFor();
    await page.getByRole('link', { name: MEASURE }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'measures-list');

    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    await page.getByRole('button', { name: 'Fortschritt melden' }).waitFor();
    await page
      .getByRole('region', { name: 'Meilensteine' })
      .getByRole('row', { name: new RegExp(REACHED_MILESTONE) })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'measure-page');

    await page.goto('/action-fields');
    await page.getByRole('heading', { level: 1, name: 'Handlungsfelder' }).waitFor();
    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'action-fields');

    await page
      .getByRole('link', { name: 'Arbeit in der Industrie der Zukunft', exact: true })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Arbeit in der Industrie der Zukunft' })
      .waitFor();
    await page.getByRole('button', { name: 'Archivieren' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'action-field-page');
    await page.context().close();
  });

  it('lets the team report progress on a measure and shows it on the roadmap', async () => {
    const page = await e2e.open('/measures', { role: 'team' });
    await page.getByRole('link', { name: MEASURE }).click();
    await page.getByRole('heading', { level: 1, name: MEASURE }).waitFor();
    await page.getByRole('button', { name: 'Fortschritt melden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fortschritt melden' });
    await dialog.getByLabel('Fortschritt in Prozent (0–100)').fill('85');
    await dialog
      .getByLabel('Begründung')
      .fill('Jahresbericht 2026: 1.400 Betriebe beraten, KI-Angebot in allen Regionen.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'measure-report-progress');
    await dialog.getByRole('button', { name: 'Fortschritt melden' }).click();
    await page.getByRole('status').getByText('Der Fortschritt ist gemeldet.').waitFor();
    // Beside its label "Fortschritt" the overview gives the figure alone.
    await page
      .locator('dd')
      .getByText(/^85\s%$/)
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Fahrplan', exact: true }).click();
    const entry = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: MEASURE }),
    });
    await entry.getByText(/Fortschritt: 85\s%/).waitFor();
    await page.context().close();
  });

  it('shows the roadmap as it was before the adoption, marked as historical', async () => {
    const page = await e2e.open(`${WERKSTATT}/`, { role: 'team' });
    await page.getByRole('link', { name: MEASURE }).waitFor();
    await page.getByLabel('Stand vom').fill('2018-03-01');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/stand=2018-03-01/);
    await page.getByText('Historische Ansicht: Stand vom 1. März 2018').waitFor();
    await expect.poll(() => page.getByRole('link', { name: MEASURE }).count()).toBe(0);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fahrplan 2030' }).isVisible(),
    ).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'roadmap-as-of-2018');
    await page.context().close();
  });
});
