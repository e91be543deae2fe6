import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import type { JsonObject, StoredPersonalRecord } from '../event-store/types.js';
import { isSealed, sealDetails } from './sealing.js';
import { subjectKeysFor } from './subject-keys.js';

/** A restored record as stored: sealed details, or null once erased. */
export interface RestoredRecord {
  readonly subjectId: string;
  readonly data: JsonObject | null;
}

/**
 * What a restore may store of a backup's personal records, judged by this installation's key
 * store: nothing of a subject it has erased (whatever the backup holds), sealed details as they
 * are, and plain details (an export from before sealing) sealed now. `unreadable` lists the
 * subjects whose sealed details have no key here (restore the key store to read them).
 */
export const restorePersonalRecords = async (
  runner: SqlRunner,
  records: readonly StoredPersonalRecord[],
): Promise<{ rows: RestoredRecord[]; unreadable: Set<string> }> => {
  const ids = [...new Set(records.map((record) => record.subjectId))];
  if (ids.length === 0) return { rows: [], unreadable: new Set() };
  const known = await runner.rows<{ subject_id: string; key: string | null }>(sql`
    SELECT subject_id, key FROM subject_keys WHERE subject_id IN (${sqlList(ids)})`);
  const erased = new Set(known.filter((row) => row.key === null).map((row) => row.subject_id));
  const keyed = new Set(known.filter((row) => row.key !== null).map((row) => row.subject_id));
  const plain = (record: StoredPersonalRecord) =>
    !record.erased && !erased.has(record.subjectId) && !isSealed(record);
  const keys = await subjectKeysFor(
    runner,
    records.filter(plain).map((record) => record.subjectId),
  );
  const unreadable = new Set<string>();
  const rows = records.map(({ subjectId, erased: wasErased, ...details }): RestoredRecord => {
    if (wasErased || erased.has(subjectId)) return { subjectId, data: null };
    const stored = details as JsonObject;
    if (isSealed(stored)) {
      if (!keyed.has(subjectId)) unreadable.add(subjectId);
      return { subjectId, data: { sealed: stored.sealed } };
    }
    const key = keys.get(subjectId);
    if (!key) throw new Error(`No key for subject ${subjectId}`);
    return { subjectId, data: sealDetails(subjectId, key, stored) };
  });
  return { rows, unreadable };
};
