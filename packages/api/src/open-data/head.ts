import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/** Where the sealed log stands: what every generated file is cut at. */
export interface LogHead {
  readonly position: number;
  readonly hash: string;
  /** When its last event was recorded; the epoch for an empty log. */
  readonly recordedAt: string;
}

const EMPTY: LogHead = {
  position: 0,
  hash: '0'.repeat(64),
  recordedAt: '1970-01-01T00:00:00.000Z',
};

/** One indexed row: cheap enough to ask on every request. */
export const readLogHead = async (runner: SqlRunner): Promise<LogHead> => {
  const [row] = await runner.rows<{
    position: number | string;
    hash: string;
    recorded_at: string;
  }>(sql`
    SELECT c.position, c.hash,
      to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
    FROM event_chain c JOIN events e ON e.id = c.event_id
    ORDER BY c.position DESC LIMIT 1`);
  return row
    ? { position: Number(row.position), hash: row.hash, recordedAt: row.recorded_at }
    : EMPTY;
};
