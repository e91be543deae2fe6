import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { isDatabaseUnavailable } from './unavailable.js';

/** The errors the database really raises, classified as "retry shortly" (503) or not (500). */
describe('isDatabaseUnavailable', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.close());

  const errorOf = (work: Promise<unknown>): Promise<unknown> =>
    work.then(
      () => {
        throw new Error('expected the database to refuse');
      },
      (error: unknown) => error,
    );

  it('counts a write refused as read-only (what a primary demoted to a standby answers) as unavailable', async () => {
    const error = await errorOf(
      test.database.transaction(async (tx) => {
        await tx.rows(sql`SET TRANSACTION READ ONLY`);
        await tx.rows(sql`CREATE TABLE read_only_probe (x integer)`);
      }),
    );
    expect((error as { code?: string }).code).toBe('25006');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('does not count a refused statement as unavailable: that is a bug, not an outage', async () => {
    const error = await errorOf(test.database.rows(sql`SELECT * FROM no_such_table`));
    expect((error as { code?: string }).code).toBe('42P01');
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
