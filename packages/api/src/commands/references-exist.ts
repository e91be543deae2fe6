import type { Reference } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/** Per reference, in order, whether the item exists: the command loop's `exists` port. */
export const referencesExist =
  (runner: SqlRunner) =>
  async (references: readonly Reference[]): Promise<boolean[]> => {
    const rows = await runner.rows<{ kind: string; id: string }>(sql`
      SELECT kind, id FROM item_versions WHERE valid_to IS NULL AND status <> 'empty' AND (kind, id) IN (
        ${sql.join(
          references.map((ref) => sql`(${ref.kind}, ${ref.id})`),
          sql`, `,
        )})`);
    const found = new Set(rows.map((row) => `${row.kind}:${row.id}`));
    return references.map((ref) => found.has(`${ref.kind}:${ref.id}`));
  };
