import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/connect.js';
import { sqlList } from '../database/sql-list.js';
import { newSubjectKey } from './sealing.js';

/**
 * The key of each subject, made for those that have none (or whose key was destroyed by an
 * erasure: new details get a new key; details sealed with the old one stay unreadable).
 */
export const subjectKeysFor = async (
  runner: SqlRunner,
  subjectIds: readonly string[],
): Promise<Map<string, string>> => {
  const ids = [...new Set(subjectIds)];
  if (ids.length === 0) return new Map();
  const candidates = ids.map((subject_id) => ({ subject_id, key: newSubjectKey() }));
  // Only a missing or destroyed key is written: existing keys stay untouched and unlocked.
  await runner.rows(sql`
    INSERT INTO subject_keys (subject_id, key)
    SELECT subject_id, key FROM jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb)
      AS k(subject_id text, key text)
    ON CONFLICT (subject_id) DO UPDATE SET key = EXCLUDED.key WHERE subject_keys.key IS NULL`);
  const rows = await runner.rows<{ subject_id: string; key: string }>(sql`
    SELECT subject_id, key FROM subject_keys
    WHERE subject_id IN (${sqlList(ids)})`);
  return new Map(rows.map((row) => [row.subject_id, row.key]));
};

/** The SQL for a personal-data row's (alias `p`) key, to open its details: null if destroyed. */
export const SUBJECT_KEY_OF_ROW = sql`(SELECT k.key FROM subject_keys k WHERE k.subject_id = p.subject_id)`;

/** Destroys a subject's key (crypto-shredding); the row remains as the record of the erasure. */
export const shredSubjectKey = async (runner: SqlRunner, subjectId: string): Promise<boolean> => {
  const rows = await runner.rows(sql`
    UPDATE subject_keys SET key = NULL, shredded_at = coalesce(shredded_at, now())
    WHERE subject_id = ${subjectId} AND key IS NOT NULL RETURNING subject_id`);
  return rows.length > 0;
};
