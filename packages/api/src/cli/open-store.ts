import { eventMacKeyOf, loadSigningKey, type SigningKey } from '../checkpoints/index.js';
import type { Config } from '../config.js';
import { connect, type Database, migrate } from '../database/index.js';
import { createEventStore, type EventStore } from '../event-store/index.js';
import { refillReadModels } from '../projections/refill.js';
import { isEmpty } from '../seed/demo.js';

/**
 * Opens the configured database, applies migrations, and runs `work` with the event store. Events
 * the CLI appends carry the application's MAC like the API's, where a signing key is configured.
 */
export const withStore = async <T>(
  config: Config,
  work: (store: EventStore, database: Database, signingKey: SigningKey | undefined) => Promise<T>,
): Promise<T> => {
  const signingKey = loadSigningKey(config.signing);
  const database = await connect(config.database, { maxConnections: 2 });
  try {
    await migrate(database);
    const store = createEventStore(
      database,
      signingKey ? { eventMacKey: eventMacKeyOf(signingKey) } : {},
    );
    try {
      // A migration may have emptied the read models: refill them from the sealed log.
      await store.seal();
      await refillReadModels(database);
      return await work(store, database, signingKey);
    } finally {
      await store.close();
    }
  } finally {
    await database.close();
  }
};

/**
 * `withStore` for the commands that write a whole history (seed, generate): they refuse a database
 * that already holds events with `refusal` on stderr and exit code 1.
 */
export const withEmptyStore = <T>(
  config: Config,
  err: (line: string) => void,
  refusal: string,
  work: (database: Database, signingKey: SigningKey | undefined) => Promise<T>,
): Promise<T | 1> =>
  withStore(config, async (_store, database, signingKey) => {
    if (!(await isEmpty(database))) {
      err(`The database already holds events; ${refusal}`);
      return 1;
    }
    return work(database, signingKey);
  });
