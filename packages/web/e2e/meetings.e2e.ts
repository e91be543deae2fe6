import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphqlAs } from './harness/app.js';
import { type Locale, screenshot, seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

// From the demo seed: a 2017 workshop of the action field Digitalisierung, held.
const WORKSHOP = 'Werkstatt Testfelder und Reallabore';

/** What the screens say, per language: the tests find things as a reader would. */
interface ScreenText {
  readonly meetings: string;
  readonly projectIdeas: string;
  readonly sector: RegExp;
  readonly suggestion: RegExp;
  readonly shortTitle: RegExp;
  readonly captured: (title: string) => string;
  readonly notFound: string;
  readonly wording: string;
  readonly details: string;
}

const TEXT: Record<Locale, ScreenText> = {
  de: {
    meetings: 'Veranstaltungen',
    projectIdeas: 'Projektideen',
    sector: /^Akteursgruppe/,
    suggestion: /^Vorschlag/,
    shortTitle: /^Kurztitel/,
    captured: (title) => `Vorschlag erfasst: ${title}`,
    notFound: 'Vorschlag nicht gefunden',
    wording: 'Wortlaut',
    details: 'Angaben',
  },
  en: {
    meetings: 'Meetings',
    projectIdeas: 'Project ideas',
    sector: /^Sector/,
    suggestion: /^Suggestion/,
    shortTitle: /^Short title/,
    captured: (title) => `Suggestion captured: ${title}`,
    notFound: 'Suggestion not found',
    wording: 'Wording',
    details: 'Details',
  },
};

/** Two suggestions per language, typed at the workshop's table. */
const CAPTURES: Record<Locale, { text: string; title: string }[]> = {
  de: [
    {
      text: 'Die Testfelder brauchen feste Sprechstunden für kleine Betriebe.',
      title: 'Sprechstunden in Testfeldern',
    },
    {
      text: 'Reallabore sollen ihre Ergebnisse offen für alle Unternehmen dokumentieren.',
      title: 'Offene Ergebnisse aus Reallaboren',
    },
  ],
  en: [
    {
      text: 'Testbeds should publish a calendar of free slots for small firms.',
      title: 'Testbed calendar',
    },
    {
      text: 'Living labs should share their findings with every company.',
      title: 'Open living lab findings',
    },
  ],
};

/** What a read-only visitor may press: printing, the download of what they see, following. */
const READ_ONLY_BUTTONS = new Set(['Drucken', 'Als Excel-Tabelle', 'Folgen']);

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until the target has the focus: the way a keyboard user gets there. */
const tabTo = async (page: Page, target: Locator, limit = 80) => {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach the target within ${limit} presses`);
};

describe('meetings, quick capture of suggestions and project ideas', () => {
  /** The workshop's page and the suggestions captured on it, for the partner's view. */
  let workshopPath = '';
  const capturedPaths: string[] = [];

  const e2e = runningApp();

  /** Soft, so one screen's violations do not hide what the rest of the flow finds. */
  const expectAccessible = async (page: Page) => {
    expect.soft(await seriousA11yViolations(page)).toEqual([]);
  };

  for (const locale of ['de', 'en'] as const) {
    it(`lets the team capture two suggestions at a workshop with the keyboard only (${locale})`, async () => {
      const text = TEXT[locale];
      const page = await e2e.open('/meetings', { role: 'team', locale });
      await page.getByRole('heading', { level: 1, name: text.meetings }).waitFor();
      await page.getByRole('link', { name: WORKSHOP }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'meetings-list', locale);

      await page.getByRole('link', { name: WORKSHOP }).press('Enter');
      await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
      workshopPath = new URL(page.url()).pathname;

      const sector = page.getByLabel(text.sector);
      const words = page
        .getByLabel(text.suggestion, { exact: false })
        .and(page.locator('textarea'));
      const shortTitle = page.getByLabel(text.shortTitle);
      const status = page.locator('.quick-capture__status');

      // The first time: choose the sector; the workshop's one action field is already ticked.
      await tabTo(page, sector);
      await page.keyboard.press('ArrowDown');
      await expect(sector.inputValue()).resolves.toBe('INDUSTRY');
      await tabTo(page, words);
      for (const { text: said, title } of CAPTURES[locale]) {
        await expect(isFocused(words)).resolves.toBe(true);
        await page.keyboard.type(said);
        await page.keyboard.press('Tab');
        await expect(isFocused(shortTitle)).resolves.toBe(true);
        await page.keyboard.type(title);
        await page.keyboard.press('Enter');
        await status.getByText(text.captured(title)).waitFor();
        // Cleared for the next one, sector remembered, the cursor back in the text.
        await expect(words.inputValue()).resolves.toBe('');
        await expect(shortTitle.inputValue()).resolves.toBe('');
        await expect(sector.inputValue()).resolves.toBe('INDUSTRY');
      }
      await expect(isFocused(words)).resolves.toBe(true);

      // Both listed, the latest on top.
      const list = page.locator('.suggestion-list');
      const [first, second] = CAPTURES[locale];
      if (!first || !second) throw new Error('two captures expected');
      await list.getByRole('link', { name: second.title }).waitFor();
      await list.getByRole('link', { name: first.title }).waitFor();
      await expect(list.getByRole('heading').first().textContent()).resolves.toBe(second.title);
      await expectAccessible(page);
      await screenshot(page, 'meetings-quick-capture', locale);

      const href = await list.getByRole('link', { name: first.title }).getAttribute('href');
      if (!href) throw new Error('the captured suggestion has no link');
      capturedPaths.push(href);

      // Its own page: text, sector, the meeting it was raised at.
      await list.getByRole('link', { name: first.title }).press('Enter');
      await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
      await page.getByRole('region', { name: text.wording }).getByText(first.text).waitFor();
      await page
        .getByRole('region', { name: text.details })
        .getByRole('link', { name: WORKSHOP })
        .waitFor();
      await expectAccessible(page);
      await screenshot(page, 'suggestion-page', locale);
      await page.context().close();
    });
  }

  for (const locale of ['de', 'en'] as const) {
    it(`shows project ideas and a project idea's page accessibly (${locale})`, async () => {
      const page = await e2e.open('/project-ideas', { role: 'team', locale });
      await page.getByRole('heading', { level: 1, name: TEXT[locale].projectIdeas }).waitFor();
      const firstIdea = page.locator('.idea-list').getByRole('link').first();
      await firstIdea.waitFor();
      await expectAccessible(page);
      await screenshot(page, 'project-ideas-list', locale);

      const title = await firstIdea.textContent();
      await firstIdea.click();
      await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
      await page.locator('#partners-title').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'project-idea-page', locale);
      await page.context().close();
    });
  }

  it('shows a partner only the suggestions taken up, and no write controls', async () => {
    expect(workshopPath).not.toBe('');
    const meetingId = decodeURIComponent(workshopPath.split('/').at(-1) ?? '');
    const data = await graphqlAs<{
      node: { suggestions: { edges: { node: { title: string; status: string } }[] } };
    }>(
      e2e.app,
      'team',
      `query ($id: ID!) { node(id: $id) { ... on Meeting {
        suggestions(first: 100) { edges { node { title status } } } } } }`,
      { id: meetingId },
    );
    const all = data.node.suggestions.edges.map((edge) => edge.node);
    const hidden = all.filter((suggestion) => suggestion.status !== 'taken_up');
    const public_ = all.filter((suggestion) => suggestion.status === 'taken_up');
    // The four just captured, at least, are not taken up; the seed took up one of the workshop's.
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    expect(public_.length).toBeGreaterThanOrEqual(1);

    const page = await e2e.open(workshopPath, { role: 'partner', locale: 'de' });
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    const list = page.locator('.suggestion-list');
    for (const suggestion of public_) await list.getByText(suggestion.title).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(public_.length);
    for (const suggestion of hidden) {
      await expect(page.getByText(suggestion.title, { exact: true }).count()).resolves.toBe(0);
    }
    // Read-only: no capture form, no selection, no command buttons; printing, the download of what
    // the partner sees and following the page (notifications, not a change) are all there is.
    await expect(page.locator('main form').count()).resolves.toBe(0);
    await expect(page.locator('main input, main select, main textarea').count()).resolves.toBe(0);
    const buttons = await page.locator('main button').allTextContents();
    expect(buttons.filter((label) => !READ_ONLY_BUTTONS.has(label))).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, 'meeting-partner', 'de');

    // A suggestion nobody took up does not exist for partners, not even by its address.
    for (const path of capturedPaths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: TEXT.de.notFound }).waitFor();
    }

    // No planning, proposing or other writing on the lists and a project idea's page either.
    await page.goto('/meetings');
    await page.getByRole('link', { name: WORKSHOP }).waitFor();
    await expect(page.locator('main button').count()).resolves.toBe(0);
    await page.goto('/project-ideas');
    await page.getByRole('heading', { level: 1, name: TEXT.de.projectIdeas }).waitFor();
    await expect(page.locator('main button').count()).resolves.toBe(0);
    const idea = page.locator('.idea-list').getByRole('link').first();
    if ((await idea.count()) > 0) {
      await idea.click();
      await page.locator('#partners-title').waitFor();
      const ideaButtons = await page.locator('main button').allTextContents();
      expect(ideaButtons.filter((label) => !READ_ONLY_BUTTONS.has(label))).toEqual([]);
    }
    await page.context().close();
  });

  it('lets the team plan a meeting and propose a project idea, each opening its new page', async () => {
    const page = await e2e.open('/meetings', { role: 'team' });
    await page.getByRole('button', { name: 'Veranstaltung planen' }).click();
    const dialog = page.getByRole('dialog');
    const meeting = 'Werkstatt Kreislaufwirtschaft 2027';
    await dialog.getByRole('textbox', { name: /^Titel/ }).fill(meeting);
    await dialog.getByLabel(/^Datum/).fill('2027-03-15');
    await dialog.getByRole('textbox', { name: /^Ort/ }).fill('Chemnitz');
    await dialog.getByRole('checkbox').first().check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Planen' }).click();
    await page.getByRole('heading', { level: 1, name: meeting }).waitFor();

    await page.goto('/project-ideas');
    await page.getByRole('button', { name: 'Projektidee vorschlagen' }).click();
    const idea = 'Reparaturnetzwerk für Industrieanlagen';
    await dialog.getByRole('textbox', { name: /^Titel/ }).fill(idea);
    await dialog
      .getByRole('textbox', { name: /^Beschreibung/ })
      .fill('Betriebe teilen Ersatzteile und Wissen, damit Anlagen länger laufen.');
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Vorschlagen' }).click();
    await page.getByRole('heading', { level: 1, name: idea }).waitFor();
    await page.context().close();
  });
});
