import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

const FORMAT = 'fahrplan-subject-keys';

/** The key store as a file: back it up apart from the event exports, and replace it after erasures. */
export interface SubjectKeyBackup {
  readonly format: typeof FORMAT;
  readonly version: 1;
  readonly subjects: readonly {
    readonly subjectId: string;
    /** Null once erased: the backup then records the erasure, not the key. */
    readonly key: string | null;
    readonly shreddedAt: string | null;
  }[];
}

/** Why a key-store backup was refused. */
export class SubjectKeyBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubjectKeyBackupError';
  }
}

export const exportSubjectKeys = async (runner: SqlRunner): Promise<SubjectKeyBackup> => {
  const rows = await runner.rows<{
    subject_id: string;
    key: string | null;
    shredded_at: string | null;
  }>(sql`
    SELECT subject_id, key,
      to_char(shredded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS shredded_at
    FROM subject_keys ORDER BY subject_id`);
  return {
    format: FORMAT,
    version: 1,
    subjects: rows.map((row) => ({
      subjectId: row.subject_id,
      key: row.key,
      shreddedAt: row.shredded_at,
    })),
  };
};

const KEY = /^[A-Za-z0-9+/]{43}=$/;

/** Checks a parsed file is a key-store backup, naming what is wrong. */
export const parseSubjectKeyBackup = (value: unknown): SubjectKeyBackup => {
  const backup = value as Partial<SubjectKeyBackup> | null;
  if (backup?.format !== FORMAT || backup.version !== 1 || !Array.isArray(backup.subjects)) {
    throw new SubjectKeyBackupError(
      `not a key-store backup (expected format "${FORMAT}", version 1)`,
    );
  }
  backup.subjects.forEach((entry, index) => {
    const valid =
      typeof entry?.subjectId === 'string' &&
      entry.subjectId !== '' &&
      (entry.key === null || (typeof entry.key === 'string' && KEY.test(entry.key))) &&
      (entry.shreddedAt === null || typeof entry.shreddedAt === 'string') &&
      (entry.key !== null || entry.shreddedAt !== null);
    if (!valid) throw new SubjectKeyBackupError(`subject ${index + 1} is not a valid key entry`);
  });
  return backup as SubjectKeyBackup;
};

/**
 * Restores keys and erasures into the key store. An erasure always wins: a key the store has
 * destroyed is never brought back, and a destroyed key in the backup destroys the store's.
 */
export const importSubjectKeys = async (
  runner: SqlRunner,
  backup: SubjectKeyBackup,
): Promise<void> => {
  if (backup.subjects.length === 0) return;
  await runner.rows(sql`
    INSERT INTO subject_keys (subject_id, key, shredded_at)
    SELECT "subjectId", key, "shreddedAt"
    FROM jsonb_to_recordset(${JSON.stringify(backup.subjects)}::jsonb)
      AS k("subjectId" text, key text, "shreddedAt" timestamptz)
    ON CONFLICT (subject_id) DO UPDATE SET
      key = CASE WHEN EXCLUDED.key IS NULL THEN NULL ELSE subject_keys.key END,
      shredded_at = coalesce(subject_keys.shredded_at, EXCLUDED.shredded_at)`);
};
