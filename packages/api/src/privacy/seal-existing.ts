import { sql } from 'drizzle-orm';
import type { Database } from '../database/connect.js';
import type { JsonObject } from '../event-store/types.js';
import { sealDetails } from './sealing.js';
import { subjectKeysFor } from './subject-keys.js';

const BATCH = 500;

/**
 * Seals personal data still stored in plain text (written before sealing existed), batch by
 * batch, each in its own transaction: a data migration SQL cannot do, as the keys are made here.
 * Safe to run on every start and from several processes at once (rows are locked, then re-read).
 */
export const sealPlainPersonalData = async (database: Database): Promise<number> => {
  let sealed = 0;
  for (;;) {
    const count = await database.transaction(async (tx) => {
      const rows = await tx.rows<{
        event_id: number | string;
        subject_id: string;
        data: JsonObject;
      }>(
        sql`
        SELECT event_id, subject_id, data FROM personal_data
        WHERE data IS NOT NULL AND data->>'sealed' IS NULL
        ORDER BY event_id, subject_id LIMIT ${BATCH} FOR UPDATE`,
      );
      if (rows.length === 0) return 0;
      const keys = await subjectKeysFor(
        tx,
        rows.map((row) => row.subject_id),
      );
      const updates = rows.map((row) => {
        const key = keys.get(row.subject_id);
        if (!key) throw new Error(`No key for subject ${row.subject_id}`);
        return {
          event_id: Number(row.event_id),
          subject_id: row.subject_id,
          data: sealDetails(row.subject_id, key, row.data),
        };
      });
      await tx.rows(sql`
        UPDATE personal_data p SET data = u.data
        FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
          AS u(event_id bigint, subject_id text, data jsonb)
        WHERE p.event_id = u.event_id AND p.subject_id = u.subject_id`);
      return rows.length;
    });
    if (count === 0) return sealed;
    sealed += count;
  }
};
