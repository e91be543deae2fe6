import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousA11yViolations, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// From the demo process (packages/domain/src/demo): two drafts, two in review, three prioritised.
const DRAFT = 'Zirkuläre Wertschöpfung in der Industrie';
const OTHER_DRAFT = 'Flexible Arbeitsmodelle in der Produktion erproben';
const IN_REVIEW = 'Weiterbildungsverbünde für digitale Kompetenzen';
const ADOPTED = 'Digitalisierungslotsen für KMU';
// The other draft's title once the conflict test has saved it.
const RETITLED = 'Flexible Arbeitszeit- und Schichtmodelle in der Produktion erproben';

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
  const e2e = runningApp();

  it('shows the team the board by status, in German and English', async () => {
    const page = await e2e.open('/recommendations', { role: 'team' });
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

    const english = await e2e.open('/recommendations', { role: 'team', locale: 'en' });
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
    const page = await e2e.open('/recommendations', { role: 'team' });
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
    const page = await e2e.open('/recommendations/review', { role: 'ministry' });
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
    const page = await e2e.open('/recommendations', { role: 'partner' });
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
    const first = await e2e.page({ role: 'team' });
    const second = await e2e.page({ role: 'team' });
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
    await first.getByRole('button', { name: 'Überarbeiten' }).click();
    await first
      .getByRole('dialog')
      .getByRole('textbox', { name: /^Titel/ })
      .fill(RETITLED);
    await first.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
    await heading(first, RETITLED).waitFor();

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
      RETITLED,
    );
    await secondDialog.getByRole('button', { name: 'Speichern' }).click();
    await secondDialog.waitFor({ state: 'hidden' });
    // Only the text was sent: the other page's title stays.
    await heading(second, RETITLED).waitFor();
    await second.getByRole('region', { name: 'Empfehlungstext' }).getByText(typed).waitFor();
    await expectAccessible(second);
    await first.context().close();
    await second.context().close();
  });

  it('lets the team link and unlink a suggestion, assign and unassign a guideline, and merge', async () => {
    const page = await e2e.page({ role: 'team' });
    await openFromBoard(page, RETITLED);
    const dialog = page.getByRole('dialog');
    /** Picks the first candidate the dialog's select offers; returns its title. */
    const pickFirst = async (select: string) => {
      const combobox = dialog.getByRole('combobox', { name: new RegExp(`^${select}`) });
      await combobox.locator('option').nth(1).waitFor({ state: 'attached' });
      const label = (await combobox.locator('option').nth(1).textContent()) ?? '';
      await combobox.selectOption({ index: 1 });
      // The option says "title (status)".
      return label.replace(/ \([^)]*\)$/, '');
    };

    const basis = page.getByRole('region', { name: 'Grundlage: Vorschläge' });
    await basis.getByRole('button', { name: 'Vorschlag verknüpfen' }).click();
    await dialog.getByRole('searchbox', { name: /^Vorschlag suchen/ }).waitFor();
    const suggestion = await pickFirst('Vorschlag');
    await expectAccessible(page);
    await screenshot(page, 'recommendation-link-suggestion', 'de');
    await dialog.getByRole('button', { name: 'Vorschlag verknüpfen' }).click();
    await page.getByText('Vorschlag verknüpft.').waitFor();
    await basis.getByRole('link', { name: suggestion }).waitFor();

    await basis.getByRole('button', { name: `Lösen „${suggestion}“` }).click();
    await dialog.getByRole('textbox', { name: /^Begründung/ }).fill('Passt nicht zur Grundlage.');
    await dialog.getByRole('button', { name: 'Lösen' }).click();
    await page.getByText('Vorschlag gelöst.').waitFor();
    await basis.getByRole('link', { name: suggestion }).waitFor({ state: 'detached' });

    const guidelines = page.getByRole('region', { name: 'Leitlinien' });
    await guidelines.getByRole('button', { name: 'Leitlinie zuordnen' }).click();
    const guideline = await pickFirst('Leitlinie');
    await dialog.getByRole('button', { name: 'Leitlinie zuordnen' }).click();
    await page.getByText('Leitlinie zugeordnet.').waitFor();
    await guidelines.getByRole('link', { name: guideline }).waitFor();

    await guidelines.getByRole('button', { name: `Zuordnung lösen „${guideline}“` }).click();
    await dialog.getByRole('textbox', { name: /^Begründung/ }).fill('Gehört zu keiner Leitlinie.');
    await dialog.getByRole('button', { name: 'Zuordnung lösen' }).click();
    await page.getByText('Zuordnung gelöst.').waitFor();
    await guidelines.getByRole('link', { name: guideline }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Zusammenführen' }).click();
    await dialog.getByRole('searchbox', { name: /^Empfehlung suchen/ }).waitFor();
    await pickFirst('Aufgehen in');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await page.getByText('Zusammengeführt.').waitFor();
    await page.context().close();
  });

  it('lets the team draft a guideline, opening its page', async () => {
    const page = await e2e.open('/guidelines', { role: 'team' });
    await page.getByRole('button', { name: 'Neue Leitlinie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leitlinie entwerfen' });
    const title = 'Kreislaufwirtschaft als Standortvorteil';
    await dialog.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await dialog
      .getByRole('textbox', { name: /^Text der Leitlinie/ })
      .fill('Sachsen macht die Kreislaufwirtschaft zum Vorteil seiner Industrie.');
    await dialog.getByRole('checkbox').first().check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await heading(page, title).waitFor();
    await page.context().close();
  });
});
