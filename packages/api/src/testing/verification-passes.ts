import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { vi } from 'vitest';
import type { Database } from '../database/index.js';

const dialect = new PgDialect();

/** Chain verification passes `work` starts on `database`: each reads the verified position once. */
export const verificationPassesDuring = async (
  database: Database,
  work: () => Promise<unknown>,
): Promise<number> => {
  const rows = vi.spyOn(database, 'rows');
  try {
    await work();
    return rows.mock.calls.filter(([query]) =>
      dialect.sqlToQuery(query as SQL).sql.includes('FROM chain_verification'),
    ).length;
  } finally {
    rows.mockRestore();
  }
};
