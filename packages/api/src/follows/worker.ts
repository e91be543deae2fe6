import { randomUUID } from 'node:crypto';
import { KIND_LABELS } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { ANONYMOUS, type Caller, principalRoleOf } from '../auth/caller.js';
import { periodicWorker } from '../background/periodic-worker.js';
import type { Database } from '../database/index.js';
import type { EventStore, FeedEvent } from '../event-store/index.js';
import { enqueueMail } from '../mail/index.js';
import type { Logger } from '../observability/index.js';
import { actorOfUser, readUser } from '../people/users.js';
import { autoFollowAccepted } from './auto-follow.js';
import { advanceCursor, assertLease, claimCursor, releaseCursor } from './cursor.js';
import { digestDueAt } from './digest-time.js';
import { itemLink, settingsLink, unsubscribeLink } from './links.js';
import { type NotificationLine, notificationMail } from './mails.js';
import {
  anyoneFollows,
  type Candidate,
  type CandidateRow,
  candidateOf,
  candidatesFor,
  subjectOf,
} from './matching.js';
import { NEW_IN_FIELD, NOTABLE, PUBLISHED_IN_FIELD } from './notable.js';
import { deleteExpired, type FollowMode } from './store.js';

/**
 * Which of the feed's positions in `(after, after + first]` a caller sees: the `events` feed read
 * with that caller (composition: graphql/webhook-feed.ts), so a follower is told exactly what the
 * API would show them, drafts and all the redaction rules included.
 */
export type VisibilityReader = (
  caller: Caller,
  page: { readonly after: number; readonly first: number },
) => Promise<ReadonlySet<number>>;

export interface NotificationWorkerDependencies {
  readonly database: Database;
  readonly store: Pick<EventStore, 'readAll'>;
  readonly visibleTo: VisibilityReader;
  readonly now: () => string;
  readonly newId: () => string;
  readonly timeZone: string;
  readonly publicUrl: string;
  readonly logger?: Logger;
  /** This process's name on the lease (default: a random id). */
  readonly owner?: string;
  /** How long the lease holds between writes (default 2 min). */
  readonly leaseMs?: number;
  /** Events one page reads (default 100). */
  readonly batchSize?: number;
}

export interface NotificationPass {
  /** Mails put in the outbox (notifications and digests). */
  readonly mailed: number;
  /** Lines kept for a later digest. */
  readonly collected: number;
}

const PAGES_PER_PASS = 20;
const DIGESTS_PER_PASS = 50;

interface Recipient {
  readonly candidate: Candidate;
  readonly to: string;
  readonly lines: (NotificationLine & { position: number; dueAt?: string })[];
}

/**
 * Tells followers what happened, from the event feed (outbox pattern): one checkpoint, moved in
 * the transaction that puts the page's mails in the outbox (`enqueueMail`) and the digests'
 * lines in `notification_digest`, under one lease (cursor.ts) so that replicas never send twice;
 * the mail worker then sends with retries. Per follower only what their caller may see: the
 * public what the public feed shows, a member what their role reads.
 */
