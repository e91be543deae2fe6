import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import { seedDemo } from '../seed/demo.js';
import { startServer, stopServer } from './server-process.js';
import { createTestDatabase } from './test-database.js';

export interface DemoServer {
  /** Where the API listens, e.g. `http://127.0.0.1:41234` (GraphQL at `/graphql`). */
  readonly url: string;
  /** A partner's bearer token. */
  readonly partnerToken: string;
  stop(): Promise<void>;
}

/**
 * The API as its own process over a fresh database of its own with the demo seeded, for tests
 * that speak to it only from outside (the partner example). PGlite is opened by one process at a
 * time: seeded here, closed, then served by the child.
 */
export const startDemoServer = async (): Promise<DemoServer> => {
  const test = await createTestDatabase({ onDisk: true });
  try {
    const composed = compose(test.database);
    await seedDemo(test.database, composed.execute, { now: new Date().toISOString() });
    const { token } = await createToken(test.database, { role: 'partner', name: 'Partner sync' });
    composed.checkpoints.close();
    await composed.feed.close();
    await composed.store.close();
    await test.database.close();
    const server = await startServer(
      { ...test.env, FAHRPLAN_LOG_LEVEL: 'warn' },
      { waitFor: '/readyz' },
    );
    return {
      url: server.url,
      partnerToken: token,
      stop: async () => {
        await stopServer(server);
        await test.close();
      },
    };
  } catch (error) {
    await test.close();
    throw error;
  }
};
