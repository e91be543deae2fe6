import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormat } from './i18n.js';
import { todayIn } from './time-zone.js';

// Runs under several TZ values (see vitest.config.ts): what is shown never depends on the host.
const format = createFormat('de', 'Europe/Berlin');

describe('createFormat', () => {
  it('shows a calendar date as that day', () => {
    expect(format.date('2018-06-19')).toBe('19. Juni 2018');
    expect(format.shortDate('2018-06-19')).toBe('19.06.2018');
  });
  it('shows an event that carries only a day without a clock time', () =>
    expect(format.moment('2018-03-06T00:00:00.000Z')).toBe('06.03.2018'));
  it('shows a real moment on the installation’s clock', () =>
    expect(format.moment('2026-12-05T23:30:00.000Z')).toBe('06.12.2026, 00:30'));
  it('puts an instant on the installation’s day, not the UTC day', () =>
    expect(format.date('2026-12-05T23:30:00.000Z')).toBe('6. Dezember 2026'));
  it('follows another installation’s zone', () =>
    expect(createFormat('en', 'America/Los_Angeles').date('2026-12-05T23:30:00.000Z')).toBe(
      '5 December 2026',
    ));
});

describe('todayIn', () => {
  afterEach(() => vi.useRealTimers());
  describe.each([
    {
      moment: 'at 00:30 in Berlin (23:30 UTC)',
      now: '2026-12-05T23:30:00Z',
      outcome: 'is already the 6th in Berlin, still the 5th in UTC',
      days: { 'Europe/Berlin': '2026-12-06', UTC: '2026-12-05' },
    },
    {
      moment: 'just before midnight in UTC',
      now: '2026-12-05T23:59:59.500Z',
      outcome: 'is the 6th in Berlin and Kiritimati, the 5th in UTC and Los Angeles',
      days: {
        'Europe/Berlin': '2026-12-06',
        'Pacific/Kiritimati': '2026-12-06',
        UTC: '2026-12-05',
        'America/Los_Angeles': '2026-12-05',
      },
    },
  ])('$moment', ({ now, outcome, days }) => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
    });
    it(outcome, () => {
      for (const [zone, day] of Object.entries(days)) expect(todayIn(zone)).toBe(day);
    });
  });
});
