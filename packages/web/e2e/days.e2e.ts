import { addDays, calendarDateIn, instantIn } from '@fahrplan/domain';
import { describe, expect, it } from 'vitest';
import { globalId, screenshot } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

const BERLIN = 'Europe/Berlin';

/**
 * The latest 00:30 in Berlin that has passed: then it is already the new day in Germany but
 * still the old one in UTC (and in the Americas). A moment in the past, so the API has it too.
 */
const halfPastMidnightInBerlin = () => {
  const now = new Date().toISOString();
  const today = calendarDateIn(now, BERLIN);
  const tonight = instantIn(today, '00:30', BERLIN);
  const day = tonight <= now ? today : addDays(today, -1);
  return { day, instant: instantIn(day, '00:30', BERLIN) };
};

const BROWSER_ZONES = [BERLIN, 'UTC', 'America/Los_Angeles'];

describe('days are the installation’s days, whatever the hour and the browser’s zone', () => {
  const e2e = runningApp();

  for (const timeZone of BROWSER_ZONES) {
    it(`lets the user choose today in "Stand vom" at 00:30 in Berlin (browser in ${timeZone})`, async () => {
      const { day, instant } = halfPastMidnightInBerlin();
      // In UTC it is still the day before: the old control capped the choice there.
      expect(calendarDateIn(instant, 'UTC')).toBe(addDays(day, -1));
      const page = await e2e.page({ timeZone });
      await page.clock.setFixedTime(new Date(instant));
      await page.goto('/');
      const control = page.getByLabel('Stand vom');
      await expect(control.getAttribute('max')).resolves.toBe(day);
      await control.fill(day);
      await page.getByRole('button', { name: 'Anzeigen' }).click();
      await page.getByText(/^Historische Ansicht: Stand vom/).waitFor();
      expect(new URL(page.url()).searchParams.get('stand')).toBe(day);
      await page.context().close();
    });
  }

  it('shows a measure adopted on 19.06.2018 as such, and days without clock times', async () => {
    const page = await e2e.open(`/measures/${globalId('Measure', 'mn-digitalisierungslotsen')}`, {
      timeZone: 'America/Los_Angeles',
    });
    await page.getByText(/entstanden am 19\. Juni 2018/).waitFor();
    await page.getByText('Geschehen: 19.06.2018').first().waitFor();
    // Every demo event carries only a day: none is shown with a clock time.
    await expect(
      page.getByText(/Geschehen: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/).count(),
    ).resolves.toBe(0);
    // The planned period and the milestones are calendar dates, the same in Los Angeles.
    await page
      .getByText(/01\.01\.2019/)
      .first()
      .waitFor();
    await screenshot(page, 'days-measure');
    await page.context().close();
  });

  it('shows the suggestions of a 2017 workshop with the day they were raised', async () => {
    const page = await e2e.open(`/meetings/${globalId('Meeting', 'ws-2017-04-digitalisierung')}`, {
      role: 'team',
    });
    await page.getByText('eingebracht am 26.04.2017').first().waitFor();
    await expect(page.getByText(/erfasst am/).count()).resolves.toBe(0);
    await page.context().close();
  });
});
