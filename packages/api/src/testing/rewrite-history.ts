import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { chainHash, GENESIS_HASH } from '../event-store/index.js';
import { EVENT_COLUMNS, type EventRow } from '../event-store/read.js';
import { asSuperuser } from './superuser.js';

/**
 * The attack a database superuser can make without any key: edit the event at `position`, then
 * recompute every later link with Fahrplan's own `chainHash`, so the chain verifies again and
 * only the head hash differs from one published earlier.
 */
export const rewriteEvent = (
  runner: SqlRunner,
  position: number,
  data: Record<string, unknown>,
): Promise<void> =>
  asSuperuser(runner, async () => {
    await runner.rows(sql`
      UPDATE events SET data = ${JSON.stringify(data)}::jsonb
      WHERE id = (SELECT event_id FROM event_chain WHERE position = ${position})`);
    const [before] = await runner.rows<{ hash: string }>(
      sql`SELECT hash FROM event_chain WHERE position = ${position - 1}`,
    );
    let previous = before?.hash ?? GENESIS_HASH;
    const rows = await runner.rows<EventRow & { position: number | string }>(sql`
      SELECT c.position, ${EVENT_COLUMNS} FROM event_chain c JOIN events e ON e.id = c.event_id
      WHERE c.position >= ${position} ORDER BY c.position`);
    for (const row of rows) {
      previous = chainHash(previous, Number(row.position), row);
      await runner.rows(
        sql`UPDATE event_chain SET hash = ${previous} WHERE position = ${Number(row.position)}`,
      );
    }
  });

/** The other one: drop the newest events and their links, as if they never were. */
export const truncateHistory = (runner: SqlRunner, count: number): Promise<void> =>
  asSuperuser(runner, async () => {
    await runner.rows(sql`
      WITH gone AS (
        DELETE FROM event_chain WHERE position > (SELECT max(position) FROM event_chain) - ${count}
        RETURNING event_id
      )
      DELETE FROM events WHERE id IN (SELECT event_id FROM gone)`);
  });
