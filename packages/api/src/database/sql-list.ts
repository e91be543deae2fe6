import { type SQL, sql } from 'drizzle-orm';

/**
 * Values as a comma-separated list of parameters, for `IN (…)` and `ARRAY[…]`: the one way to
 * bind a list (an empty list gives an empty fragment; callers guard where that is invalid).
 */
export const sqlList = (values: readonly unknown[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
