import type { AggregateKind } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/** What is known of a person: their details, or only that they were erased (GDPR). */
export type PersonalRecord =
  | {
      readonly subjectId: string;
      readonly erased: false;
      readonly name?: string;
      readonly email?: string;
      readonly organisation?: string;
    }
  | { readonly subjectId: string; readonly erased: true };

/**
 * The personal data attached to an item's events, newest per subject. Callers decide who may
 * see it: partners and anonymous callers never do.
 */
export const personalDataOf = async (
  runner: SqlRunner,
  kind: AggregateKind,
  id: string,
): Promise<Map<string, PersonalRecord>> => {
  const rows = await runner.rows<{ subject_id: string; data: Record<string, string> | null }>(sql`
    SELECT DISTINCT ON (p.subject_id) p.subject_id, p.data
    FROM personal_data p JOIN events e ON e.id = p.event_id
    WHERE e.stream_id = ${`${kind}-${id}`}
    ORDER BY p.subject_id, p.event_id DESC`);
  return new Map(
    rows.map((row): [string, PersonalRecord] => [
      row.subject_id,
      row.data === null
        ? { subjectId: row.subject_id, erased: true }
        : { subjectId: row.subject_id, erased: false, ...row.data },
    ]),
  );
};
