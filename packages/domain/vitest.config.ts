import { defineProject } from 'vitest/config';

/**
 * Specs that reason about calendar days run again under these host time zones: the result of a
 * date computation must never depend on where (or at what hour) CI runs.
 */
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const CALENDAR_SPECS = ['src/**/calendar-date*.spec.ts'];

export default defineProject({
  test: {
    projects: [
      { test: { name: 'domain', include: ['src/**/*.spec.ts'] } },
      ...ZONES.map((zone) => ({
        test: { name: `domain TZ=${zone}`, include: CALENDAR_SPECS, env: { TZ: zone } },
      })),
    ],
  },
});
