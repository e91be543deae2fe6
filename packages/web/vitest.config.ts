import { defineProject } from 'vitest/config';

/**
 * Specs that reason about days run again under these host time zones: what the app shows and
 * sends must never depend on where (or at what hour) CI runs.
 */
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const DATE_SPECS = [
  'src/i18n/format.spec.ts',
  'src/features/audit/log-filters.spec.ts',
  'src/features/roadmap/roadmap-entries.spec.ts',
  'src/features/roadmap/timeline.spec.ts',
  'src/features/roadmap/overdue.spec.ts',
  'src/features/changes/period-form.spec.ts',
];
const shared = {
  environment: 'node' as const,
  testTimeout: 60_000,
  // The app's start registers a person per role with the CLI and sets their passwords (argon2id).
  hookTimeout: 240_000,
  // Browser flows start a server and Chromium each; one file at a time keeps two cores usable.
  fileParallelism: false,
};

export default defineProject({
  resolve: { conditions: ['source'] },
  // Node-side specs import the domain's TypeScript source, as the app's build does.
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true as const,
        test: { ...shared, name: 'web', include: ['src/**/*.spec.{ts,tsx}', 'e2e/**/*.e2e.ts'] },
      },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: { ...shared, name: `web TZ=${zone}`, include: DATE_SPECS, env: { TZ: zone } },
      })),
    ],
  },
});
