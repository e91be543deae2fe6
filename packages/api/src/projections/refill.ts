import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import { rebuildProjections } from './rebuild.js';

/**
 * Refills the read models when they are empty but the log is not: a migration that changes what
 * they hold empties them, and they are rebuilt from the (upcast) events before the API serves.
 * Returns the number of events projected (0 when nothing was to do).
 */
export const refillReadModels = async (database: Database): Promise<number> => {
  const [row] = await database.rows<{ projected: boolean; recorded: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM item_versions) AS projected,
           EXISTS (SELECT 1 FROM event_chain) AS recorded`);
  return row && !row.projected && row.recorded ? rebuildProjections(database) : 0;
};
