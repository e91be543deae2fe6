import { type SQL, sql } from 'drizzle-orm';

/**
 * Keys as a subquery over one jsonb parameter, for `(…) IN (…)`. A list of row values instead
 * overflows PGlite's stack from about 275 rows (the query hangs or returns nothing), and a page
 * of the events feed asks for up to 500 items.
 */
const keySet = (keys: readonly object[], columns: string): SQL =>
  sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS k(${sql.raw(columns)})`;

/** `(kind, id)` pairs. */
export const itemKeys = (refs: readonly { kind: string; id: string }[]): SQL =>
  keySet(
    refs.map(({ kind, id }) => ({ kind, id })),
    'kind text, id text',
  );

/** `(kind, id, version)` triples. */
export const versionKeys = (refs: readonly { kind: string; id: string; version: number }[]): SQL =>
  keySet(
    refs.map(({ kind, id, version }) => ({ kind, id, version })),
    'kind text, id text, version integer',
  );
