import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import { readFeed } from '../event-store/index.js';
import { projectItems } from './item-projection.js';

type FeedEvent = Awaited<ReturnType<typeof readFeed>>[number];

/**
 * Rebuilds every read model from the events, in one transaction: readers see the old tables
 * until it commits, and appends wait for it (their inline projections need the same tables).
 */
export const rebuildProjections = async (
  database: Database,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> => {
  const batchSize = options.batchSize ?? 10_000;
  return database.transaction(async (tx) => {
    await tx.rows(sql`LOCK TABLE item_versions, provenance_edges IN ACCESS EXCLUSIVE MODE`);
    await tx.rows(sql`TRUNCATE item_versions, provenance_edges`);
    // A batch's rows are handed to the statements as one JSON document each: in memory, not in
    // temporary files.
    await tx.rows(sql`SET LOCAL work_mem = '64MB'`);
    const [count] = await tx.rows<{ total: number | string }>(
      sql`SELECT count(*) AS total FROM event_chain`,
    );
    const total = Number(count?.total ?? 0);
    // Each stream's row as the batch before left it: the next batch continues from it in memory.
    const projected = new Map<string, unknown>();
    const read = (after: number) => readFeed(tx, { after, limit: batchSize });
    let done = 0;
    // The next batch is read while this one is projected (postgres.js pipelines the statements).
    let next: Promise<FeedEvent[]> | undefined = read(0);
    while (next) {
      const batch: FeedEvent[] = await next;
      if (batch.length === 0) break;
      next = batch.length === batchSize ? read(batch.at(-1)?.position ?? 0) : undefined;
      // Settled when projecting this batch fails: the transaction's error is the one reported.
      next?.catch(() => {});
      await projectItems(
        tx,
        batch.map((event) => ({ ...event, personalData: [] })),
        projected,
        projected,
      );
      done += batch.length;
      options.onProgress?.(done, total);
    }
    return done;
  });
};
