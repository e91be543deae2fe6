import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { publicEventSql } from '../visibility/rules.js';

/**
 * Everyone named as actor in the event log, once each; for partners only the actors of events
 * they may see. Byte order ("C"), so every database sorts alike.
 */
export const eventActors = async (runner: SqlRunner, publicOnly: boolean): Promise<string[]> => {
  const rows = await runner.rows<{ actor: string }>(sql`
    SELECT (e.metadata->>'actor') COLLATE "C" AS actor
    FROM events e
    WHERE e.metadata->>'actor' IS NOT NULL ${publicOnly ? sql`AND ${publicEventSql()}` : sql``}
    GROUP BY 1
    ORDER BY 1`);
  return rows.map((row) => row.actor);
};
