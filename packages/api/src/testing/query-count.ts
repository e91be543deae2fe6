import { vi } from 'vitest';
import type { Database } from '../database/index.js';

/**
 * The database queries `request` makes, counted on its second run. The first warms what a request
 * may find cold by chance and is not its own cost: the token cache checks an entry older than
 * 10 s again, and a loaded machine gets there between two measurements.
 */
export const queriesOf = async (
  database: Database,
  request: () => Promise<unknown>,
): Promise<number> => {
  await request();
  const rows = vi.spyOn(database, 'rows');
  try {
    await request();
    return rows.mock.calls.length;
  } finally {
    rows.mockRestore();
  }
};
