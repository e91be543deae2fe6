import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { RenderedMail } from './render.js';

/** One mail to one person, as the outbox keeps it until it is sent. */
export interface OutboundMail extends RenderedMail {
  /** What the mail is about, e.g. `consultation.confirm` (metrics, runbook). */
  readonly kind: string;
  readonly to: string;
  /** The personal data's subject the address belongs to: erasure deletes the mail with it. */
  readonly subjectId?: string;
  /** Notifications only: where one click unsubscribes (RFC 8058 `List-Unsubscribe`). */
  readonly unsubscribeUrl?: string;
  /** When the mail is put in the outbox (the command's `now`): the first attempt is due then. */
  readonly now: string;
}

/**
 * Puts a mail in the outbox within the caller's transaction: it is sent if and only if that
 * transaction commits (the events that caused it), once, by whichever API process claims it.
 *
 * @example
 * await database.transaction(async (tx) => {
 *   // …append the events…
 *   await enqueueMail(tx, { kind: 'consultation.confirm', to, locale: 'de', now, ...rendered });
 * });
 */
export const enqueueMail = async (tx: SqlRunner, mail: OutboundMail): Promise<string> => {
  const id = randomUUID();
  await tx.rows(sql`
    INSERT INTO mail_outbox (id, kind, subject_id, recipient, locale, subject, text_body,
      html_body, unsubscribe_url, created_at, next_attempt_at)
    VALUES (${id}, ${mail.kind}, ${mail.subjectId ?? null}, ${mail.to}, ${mail.locale},
      ${mail.subject}, ${mail.text}, ${mail.html}, ${mail.unsubscribeUrl ?? null}, ${mail.now},
      ${mail.now})`);
  return id;
};

/** Erasure (GDPR Art. 17): no copy of the address stays behind, sent or not. */
export const deleteMailsOf = async (tx: SqlRunner, subjectId: string): Promise<number> =>
  (await tx.rows(sql`DELETE FROM mail_outbox WHERE subject_id = ${subjectId} RETURNING id`)).length;
