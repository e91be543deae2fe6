import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/**
 * Everyone named as actor in the event log, once each (for the team, the ministry and admins:
 * partners learn no actors). Byte order ("C"), so every database sorts alike.
 */
export const eventActors = async (runner: SqlRunner): Promise<string[]> => {
  const rows = await runner.rows<{ actor: string }>(sql`
    SELECT (e.metadata->>'actor') COLLATE "C" AS actor
    FROM events e
    WHERE e.metadata->>'actor' IS NOT NULL
    GROUP BY 1
    ORDER BY 1`);
  return rows.map((row) => row.actor);
};
