import { fileURLToPath } from 'node:url';
import { configDefaults, defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    conditions: ['source'],
    // One copy of graphql: yoga must recognise the GraphQLErrors the resolvers throw.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'api',
    include: ['src/**/*.spec.ts'],
    // The failover test on infra/local-ha runs on its own: `pnpm test:ha` (vitest.ha.config.ts).
    exclude: [...configDefaults.exclude, 'src/**/*.ha.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
