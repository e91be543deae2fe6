import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { fullySeenSql, type ReadScope } from '../visibility/rules.js';

/**
 * Everyone named as actor in the event log, once each: for those who read every process; for the
 * team of some processes, those who acted on their items (partners learn no actors). Byte order
 * ("C"), so every database sorts alike.
 */
export const eventActors = async (runner: SqlRunner, scope: ReadScope): Promise<string[]> => {
  const rows = await runner.rows<{ actor: string }>(sql`
    SELECT (e.metadata->>'actor') COLLATE "C" AS actor
    FROM events e
    WHERE e.metadata->>'actor' IS NOT NULL${
      scope === 'all'
        ? sql``
        : sql` AND EXISTS (SELECT 1 FROM item_versions v
            WHERE v.event_id = e.id AND ${fullySeenSql(scope)})`
    }
    GROUP BY 1
    ORDER BY 1`);
  return rows.map((row) => row.actor);
};
