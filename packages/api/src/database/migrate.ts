import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sealPlainPersonalData } from '../privacy/seal-existing.js';
import type { Database } from './connect.js';

/** The SQL migrations drizzle-kit generated, shipped beside the package (not inside dist). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** The newest migration's time, as drizzle records it once applied. */
const newestMigration = (): number => {
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((entry) => entry.when));
};

/**
 * True when every migration is applied: then nothing needs the owner's rights, so the API can run
 * as the application role, which may not create anything (see app-role.ts).
 */
const upToDate = async (database: Database): Promise<boolean> => {
  try {
    const [row] = await database.rows<{ newest: string | number | null }>(
      sql`SELECT max(created_at) AS newest FROM drizzle.__drizzle_migrations`,
    );
    return Number(row?.newest ?? 0) >= newestMigration();
  } catch {
    return false; // no migrations table yet
  }
};

/**
 * Applies every pending migration, then seals any personal data still in plain text (a data
 * migration that needs keys made in code); safe to run on each start.
 */
export const migrate = async (database: Database): Promise<void> => {
  if (!(await upToDate(database))) {
    const config = { migrationsFolder: MIGRATIONS_FOLDER };
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, config);
    } else {
      await migratePostgres(database.db as unknown as PostgresJsDatabase, config);
    }
  }
  await sealPlainPersonalData(database);
};
