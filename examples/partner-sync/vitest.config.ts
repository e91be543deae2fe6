import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'partner-sync',
    include: ['test/**/*.spec.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
