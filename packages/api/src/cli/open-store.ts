import type { Config } from '../config.js';
import { connect, type Database, migrate } from '../database/index.js';
import { createEventStore, type EventStore } from '../event-store/index.js';
import { refillReadModels } from '../projections/refill.js';

/** Opens the configured database, applies migrations, and runs `work` with the event store. */
export const withStore = async <T>(
  config: Config,
  work: (store: EventStore, database: Database) => Promise<T>,
): Promise<T> => {
  const database = await connect(config.database, { maxConnections: 2 });
  try {
    await migrate(database);
    const store = createEventStore(database);
    try {
      // A migration may have emptied the read models: refill them from the sealed log.
      await store.seal();
      await refillReadModels(database);
      return await work(store, database);
    } finally {
      await store.close();
    }
  } finally {
    await database.close();
  }
};
