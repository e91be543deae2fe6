import type { AggregateKind } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { JsonObject } from '../event-store/types.js';
import { openRecord } from '../privacy/sealing.js';
import { SUBJECT_KEY_OF_ROW } from '../privacy/subject-keys.js';

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

/** A stored row's record, opened with its subject's key (no key: erased). */
export const personalRecordOf = (
  subjectId: string,
  data: JsonObject | null,
  key: string | null,
): PersonalRecord => {
  const { erased, ...details } = openRecord(subjectId, data, key);
  return erased
    ? { subjectId, erased: true }
    : { ...(details as Record<string, string>), subjectId, erased: false };
};

/**
 * The personal data attached to an item's events, newest per subject. Callers decide who may
 * see it: partners and anonymous callers never do.
 */
export const personalDataOf = async (
  runner: SqlRunner,
  kind: AggregateKind,
  id: string,
): Promise<Map<string, PersonalRecord>> => {
  const rows = await runner.rows<{
    subject_id: string;
    data: JsonObject | null;
    key: string | null;
  }>(sql`
    SELECT DISTINCT ON (p.subject_id) p.subject_id, p.data, ${SUBJECT_KEY_OF_ROW} AS key
    FROM personal_data p JOIN events e ON e.id = p.event_id
    WHERE e.stream_id = ${`${kind}-${id}`}
    ORDER BY p.subject_id, p.event_id DESC`);
  return new Map(
    rows.map((row): [string, PersonalRecord] => [
      row.subject_id,
      personalRecordOf(row.subject_id, row.data, row.key),
    ]),
  );
};
