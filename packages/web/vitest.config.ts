import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['source'] },
  test: {
    name: 'web',
    include: ['src/**/*.spec.{ts,tsx}', 'e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser flows start a server and Chromium each; one file at a time keeps two cores usable.
    fileParallelism: false,
  },
});
