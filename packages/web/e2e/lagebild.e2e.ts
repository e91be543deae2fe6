import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations, settled, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// The demo's Lagebild (packages/domain/src/demo/lagebild.ts); fixed past days, so the picture is
// the same on any day and in any time zone: the KI milestone is due 2026-06-30.
const AFTER_DEADLINE = '2026-11-25';
const BEFORE_CYCLES = '2023-12-31';
const KMU = 'Anteil der KMU mit Digitalisierungsprojekt';
const BETRIEBE = 'Von Lotsen beratene Betriebe (kumuliert)';
const LOTSEN = 'Digitalisierungslotsen Sachsen';
const KI = 'Lotsenangebot um Künstliche Intelligenz erweitert';

const indicatorCard = (page: Page, title: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

describe('Lagebild', () => {
  const e2e = runningApp();

  it('shows the off-track indicator, the overdue milestone and the missing report, reached from the navigation', async () => {
    const page = await e2e.open(`${WERKSTATT}/measures?stand=${AFTER_DEADLINE}`, {
      role: 'ministry',
    });
    await page.getByRole('link', { name: 'Lagebild' }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === `${WERKSTATT}/lagebild` &&
        url.searchParams.get('stand') === AFTER_DEADLINE,
    );
    await page.getByRole('heading', { level: 1, name: 'Lagebild' }).waitFor();
    await settled(page);

    const kmu = indicatorCard(page, KMU);
    await kmu.getByText('Nicht auf Kurs', { exact: true }).waitFor();
    await kmu
      .getByRole('img', { name: `Verlauf von „${KMU}“: Werte, Pfad vom Ausgangswert zum Ziel` })
      .waitFor();
    await indicatorCard(page, BETRIEBE).getByText('Auf Kurs', { exact: true }).waitFor();
    // Worst first: the off-track indicator comes before the one on track.
    const titles = await page
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(titles.indexOf(KMU)).toBeLessThan(titles.indexOf(BETRIEBE));
    await expect(
      indicatorCard(page, BETRIEBE).getByRole('cell', { name: 'Lotsenstatistik 2023' }).count(),
    ).resolves.toBe(1);

    const milestones = page.getByRole('region', { name: 'Meilensteine' });
    const overdue = milestones.getByRole('listitem').filter({ hasText: KI });
    await overdue.getByText('seit 148 Tagen überfällig').waitFor();

    const cycle = page.getByRole('region', { name: 'Offener Berichtszyklus' });
    await cycle
      .getByText(/^2\. Halbjahr 2025, Frist 15\. Januar 2026: 0 Berichte eingereicht, 1 fehlen$/)
      .waitFor();
    await cycle.getByRole('link', { name: LOTSEN }).waitFor();

    const moved = page.getByRole('region', { name: 'Verschobene Ziele' });
    await moved
      .getByText(/^Ziel von „Von Lotsen beratene Betriebe \(kumuliert\)“: 2\.500/)
      .waitFor();

    await page
      .getByRole('region', { name: 'Beteiligung nach Gruppe' })
      .getByRole('rowheader')
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the picture of a past day: fewer values, no cycle open yet, nothing overdue', async () => {
    const page = await e2e.open(`${WERKSTATT}/lagebild?stand=${BEFORE_CYCLES}`, {
      role: 'ministry',
    });
    await page.getByRole('heading', { level: 1, name: 'Lagebild' }).waitFor();
    await settled(page);
    await indicatorCard(page, BETRIEBE)
      .getByRole('cell', { name: 'Lotsenstatistik 2022' })
      .waitFor();
    await expect(
      indicatorCard(page, BETRIEBE).getByRole('cell', { name: 'Lotsenstatistik 2023' }).count(),
    ).resolves.toBe(0);
    await page
      .getByRole('region', { name: 'Offener Berichtszyklus' })
      .getByText('Kein Berichtszyklus ist offen.')
      .waitFor();
    await page
      .getByRole('region', { name: 'Meilensteine' })
      .getByText('Kein Meilenstein ist überfällig.')
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('speaks English', async () => {
    const page = await e2e.open(`${WERKSTATT}/lagebild?stand=${AFTER_DEADLINE}`, {
      role: 'ministry',
      locale: 'en',
    });
    await page.getByRole('heading', { level: 1, name: 'Situation report' }).waitFor();
    await settled(page);
    await indicatorCard(page, KMU).getByText('Off track', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Milestones' })
      .getByText('overdue for 148 days')
      .waitFor();
    await page
      .getByRole('region', { name: 'Open reporting cycle' })
      .getByRole('link', { name: LOTSEN })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('gives the measure page its responsibility, Ampel history, overdue milestone and indicators', async () => {
    const page = await e2e.open(`${WERKSTATT}/lagebild?stand=${AFTER_DEADLINE}`, {
      role: 'ministry',
    });
    await page
      .getByRole('region', { name: 'Offener Berichtszyklus' })
      .getByRole('link', { name: LOTSEN })
      .click();
    await page.getByRole('heading', { level: 1, name: LOTSEN }).waitFor();
    await settled(page);
    const course = page.getByRole('region', { name: 'Auf Kurs?' });
    await course
      .getByText('Federführung: Sächsisches Staatsministerium für Wirtschaft, Referat 31')
      .waitFor();
    await course.getByText(/Die KI-Erweiterung liegt ein halbes Jahr zurück\.$/).waitFor();
    await course
      .getByRole('listitem')
      .filter({ hasText: KI })
      .getByText('seit 148 Tagen überfällig')
      .waitFor();
    await indicatorCard(page, KMU)
      .getByRole('cell', { name: 'IAB-Betriebspanel Sachsen 2024' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
