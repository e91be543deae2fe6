import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { MIGRATIONS_FOLDER } from '../database/migrate.js';

/** Where the next release's contract steps wait (see drizzle-next/*.sql). */
export const NEXT_RELEASE_FOLDER = fileURLToPath(new URL('../../drizzle-next', import.meta.url));

/** The migrations in the journal's order, by tag (e.g. `0010_idempotency_used_at`). */
export const migrationTags = (): string[] =>
  (
    JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    }
  ).entries.map((entry) => entry.tag);

/** Runs one SQL file statement by statement, as drizzle's migrator does (no journal entry). */
export const runSqlFile = async (runner: SqlRunner, file: string): Promise<void> => {
  for (const statement of readFileSync(file, 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) await runner.rows(sql.raw(statement));
  }
};
