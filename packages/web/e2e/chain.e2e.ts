import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Locale, screenshot, seriousA11yViolations, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// A workshop of the demo process (packages/domain/src/demo) to capture suggestions at.
const WORKSHOP = 'Werkstatt Testfelder und Reallabore';
const SUGGESTIONS = [
  {
    title: 'Testfeld-Kalender für KMU',
    text: 'Die Testfelder sollen freie Termine für kleine Unternehmen öffentlich ausschreiben.',
  },
  {
    title: 'Reallabor-Ergebnisse offenlegen',
    text: 'Reallabore sollen ihre Ergebnisse für alle Unternehmen der Region dokumentieren.',
  },
] as const;
const RECOMMENDATION = 'Offene Testfelder für den Mittelstand';
const OWNER = 'SMWA, Referat 31';
const ADOPTION_REASON = 'Beschluss des Lenkungskreises vom heutigen Tag.';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const statusInHead = (page: Page, status: string) =>
  page.locator('.page-head').getByText(status, { exact: true });

const expectAccessible = async (page: Page) => {
  expect(await seriousA11yViolations(page)).toEqual([]);
};

/** The browser's local time as the "Stand vom" control takes it: a day and a time of day. */
const localMoment = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      day: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      time: `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`,
    };
  });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The whole chain the ministry must be able to trace: two suggestions captured at a workshop →
 * a recommendation drafted from them → submitted for review → adopted by the ministry with a
 * reason → a measure on the roadmap, whose provenance leads back to both suggestions and the
 * workshop; and the recommendation as it stood before the adoption.
 */
