import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    conditions: ['source'],
    // One copy of graphql, as in the api's own tests: the api's sources build queries from its
    // schema at import (the webhook feed), which must see the same graphql module.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'partner-sync',
    include: ['test/**/*.spec.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
