import { defineProject } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `pnpm test:ha`: the failover test on infra/local-ha (Patroni, etcd, HAProxy, real processes).
 * Not part of `pnpm test` (vitest.config.ts leaves *.ha.spec.ts out): it needs the Debian
 * packages and takes minutes. Resolution as in vitest.config.ts.
 */
export default defineProject({
  ...base,
  test: {
    name: 'api-ha',
    include: ['src/**/*.ha.spec.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