describe('from a workshop suggestion to an adopted measure', () => {
  let recommendationPath = '';
  let measurePath = '';
  let beforeAdoption = { day: '', time: '' };

  const e2e = runningApp();

  it('lets the team capture two suggestions and draft a recommendation from them', async () => {
    const page = await e2e.open('/meetings', { role: 'team' });
    await page.getByRole('link', { name: WORKSHOP }).click();
    await heading(page, WORKSHOP).waitFor();
    await page.getByLabel('Akteursgruppe').selectOption('INDUSTRY');
    for (const suggestion of SUGGESTIONS) {
      await page
        .locator('textarea')
        .and(page.getByLabel(/^Vorschlag/))
        .fill(suggestion.text);
      await page.getByLabel('Kurztitel (optional)').fill(suggestion.title);
      await page.getByLabel('Kurztitel (optional)').press('Enter');
      await page.getByText(`Vorschlag erfasst: ${suggestion.title}`).waitFor();
    }
    for (const suggestion of SUGGESTIONS) {
      await page.getByLabel(`Auswählen: ${suggestion.title}`).check();
    }
    await expectAccessible(page);
    await screenshot(page, 'chain-1-suggestions');
    await page.getByRole('link', { name: 'Empfehlung aus Auswahl entwerfen (2)' }).click();

    await heading(page, 'Neue Handlungsempfehlung').waitFor();
    for (const suggestion of SUGGESTIONS) {
      await page.getByText(suggestion.title).first().waitFor();
    }
    await page.getByRole('textbox', { name: /^Titel/ }).fill(RECOMMENDATION);
    await page
      .getByRole('textbox', { name: /^Empfehlungstext/ })
      .fill(
        'Die Testfelder und Reallabore öffnen sich planbar für kleine und mittlere Unternehmen.',
      );
    await expectAccessible(page);
    await screenshot(page, 'chain-2-draft');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await heading(page, RECOMMENDATION).waitFor();
    await statusInHead(page, 'Entwurf').waitFor();
    recommendationPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Zur Prüfung vorlegen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zur Prüfung vorlegen' }).click();
    await statusInHead(page, 'In Prüfung').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'chain-3-in-review');
    // A moment strictly between the submission and the ministry's decisions.
    await pause(1_100);
    beforeAdoption = await localMoment(page);
    await pause(1_100);
    await page.context().close();
  });

  it('updates the team’s open page live while the ministry decides, keeping what they type', async () => {
    const team = await e2e.open(recommendationPath, { role: 'team' });
    await statusInHead(team, 'In Prüfung').waitFor();
    await team.getByRole('button', { name: 'Überarbeiten' }).click();
    const typed = 'Ergänzung, die das Projektteam gerade schreibt.';
    await team
      .getByRole('dialog')
      .getByRole('textbox', { name: /^Begründung/ })
      .fill(typed);

    const ministry = await e2e.open('/recommendations/review', { role: 'ministry' });
    await ministry.getByRole('link', { name: RECOMMENDATION }).click();
    await heading(ministry, RECOMMENDATION).waitFor();
    await ministry.getByRole('button', { name: 'Priorisieren' }).click();
    const prioritise = ministry.getByRole('dialog');
    await prioritise.getByLabel(/^Priorität/).selectOption('HIGH');
    await prioritise.getByRole('button', { name: 'Priorisieren' }).click();
    await statusInHead(ministry, 'Priorisiert').waitFor();

    // The team's page follows without a reload; the open dialog keeps the typed reason.
    await statusInHead(team, 'Priorisiert').waitFor();
    await expect(
      team
        .getByRole('dialog')
        .getByRole('textbox', { name: /^Begründung/ })
        .inputValue(),
    ).resolves.toBe(typed);
    await team.context().close();

    await ministry.getByRole('button', { name: 'Beschließen' }).click();
    const adopt = ministry.getByRole('dialog');
    await adopt.getByRole('textbox', { name: /^Verantwortliche Stelle/ }).fill(OWNER);
    await adopt.getByLabel(/^Geplanter Beginn/).fill('2027-01-01');
    await adopt.getByLabel(/^Geplantes Ende/).fill('2029-12-31');
    await adopt.getByRole('textbox', { name: /^Begründung/ }).fill(ADOPTION_REASON);
    await expectAccessible(ministry);
    await screenshot(ministry, 'chain-4-adopt');
    await adopt.getByRole('button', { name: 'Beschließen' }).click();
    await statusInHead(ministry, 'Beschlossen').waitFor();
    await ministry.getByRole('region', { name: 'Verlauf' }).getByText(ADOPTION_REASON).waitFor();
    await ministry.context().close();
  });

  for (const locale of ['de', 'en'] as const satisfies readonly Locale[]) {
    it(`shows the measure on the roadmap and traces it back to the workshop (${locale})`, async () => {
      const page = await e2e.open(`${WERKSTATT}/`, { role: 'ministry', locale });
      await page.getByRole('link', { name: RECOMMENDATION }).first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'chain-5-roadmap', locale);
      await page.getByRole('link', { name: RECOMMENDATION }).first().click();
      await heading(page, RECOMMENDATION).waitFor();
      measurePath = new URL(page.url()).pathname;
      expect(measurePath).toMatch(/^\/p\/industrie-der-zukunft\/measures\//);

      const provenance = page.getByRole('region', {
        name: locale === 'de' ? 'Herkunft und Wirkung' : 'Provenance and outcome',
      });
      for (const suggestion of SUGGESTIONS) {
        await provenance.getByRole('link', { name: suggestion.title }).waitFor();
      }
      await provenance.getByRole('link', { name: WORKSHOP }).first().waitFor();
      await provenance.getByText(ADOPTION_REASON).first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'chain-6-provenance', locale);
      await page.context().close();
    });
  }

  it('shows the recommendation still in review as of a moment before the adoption', async () => {
    const page = await e2e.open(recommendationPath, { role: 'ministry' });
    await statusInHead(page, 'Beschlossen').waitFor();
    await page.getByLabel('Stand vom').fill(beforeAdoption.day);
    await page.getByLabel('Uhrzeit (optional)').fill(beforeAdoption.time);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByText(/^Historische Ansicht: Stand vom/).waitFor();
    await statusInHead(page, 'In Prüfung').waitFor();
    // The past cannot be changed: no actions in the historical view.
    await expect(page.getByRole('button', { name: 'Beschließen' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Überarbeiten' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'chain-7-as-of-before-adoption');

    await page.getByRole('button', { name: 'Zum heutigen Stand' }).click();
    await statusInHead(page, 'Beschlossen').waitFor();
    await page.context().close();
  });

  it('gives the ministry the audit and the changes since, with the adoption and its reason', async () => {
    const page = await e2e.open('/audit', { role: 'ministry' });
    await page
      .getByTestId('audit-result')
      .getByText(/unverändert/)
      .waitFor();
    await expect(page.getByTestId('head-hash').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await page.getByLabel('Art der Änderung').selectOption('RecommendationAdopted');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/type=RecommendationAdopted/);
    // Newest first: the adoption heads the filtered log, with its reason.
    const log = page.getByRole('table', { name: 'Aktivitätsprotokoll' });
    const first = log.getByRole('row').nth(1);
    await first.getByRole('link', { name: RECOMMENDATION }).waitFor();
    await first.getByText(ADOPTION_REASON).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'chain-8-audit');

    await page.goto('/changes');
    await page.getByTestId('changes-summary').waitFor();
    // The recommendation and the measure it became (same title) both changed in the window; the
    // measure's history links back to the recommendation, so its heading tells them apart.
    const adopted = page.getByRole('article').filter({
      has: page.locator(`h3 a[href^="${WERKSTATT}/recommendations/"]`, { hasText: RECOMMENDATION }),
    });
    await adopted.getByText(ADOPTION_REASON).waitFor();
    await adopted.getByText('Als Maßnahme beschlossen').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'chain-9-changes');
    await page.context().close();
  });
});
