import { DomainError } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import { deleteFollowersOf } from '../follows/store.js';
import { deleteMailsOf } from '../mail/outbox.js';
import { shredSubjectKey } from './subject-keys.js';

/** The one event that belongs to no item: a subject's personal data was erased. */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

export interface ErasureRequest {
  readonly subjectId: string;
  readonly actor: string;
  readonly role: string;
  readonly reason: string;
  readonly now: string;
}

/**
 * Erases a person's personal data (GDPR Art. 17): every record of the subject beside the log is
 * emptied, so history shows "erased" in its place, and the subject's key is destroyed, so the
 * sealed copies in every earlier export and backup can no longer be read (crypto-shredding). The
 * hashed log never held the data, so the chain still verifies. The erasure itself is recorded as
 * an event (who, when, why) in the subject's own stream — without the data, of course.
 */
export const eraseSubject = async (
  database: Database,
  store: EventStore,
  request: ErasureRequest,
): Promise<number> => {
  if (request.reason.trim() === '') {
    throw new DomainError(
      'BAD_USER_INPUT',
      { de: 'Eine Begründung ist erforderlich.', en: 'A reason is required.' },
      { field: 'reason' },
    );
  }
  const { erased, shredded, mails, followers } = await database.transaction(async (tx) => ({
    erased: await tx.rows<{ event_id: string | number }>(sql`
      UPDATE personal_data SET data = NULL, erased_at = now()
      WHERE subject_id = ${request.subjectId} AND data IS NOT NULL
      RETURNING event_id`),
    shredded: await shredSubjectKey(tx, request.subjectId),
    mails: await deleteMailsOf(tx, request.subjectId),
    followers: await deleteFollowersOf(tx, request.subjectId),
  }));
  if (erased.length === 0 && !shredded && mails === 0 && followers === 0) {
    const [known] = await database.rows(
      sql`SELECT 1 FROM personal_data WHERE subject_id = ${request.subjectId} LIMIT 1`,
    );
    if (!known) {
      throw new DomainError(
        'NOT_FOUND',
        {
          de: `Zu „${request.subjectId}“ sind keine personenbezogenen Daten gespeichert.`,
          en: `No personal data is stored for "${request.subjectId}".`,
        },
        { field: 'subjectId' },
      );
    }
    return 0;
  }
  await store.append(
    `Subject-${request.subjectId}`,
    [
      {
        type: PERSONAL_DATA_ERASED,
        schemaVersion: 1,
        data: { subjectId: request.subjectId, records: erased.length },
        occurredAt: request.now,
        metadata: { reason: request.reason },
      },
    ],
    { metadata: { actor: request.actor, role: request.role } },
  );
  return erased.length;
};
