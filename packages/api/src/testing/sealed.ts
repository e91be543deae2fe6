import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';

/**
 * Seals until no committed event is left unsealed. The sealer waits for every older transaction
 * on the PostgreSQL server to end (its snapshot's xmin), so a test file running beside another
 * on the same server may need a few rounds.
 */
export const sealEverything = async (database: Database, store: EventStore): Promise<void> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await store.seal();
    const [row] = await database.rows<{ pending: number | string }>(sql`
      SELECT count(*) AS pending FROM events e LEFT JOIN event_chain c ON c.event_id = e.id
      WHERE c.event_id IS NULL`);
    if (Number(row?.pending) === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.pending} events stay unsealed`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The storage id of the event sealed at `position` of the chain (the one a test tampers with). */
export const eventIdAt = async (database: Database, position: number): Promise<number> => {
  const [row] = await database.rows<{ id: string | number }>(
    sql`SELECT event_id AS id FROM event_chain WHERE position = ${position}`,
  );
  return Number(row?.id);
};
