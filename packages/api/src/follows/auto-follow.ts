import { sql } from 'drizzle-orm';
import { NOTICES_WITH_AUTO_FOLLOW } from '../consultations/privacy-notice.js';
import type { SqlRunner } from '../database/index.js';
import type { FeedEvent } from '../event-store/index.js';
import { newSecret } from '../people/secrets.js';
import { personalDataOf } from '../queries/personal-data.js';
import { findFollower, insertFollower, upsertFollow } from './store.js';

/**
 * An accepted submission's submitter follows the new suggestion ("my suggestion"): their address
 * is confirmed (double opt-in of the submission), and the privacy notice they consented to says
 * so (only versions that do). The follower carries the submission's personal-data subject, so an
 * erasure of it deletes the follow with the address.
 */
export const autoFollowAccepted = async (
  tx: SqlRunner,
  event: FeedEvent,
  newId: () => string,
): Promise<void> => {
  const consultationId = event.streamId.replace(/^Consultation-/, '');
  const { submissionId, suggestionId } = event.data as {
    submissionId?: string;
    suggestionId?: string;
  };
  if (!submissionId || !suggestionId) return;
  const [received] = await tx.rows<{ subject_id: string; notice: string | null }>(sql`
    SELECT data->>'submitterSubjectId' AS subject_id, data->'consent'->>'noticeVersion' AS notice
    FROM events WHERE stream_id = ${event.streamId} AND type = 'SubmissionReceived'
      AND data->>'submissionId' = ${submissionId}
    LIMIT 1`);
  if (!received || !NOTICES_WITH_AUTO_FOLLOW.has(received.notice ?? '')) return;
  const person = (await personalDataOf(tx, 'Consultation', consultationId)).get(
    received.subject_id,
  );
  if (!person || person.erased || !person.email) return;
  // The language they submitted in: their confirmation mail's.
  const [earlier] = await tx.rows<{ locale: string }>(sql`
    SELECT locale FROM mail_outbox WHERE subject_id = ${received.subject_id}
    ORDER BY created_at LIMIT 1`);
  const follower =
    (await findFollower(tx, { email: person.email })) ??
    (await insertFollower(tx, {
      id: newId(),
      userId: null,
      email: person.email,
      subjectId: received.subject_id,
      language: earlier?.locale === 'en' ? 'en' : 'de',
      mode: 'immediate',
      manageToken: newSecret(),
      now: event.recordedAt,
    }));
  await upsertFollow(tx, {
    id: newId(),
    followerId: follower.id,
    targetKind: 'Suggestion',
    targetId: suggestionId,
    status: 'active',
    source: 'consultation',
    confirmationHash: null,
    confirmBy: null,
    fromPosition: event.position,
    now: event.recordedAt,
  });
};
