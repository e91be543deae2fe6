import { randomUUID } from 'node:crypto';
import { periodicWorker } from '../background/periodic-worker.js';
import type { Database } from '../database/index.js';
import { type MailMessage, MailSendError, type MailTransport } from './transport.js';

export interface MailWorkerOptions {
  readonly database: Database;
  readonly transport: MailTransport;
  readonly now: () => string;
  /** After this many attempts a temporary failure is final (`failed`). */
  readonly maxAttempts: number;
  /** This process's name on its claims (default: a random id). */
  readonly owner?: string;
  /** Mails one pass claims (default 10). */
  readonly batchSize?: number;
  /**
   * How long a claim holds (default 5 min): longer than one attempt may take, so a mail is never
   * sent by two processes at once; a process that died holding it frees it when it runs out.
   */
  readonly leaseMs?: number;
  /** The wait before attempt n + 1 (default: 1 min doubling each time, at most 6 h). */
  readonly backoffMs?: (attempts: number) => number;
}

export interface MailPass {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

const MINUTE_MS = 60_000;
export const defaultBackoffMs = (attempts: number): number =>
  Math.min(MINUTE_MS * 2 ** (attempts - 1), 360 * MINUTE_MS);

const later = (now: string, ms: number): string => new Date(Date.parse(now) + ms).toISOString();

interface ClaimedRow {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly text_body: string;
  readonly html_body: string;
  readonly unsubscribe_url: string | null;
  readonly attempts: number;
}

/**
 * Sends the outbox. Each pass claims due mails in one statement (`FOR UPDATE SKIP LOCKED`: two
 * processes never claim the same row) and counts the attempt with the claim, so a process that
 * keeps crashing mid-send still runs out of attempts. A result is written only while the claim is
 * still this process's. Delivery is at least once: a crash after the server accepted a mail and
 * before it is marked sent sends it again once the lease runs out (same Message-ID).
 */
export const createMailWorker = (options: MailWorkerOptions) => {
  const { database, transport, now, maxAttempts } = options;
  const owner = options.owner ?? randomUUID();
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 5 * MINUTE_MS;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;

  const claim = async (at: string): Promise<ClaimedRow[]> =>
    database.query<ClaimedRow>(
      `UPDATE mail_outbox SET lease_until = $1, lease_owner = $2, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE status = 'pending' AND next_attempt_at <= $3
           AND (lease_until IS NULL OR lease_until <= $3)
         ORDER BY next_attempt_at, created_at
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, text_body, html_body, unsubscribe_url, attempts`,
      [later(at, leaseMs), owner, at, batchSize],
    );

  /** Records an attempt's outcome, if the claim is still ours. */
  const settle = (
    id: string,
    outcome: { status: 'sent' | 'pending' | 'failed'; nextAttemptAt?: string; error?: string },
  ) =>
    database.query(
      `UPDATE mail_outbox SET status = $1, next_attempt_at = COALESCE($2, next_attempt_at),
         last_error = $3, sent_at = CASE WHEN $1 = 'sent' THEN $4::timestamptz END,
         lease_until = NULL, lease_owner = NULL
       WHERE id = $5 AND lease_owner = $6`,
      [outcome.status, outcome.nextAttemptAt ?? null, outcome.error ?? null, now(), id, owner],
    );

  const attempt = async (row: ClaimedRow): Promise<keyof MailPass> => {
    const message: MailMessage = {
      id: row.id,
      to: row.recipient,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      ...(row.unsubscribe_url ? { unsubscribeUrl: row.unsubscribe_url } : {}),
    };
    try {
      await transport.send(message);
      await settle(row.id, { status: 'sent' });
      return 'sent';
    } catch (error) {
      const failure =
        error instanceof MailSendError ? error : new MailSendError(String(error), false);
      if (failure.permanent || row.attempts >= maxAttempts) {
        await settle(row.id, { status: 'failed', error: failure.message });
        return 'failed';
      }
      await settle(row.id, {
        status: 'pending',
        nextAttemptAt: later(now(), backoffMs(row.attempts)),
        error: failure.message,
      });
      return 'retried';
    }
  };

  /**
   * One pass over what is due now; a failed pass (database away) waits for the next. `stop` waits
   * for a pass under way; unsent mails stay for the next start.
   */
  return periodicWorker(async (): Promise<MailPass> => {
    const pass = { sent: 0, retried: 0, failed: 0 };
    for (const row of await claim(now())) pass[await attempt(row)] += 1;
    return pass;
  });
};

export type MailWorker = ReturnType<typeof createMailWorker>;
