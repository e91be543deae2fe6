import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO_IDS } from '@fahrplan/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Locale, screenshot } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

/**
 * Histories and "Änderungen seit …" in the words people use: no internal id, no key of an enum,
 * no ISO stamp anywhere in the visible text, in German and English; and "Änderungen" prints as
 * a compact document that says what it covers, when it was printed and which chain head.
 */
const run = promisify(execFile);
const gid = (kind: string, id: string) => btoa(`${kind}:${id}`);
const RECOMMENDATION = `/recommendations/${gid('Recommendation', DEMO_IDS.recommendations.weiterbildung)}`;
const MEETING = `/meetings/${gid('Meeting', DEMO_IDS.meetings.arbeit2017)}`;
const MEASURE = `/measures/${gid('Measure', DEMO_IDS.measure)}`;
/** The demo's whole history, by when things happened. */
const ALL_CHANGES = '/changes?since=2016-01-01&basis=OCCURRED';
/** One week of 2017 with the workshop of the action field Arbeit (28 June). */
const ONE_WEEK = '/changes?since=2017-06-26&until=2017-07-02&basis=OCCURRED';

/** Keys of the domain's enums (priority, sector, meeting kind, channel, status, role). */
const CODES =
  'high|medium|low|industry|science|society|administration|workshop|talk|conference|meeting|mail|online|other|draft|in_review|prioritised|adopted|rejected|withdrawn|merged|split|taken_up|captured|declined|lead|partner|associate|planned|held|cancelled|in_progress|completed|stopped|idea|in_preparation|running|discontinued|active|retired|published';

const INTERNAL: Readonly<Record<string, RegExp>> = {
  uuid: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  slug: /\b(?:hf|vs|he|ws|ug|ko|mn|ll|pi|pt|ms|person)-[a-z0-9]/,
  // Snake case is never prose; plain lowercase keys are, in English, so those are checked
  // where values stand alone (below).
  code: /\b[a-z]+_[a-z]+\b/,
  iso: /\d{4}-\d{2}-\d{2}/,
};
const GERMAN_CODE = new RegExp(`\\b(?:${CODES})\\b`);
const A_CODE = new RegExp(`^(?:${CODES})$`);

const context = (text: string, index: number) =>
  `…${text.slice(Math.max(0, index - 40), index + 40)}…`;

/** What of the page's visible text gives away an internal id, code or stamp, with context. */
const leaks = async (page: Page, locale: Locale): Promise<string[]> => {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered visible is the point
  const text = await page.locator('main').innerText();
  const patterns = { ...INTERNAL, ...(locale === 'de' ? { code: GERMAN_CODE } : {}) };
  const inText = Object.entries(patterns).flatMap(([name, pattern]) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].map(
      (match) => `${name}: ${context(text, match.index)}`,
    ),
  );
  // A changed value, alone in its cell or list, is a key where it is one of the enum's keys.
  const values = await page.locator('.changes td').allInnerTexts();
  const inValues = values
    .flatMap((value) => value.split(/, | · /))
    .filter((value) => A_CODE.test(value.trim()))
    .map((value) => `code: ${value}`);
  return [...inText, ...inValues];
};

const settled = async (page: Page) => {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
};

describe('what the screens say', () => {
  const e2e = runningApp();

  for (const locale of ['de', 'en'] as const satisfies readonly Locale[]) {
    it(`shows no id, code or ISO stamp in histories and changes (${locale})`, async () => {
      const page = await e2e.page({ role: 'ministry', locale });
      for (const path of [RECOMMENDATION, MEETING, MEASURE, ALL_CHANGES]) {
        await page.goto(path);
        await settled(page);
        await page.locator('.history__entry').first().waitFor();
        expect({ path, leaks: await leaks(page, locale) }).toEqual({ path, leaks: [] });
      }
      await page.context().close();
    });
  }

  it('names the items a change refers to by title, as links, and head counts by group', async () => {
    const page = await e2e.open(MEASURE, { role: 'ministry' });
    await settled(page);
    const adopted = page.locator('.changes tr').filter({ hasText: 'Beschlossen aus' });
    await adopted
      .getByRole('link', { name: /Digitalisierungslotsen/ })
      .first()
      .waitFor();
    // The reached milestone, with the day it was reached; not the whole plan twice.
    const reached = page.locator('.history__entry').filter({ hasText: 'Meilenstein erreicht' });
    await reached
      .first()
      .getByText(/erreicht am/)
      .waitFor();
    await page.goto(MEETING);
    await settled(page);
    await page
      .locator('.changes')
      .getByText(/Wirtschaft \d+ · Wissenschaft \d+ · Gesellschaft \d+ · Verwaltung \d+/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it('prints one week of changes compactly, with its period, print time and chain head', async () => {
    const page = await e2e.open(ONE_WEEK, { role: 'ministry' });
    await settled(page);
    await page.getByTestId('changes-summary').waitFor();
    await page.emulateMedia({ media: 'print' });
    const stamp = page.getByTestId('print-stamp');
    await stamp.getByText(/[0-9a-f]{64}/).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: as printed, laid out
    const said = await stamp.innerText();
    expect(said).toMatch(/Zeitraum\s+26\. Juni 2017 bis 2\. Juli 2017/);
    expect(said).toMatch(/Gedruckt am/);
    await screenshot(page, 'changes-print');
    const dir = await mkdtemp(join(tmpdir(), 'fahrplan-print-'));
    try {
      const pdf = join(dir, 'changes.pdf');
      await writeFile(pdf, await page.pdf({ format: 'A4' }));
      const { stdout: info } = await run('pdfinfo', [pdf]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeLessThanOrEqual(4);
      // Page 1 carries the title with the stamp and the first changes, not the title alone.
      const { stdout: first } = await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
      expect(first).toContain('Änderungen seit');
      expect(first).toContain('Stand der Ereigniskette');
      expect(first).toMatch(/Workshop|Veranstaltung/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await page.context().close();
  });
});
