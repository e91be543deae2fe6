import { vi } from 'vitest';
import type { Database } from '../database/index.js';

/**
 * The database queries `request` makes: the fewer of two counted runs after a first. The first
 * warms what a request may find cold by chance and is not its own cost (the token cache checks an
 * entry older than 10 s again, and a loaded machine gets there between two measurements); a
 * counted run may still pay for a cache emptied by chance (the token cache empties when its
 * revocation listener reconnects), which only ever adds: the fewer is the request's own cost.
 */
export const queriesOf = async (
  database: Database,
  request: () => Promise<unknown>,
): Promise<number> => {
  await request();
  const counts: number[] = [];
  for (let run = 0; run < 2; run += 1) {
    const rows = vi.spyOn(database, 'rows');
    try {
      await request();
      counts.push(rows.mock.calls.length);
    } finally {
      rows.mockRestore();
    }
  }
  return Math.min(...counts);
};
