import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { readUser, type UserRecord } from './users.js';

/** Every registered user, in the order they were registered (admins keep a short list). */
export const listUsers = async (runner: SqlRunner): Promise<UserRecord[]> => {
  const rows = await runner.rows<{ stream_id: string }>(sql`
    SELECT stream_id FROM events
    WHERE stream_id LIKE 'User-%' AND stream_version = 1
    ORDER BY id`);
  const users = await Promise.all(
    rows.map((row) => readUser(runner, row.stream_id.slice('User-'.length))),
  );
  return users.filter((user): user is UserRecord => user !== undefined);
};
