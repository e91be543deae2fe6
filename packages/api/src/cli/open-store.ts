import { eventMacKeyOf, loadSigningKey, type SigningKey } from '../checkpoints/index.js';
import type { Config } from '../config.js';
import { connect, type Database, migrate } from '../database/index.js';
import { createEventStore, type EventStore } from '../event-store/index.js';
import { refillReadModels } from '../projections/refill.js';

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
