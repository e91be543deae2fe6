import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningApp } from './harness/app.js';
import { openPage, screenshot, seriousA11yViolations, WERKSTATT } from './harness/browser.js';
import { withRunningApp } from './harness/setup.js';

// From the demo process (packages/domain/src/demo): two drafts, two in review, three prioritised.
const DRAFT = 'Zirkuläre Wertschöpfung in der Industrie';
const OTHER_DRAFT = 'Flexible Arbeitsmodelle in der Produktion erproben';
const IN_REVIEW = 'Weiterbildungsverbünde für digitale Kompetenzen';
const ADOPTED = 'Digitalisierungslotsen für KMU';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

const expectAccessible = async (page: Page) => {
  expect(await seriousA11yViolations(page)).toEqual([]);
};

/** Opens a recommendation from the board by its title; returns its page's path. */
const openFromBoard = async (page: Page, title: string): Promise<string> => {
  await page.goto('/recommendations');
  await page.getByRole('link', { name: title, exact: true }).click();
  await heading(page, title).waitFor();
  return new URL(page.url()).pathname;
};

describe('recommendations: board, review queue, item page', () => {
  let app: RunningApp;
  let browser: Browser;

  withRunningApp((running) => {
    ({ app, browser } = running);
  });

  it('shows the team the board by status, in German and English', async () => {
    const page = await openPage(browser, app, { role: 'team' });
    await page.goto('/recommendations');
    await page.waitForURL((url) => url.pathname === `${WERKSTATT}/recommendations`);
    await heading(page, 'Handlungsempfehlungen').waitFor();
    const drafts = page.getByRole('region', { name: /^Entwurf/ });
    await drafts.getByRole('link', { name: DRAFT }).waitFor();
    // The StrategieWerkstatt's two drafts: the second demo process's draft is on its own board.
    await expect(drafts.getByRole('listitem').count()).resolves.toBe(2);
    await page
      .getByRole('region', { name: /^Beschlossen/ })
      .getByRole('link', { name: ADOPTED })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'recommendations-board', 'de');
    await page.context().close();

    const english = await openPage(browser, app, { role: 'team', locale: 'en' });
    await english.goto('/recommendations');
    await heading(english, 'Recommendations').waitFor();
    await english
      .getByRole('region', { name: /^Draft/ })
      .getByRole('link', { name: DRAFT })
      .waitFor();
    await expectAccessible(english);
    await screenshot(english, 'recommendations-board', 'en');
    await english.context().close();
  });

  it('lets the team filter by text, revise a draft and submit it for review', async () => {
    const page = await openPage(browser, app, { role: 'team' });
    await page.goto('/recommendations');
    await page.getByRole('link', { name: ADOPTED }).waitFor();
    await page.getByRole('searchbox', { name: /^Volltextsuche/ }).fill('Zirkuläre');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: ADOPTED }).waitFor({ state: 'detached' });
    await page.getByText('Eine Empfehlung gefunden.').waitFor();
    expect(new URL(page.url()).searchParams.get('search')).toBe('Zirkuläre');
    await expectAccessible(page);
    await screenshot(page, 'recommendations-board-filtered', 'de');

    await page.getByRole('link', { name: DRAFT }).click();
    await heading(page, DRAFT).waitFor();
    await expectAccessible(page);

    const revised = 'Zirkuläre Wertschöpfung in der sächsischen Industrie';
    await page.getByRole('button', { name: 'Überarbeiten' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Titel/ }).fill(revised);
    await dialog.getByRole('textbox', { name: /^Begründung/ }).fill('Titel geschärft.');
    await expectAccessible(page);
    await screenshot(page, 'recommendation-revise', 'de');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await heading(page, revised).waitFor();
    await page.getByText('Überarbeitet.').waitFor();

    await page.getByRole('button', { name: 'Zur Prüfung vorlegen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zur Prüfung vorlegen' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.page-head').getByText('In Prüfung', { exact: true }).waitFor();
    // In review now: the team may return or prioritise it, but not submit it again.
    await expect(page.getByRole('button', { name: 'Zur Prüfung vorlegen' }).count()).resolves.toBe(
      0,
    );
    await expectAccessible(page);
    await screenshot(page, 'recommendation-in-review', 'de');
    await page.context().close();
  });

  it('lets the ministry reject from the review queue, with the reason in the history', async () => {
    const page = await openPage(browser, app, { role: 'ministry' });
    await page.goto('/recommendations/review');
    await heading(page, 'Zur Entscheidung').waitFor();
    const card = page.getByRole('article').filter({
      has: page.getByRole('link', { name: IN_REVIEW }),
    });
    await card.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'recommendations-review', 'de');
    const path = await card.getByRole('link', { name: IN_REVIEW }).getAttribute('href');

    const reason =
      'Die Weiterbildungsförderung des Bundes deckt den Bedarf; eigene Verbünde sind nicht vorgesehen.';
    await card.getByRole('button', { name: /^Ablehnen/ }).click();
    const dialog = page.getByRole('dialog');
    // The reason is required: an empty one is refused before anything is sent.
    await dialog.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await expect(
      dialog
        .getByRole('textbox', { name: /^Begründung/ })
        .evaluate((field) => (field as HTMLTextAreaElement).validity.valueMissing),
    ).resolves.toBe(true);
    await dialog.getByRole('textbox', { name: /^Begründung/ }).fill(reason);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ablehnen', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText('Abgelehnt.').waitFor();

    expect(path).toBeTruthy();
    await page.goto(path ?? '/');
    await heading(page, IN_REVIEW).waitFor();
    await page.locator('.page-head').getByText('Abgelehnt', { exact: true }).waitFor();
    // In the history: as the entry's reason (and as the changed field `reason`).
    await page.getByRole('region', { name: 'Verlauf' }).getByText(reason).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'recommendation-rejected', 'de');
    await page.context().close();
  });

  it('shows partners no recommendation in draft', async () => {
    const page = await openPage(browser, app, { role: 'partner' });
    await page.goto('/recommendations');
    await page.getByRole('link', { name: ADOPTED }).waitFor();
    await expect(
      page
        .getByRole('region', { name: /^Entwurf/ })
        .getByRole('listitem')
        .count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('link', { name: OTHER_DRAFT }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('link', { name: 'Neue Handlungsempfehlung' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'recommendations-board-partner', 'de');
    await page.context().close();
  });

  it('keeps the input on a stale-version conflict and saves after loading the new state', async () => {
    const first = await openPage(browser, app, { role: 'team' });
    const second = await openPage(browser, app, { role: 'team' });
    const path = await openFromBoard(first, OTHER_DRAFT);
    await second.goto(path);
    await heading(second, OTHER_DRAFT).waitFor();

    // The second page starts editing the text ...
    const typed = 'Pilotbetriebe erproben mit den Sozialpartnern neue Schichtmodelle.';
    await second.getByRole('button', { name: 'Überarbeiten' }).click();
    const secondDialog = second.getByRole('dialog');
    const body = secondDialog.getByRole('textbox', { name: /^Empfehlungstext/ });
    await body.fill(typed);

    // ... while the first one saves a new title.
    const retitled = 'Flexible Arbeitszeit- und Schichtmodelle in der Produktion erproben';
    await first.getByRole('button', { name: 'Überarbeiten' }).click();
    await first
      .getByRole('dialog')
      .getByRole('textbox', { name: /^Titel/ })
      .fill(retitled);
    await first.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
    await heading(first, retitled).waitFor();

    await secondDialog.getByRole('button', { name: 'Speichern' }).click();
    await secondDialog.getByText('Inzwischen geändert').waitFor();
    await expect(body.inputValue()).resolves.toBe(typed);
    await expectAccessible(second);
    await screenshot(second, 'recommendation-conflict', 'de');

    await secondDialog.getByRole('button', { name: 'Neuen Stand laden' }).click();
    await secondDialog.getByText('Inzwischen geändert').waitFor({ state: 'detached' });
    await expect(body.inputValue()).resolves.toBe(typed);
    // The field left alone now shows the other page's change: what is saved is what is seen.
    await expect(secondDialog.getByRole('textbox', { name: /^Titel/ }).inputValue()).resolves.toBe(
      retitled,
    );
    await secondDialog.getByRole('button', { name: 'Speichern' }).click();
    await secondDialog.waitFor({ state: 'hidden' });
    // Only the text was sent: the other page's title stays.
    await heading(second, retitled).waitFor();
    await second.getByRole('region', { name: 'Empfehlungstext' }).getByText(typed).waitFor();
    await expectAccessible(second);
    await first.context().close();
    await second.context().close();
  });
});
