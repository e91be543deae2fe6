import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sealPlainPersonalData } from '../privacy/seal-existing.js';
import type { Database } from './connect.js';

/** The SQL migrations drizzle-kit generated, shipped beside the package (not inside dist). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Applies every pending migration, then seals any personal data still in plain text (a data
 * migration that needs keys made in code); safe to run on each start.
 */
export const migrate = async (database: Database): Promise<void> => {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, config);
  } else {
    await migratePostgres(database.db as unknown as PostgresJsDatabase, config);
  }
  await sealPlainPersonalData(database);
};
