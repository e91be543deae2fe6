import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import { readFeed } from '../event-store/index.js';
import { projectItems } from './item-projection.js';

/**
 * Rebuilds every read model from the events, in one transaction: readers see the old tables
 * until it commits, and appends wait for it (their inline projections need the same tables).
 */
export const rebuildProjections = async (
  database: Database,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> => {
  const batchSize = options.batchSize ?? 1000;
  return database.transaction(async (tx) => {
    await tx.rows(sql`LOCK TABLE item_versions, provenance_edges IN ACCESS EXCLUSIVE MODE`);
    await tx.rows(sql`TRUNCATE item_versions, provenance_edges`);
    const [count] = await tx.rows<{ total: number | string }>(
      sql`SELECT count(*) AS total FROM event_chain`,
    );
    const total = Number(count?.total ?? 0);
    let done = 0;
    for (let after = 0; ; ) {
      const batch = await readFeed(tx, { after, limit: batchSize });
      if (batch.length === 0) break;
      await projectItems(
        tx,
        batch.map((event) => ({ ...event, personalData: [] })),
      );
      done += batch.length;
      after = batch.at(-1)?.position ?? after;
      options.onProgress?.(done, total);
    }
    return done;
  });
};