export const createNotificationWorker = (deps: NotificationWorkerDependencies) => {
  const { database, store, now, timeZone, publicUrl } = deps;
  const owner = deps.owner ?? `notifications-${randomUUID()}`;
  const leaseMs = deps.leaseMs ?? 2 * 60_000;
  const batchSize = deps.batchSize ?? 100;
  const lease = () => ({ now: now(), leaseMs });

  const callerOf = async (candidate: Candidate): Promise<Caller | undefined> => {
    if (candidate.userId === null) return ANONYMOUS;
    const user = await readUser(database, candidate.userId);
    if (!user?.email) return undefined;
    return {
      actor: actorOfUser(user.userId),
      role: principalRoleOf(user.grants),
      grants: user.grants,
    };
  };

  const addressOf = async (candidate: Candidate): Promise<string | undefined> => {
    if (candidate.userId === null) return candidate.email ?? undefined;
    return (await readUser(database, candidate.userId))?.email;
  };

  /** The lines of a page per follower: what is news for them and what they may see. */
  const plan = async (events: readonly FeedEvent[], after: number) => {
    const recipients = new Map<string, Recipient>();
    const visible = new Map<string, Promise<ReadonlySet<number>>>();
    const callers = new Map<string, Promise<Caller | undefined>>();
    for (const event of events) {
      const notable = NOTABLE[event.type];
      const subject = await subjectOf(database, event);
      if (!subject) continue;
      const forField = subject.isNew || PUBLISHED_IN_FIELD.has(event.type);
      if (!notable && !forField) continue;
      for (const candidate of await candidatesFor(database, subject, event.position, forField)) {
        // A follow of the item hears of notable events; one of its field, of new items.
        if (candidate.viaItem ? !notable : !forField) continue;
        const key = candidate.userId ?? 'public';
        if (!callers.has(key)) callers.set(key, callerOf(candidate));
        const caller = await callers.get(key);
        if (!caller) continue;
        if (!visible.has(key)) {
          visible.set(key, deps.visibleTo(caller, { after, first: events.length }));
        }
        if (!(await visible.get(key))?.has(event.position)) continue;
        let recipient = recipients.get(candidate.followerId);
        if (!recipient) {
          const to = await addressOf(candidate);
          if (!to) continue;
          recipient = { candidate, to, lines: [] };
          recipients.set(candidate.followerId, recipient);
        }
        const locale = candidate.language;
        const text =
          candidate.viaItem && notable
            ? notable[locale](subject.title)
            : NEW_IN_FIELD[locale](
                KIND_LABELS[subject.kind as keyof typeof KIND_LABELS]?.[locale] ?? subject.kind,
                subject.title,
              );
        recipient.lines.push({
          position: event.position,
          text,
          link: itemLink(publicUrl, subject.kind, subject.id),
          ...(candidate.mode === 'immediate'
            ? {}
            : { dueAt: digestDueAt(candidate.mode, now(), timeZone) }),
        });
      }
    }
    return [...recipients.values()];
  };

  const linksOf = (candidate: Candidate) => ({
    settings: settingsLink(publicUrl, candidate.manageToken),
    unsubscribe: unsubscribeLink(publicUrl, candidate.manageToken),
  });

  const mail = (
    tx: Parameters<Parameters<Database['transaction']>[0]>[0],
    recipient: Pick<Recipient, 'candidate' | 'to'>,
    mode: FollowMode,
    lines: readonly NotificationLine[],
  ) =>
    enqueueMail(tx, {
      kind: mode === 'immediate' ? 'follow.notification' : `follow.digest.${mode}`,
      to: recipient.to,
      subjectId: recipient.candidate.subjectId ?? recipient.candidate.followerId,
      unsubscribeUrl: unsubscribeLink(publicUrl, recipient.candidate.manageToken),
      now: now(),
      ...notificationMail(recipient.candidate.language, mode, lines, linksOf(recipient.candidate)),
    });

  /** One page after `from`: read, planned, written with the checkpoint. */
  const page = async (from: number): Promise<(NotificationPass & { to: number }) | undefined> => {
    let events = await store.readAll({ after: from, limit: batchSize });
    // A page ends after an accepted submission, so the follow it makes counts for what follows.
    const accepted = events.findIndex((event) => event.type === 'SubmissionAccepted');
    if (accepted >= 0) events = events.slice(0, accepted + 1);
    const last = events.at(-1);
    if (!last) return undefined;
    const recipients = (await anyoneFollows(database)) ? await plan(events, from) : [];
    let mailed = 0;
    let collected = 0;
    await database.transaction(async (tx) => {
      if (accepted >= 0) await autoFollowAccepted(tx, last, deps.newId);
      for (const recipient of recipients) {
        const { mode } = recipient.candidate;
        if (mode === 'immediate') {
          await mail(tx, recipient, mode, recipient.lines);
          mailed += 1;
          continue;
        }
        for (const line of recipient.lines) {
          await tx.rows(sql`
            INSERT INTO notification_digest (follower_id, position, due_at, line, link)
            VALUES (${recipient.candidate.followerId}, ${line.position}, ${line.dueAt ?? now()},
              ${line.text}, ${line.link})
            ON CONFLICT DO NOTHING`);
          collected += 1;
        }
      }
      await advanceCursor(tx, owner, { from, to: last.position }, lease());
    });
    return { mailed, collected, to: last.position };
  };

  /** Digests whose day or week is over: one mail per follower, its lines deleted with it. */
  const digests = async (): Promise<number> => {
    const at = now();
    const due = await database.rows<{ follower_id: string }>(sql`
      SELECT DISTINCT follower_id FROM notification_digest WHERE due_at <= ${at}::timestamptz
      LIMIT ${DIGESTS_PER_PASS}`);
    let mailed = 0;
    for (const { follower_id: followerId } of due) {
      await database.transaction(async (tx) => {
        await assertLease(tx, owner, lease());
        const lines = await tx.rows<{ line: string; link: string }>(sql`
          DELETE FROM notification_digest WHERE follower_id = ${followerId}
            AND due_at <= ${at}::timestamptz
          RETURNING position, line, link`);
        const [follower] = await tx.rows<Omit<CandidateRow, 'follower_id' | 'via_item'>>(
          sql`SELECT user_id, email, subject_id, language, mode, manage_token FROM followers
          WHERE id = ${followerId}`,
        );
        if (!follower || lines.length === 0) return;
        const candidate = candidateOf({ ...follower, follower_id: followerId, via_item: true });
        const to = await addressOf(candidate);
        if (!to) return;
        const mode = candidate.mode === 'weekly' ? 'weekly' : 'daily';
        const ordered = [...(lines as { position: string; line: string; link: string }[])].sort(
          (a, b) => Number(a.position) - Number(b.position),
        );
        await mail(
          tx,
          { candidate, to },
          mode,
          ordered.map((line) => ({ text: line.line, link: line.link })),
        );
        mailed += 1;
      });
    }
    return mailed;
  };

  /** One pass: the feed up to its head (bounded), then the due digests. */
  return periodicWorker(
    async (): Promise<NotificationPass> => {
      let position = await claimCursor(database, owner, now(), leaseMs);
      if (position === undefined) return { mailed: 0, collected: 0 };
      const pass = { mailed: 0, collected: 0 };
      try {
        for (let count = 0; count < PAGES_PER_PASS; count += 1) {
          const done = await page(position);
          if (!done) break;
          pass.mailed += done.mailed;
          pass.collected += done.collected;
          position = done.to;
        }
        pass.mailed += await digests();
        await deleteExpired(database, now());
      } finally {
        await releaseCursor(database, owner).catch(() => {});
      }
      return pass;
    },
    { onError: (error) => deps.logger?.error({ err: error }, 'notification worker failed') },
  );
};

export type NotificationWorker = ReturnType<typeof createNotificationWorker>;
