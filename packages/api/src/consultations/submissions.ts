import { createHash, randomBytes } from 'node:crypto';
import { DomainError, type ExistingConsultation, type Sector } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { CommandExecutor } from '../commands/execute.js';
import type { Database, SqlRunner, Transaction } from '../database/index.js';
import type { Locale } from '../http/locale.js';
import { createTokenBuckets } from '../http/token-bucket.js';
import { enqueueMail } from '../mail/index.js';
import { currentState } from '../projections/item-projection.js';
import { personalDataOf } from '../queries/personal-data.js';
import { confirmationMail, declineMail } from './mails.js';
import { PRIVACY_NOTICE_VERSION } from './privacy-notice.js';
import type { ProofOfWork } from './proof-of-work.js';

/** How long the mailed link confirms a submission. */
export const CONFIRMATION_VALID_MS = 72 * 60 * 60 * 1000;

/** The public caller: no account, no token; the domain's permission table names it `public`. */
const PUBLIC_ACTOR = 'public';

/** Tries of a public command when another submission to the same consultation got in first. */
const CONFLICT_TRIES = 5;

/**
 * Submissions all append to their consultation's stream: two at once conflict on its version,
 * and the later one is simply run again on the new state (no caller of ours sends a version).
 */
const retryOnConflict = async <T>(work: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (
        !(error instanceof DomainError && error.code === 'CONFLICT') ||
        attempt >= CONFLICT_TRIES
      ) {
        throw error;
      }
    }
  }
};

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface SubmissionDependencies {
  readonly database: Database;
  readonly execute: CommandExecutor;
  readonly now: () => string;
  readonly newId: () => string;
  readonly timeZone: string;
  /** The web app's address: links in mails point there (config: FAHRPLAN_PUBLIC_URL). */
  readonly publicUrl: string;
  readonly proofOfWork: ProofOfWork;
  /** Submissions a minute per client address (per API process), bursts up to as many. */
  readonly perAddressPerMinute: number;
  /** The clock of the per-address limit, in ms (tests: a fake). */
  readonly nowMs?: () => number;
}

/** What keeps bots out, beside the text: no account, no cookie, no third party. */
export interface SubmissionGuard {
  /** The client's address (`http/client-address.ts`): the per-address limit's key. */
  readonly address: string;
  /** The form's hidden field: people leave it empty, form-filling bots do not. */
  readonly honeypot?: string;
  /** The `altcha` widget's payload: a solved challenge of ours, used once. */
  readonly proof: string;
}

/** Too many submissions from one address: try again after `retryAfterSeconds`. */
export class SubmissionRateLimited extends Error {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many submissions from this address; retry after ${retryAfterSeconds} s`);
  }
}

export interface PublicSubmission {
  readonly consultationId: string;
  readonly text: string;
  readonly sector: Sector;
  readonly email: string;
  readonly name?: string;
  /** The submitter ticked the consent to the privacy notice (`PRIVACY_NOTICE`). */
  readonly consent: boolean;
  readonly locale: Locale;
}

/** The link in the mail: the token travels in the fragment, so no server log or Referer sees it. */
export const confirmationLink = (
  publicUrl: string,
  consultationId: string,
  submissionId: string,
  token: string,
): string =>
  `${publicUrl}/beteiligung/${encodeURIComponent(consultationId)}/bestaetigen#${submissionId}.${token}`;

const consultationOf = async (database: SqlRunner, id: string) =>
  (await currentState(database, 'Consultation', id))?.state as ExistingConsultation | undefined;

/**
 * The public side of a consultation and its moderation, each a domain command whose mail (if
 * any) enters the outbox in the command's own transaction: a refused command mails nothing, and
 * an accepted one is mailed exactly when its events are committed.
 */
export const createSubmissions = (deps: SubmissionDependencies) => {
  const { database, execute, now, newId, timeZone, publicUrl, proofOfWork } = deps;
  // The API's own token buckets (as the HTTP rate limit), with a budget for submissions.
  const buckets = createTokenBuckets(deps.nowMs ?? Date.now);

  /**
   * Anyone's suggestion: stored unconfirmed; the confirmation link goes out by mail. A filled
   * honeypot gets an answer like any other and nothing is written; the proof of work is spent
   * before the command runs, so a refused submission needs a new one.
   */
  const submit = async (input: PublicSubmission, guard: SubmissionGuard) => {
    if (guard.honeypot !== undefined && guard.honeypot.trim() !== '') {
      return {
        submissionId: newId(),
        confirmBy: new Date(Date.parse(now()) + CONFIRMATION_VALID_MS).toISOString(),
      };
    }
    const taken = buckets.take(`consultation:${guard.address}`, deps.perAddressPerMinute);
    if (!taken.allowed) throw new SubmissionRateLimited(taken.retryAfterSeconds);
    if (!(await database.transaction((tx) => proofOfWork.spend(tx, guard.proof)))) {
      throw new DomainError(
        'BAD_USER_INPUT',
        {
          de: 'Die Prüfung gegen Spam ist fehlgeschlagen oder abgelaufen; bitte erneut absenden.',
          en: 'The spam check failed or expired; please submit again.',
        },
        { field: 'proof' },
      );
    }
    if (input.consent !== true) {
      throw new DomainError(
        'BAD_USER_INPUT',
        {
          de: 'Ohne Einwilligung in die Datenschutzhinweise können wir Ihren Vorschlag nicht annehmen.',
          en: 'Without consent to the privacy notice we cannot take your suggestion.',
        },
        { field: 'consent' },
      );
    }
    const at = now();
    const submissionId = newId();
    const subjectId = newId();
    const token = randomBytes(32).toString('base64url');
    const confirmBy = new Date(Date.parse(at) + CONFIRMATION_VALID_MS).toISOString();
    const consultation = await consultationOf(database, input.consultationId);
    const link = confirmationLink(publicUrl, input.consultationId, submissionId, token);
    await retryOnConflict(() =>
      execute({
        type: 'SubmitToConsultation',
        data: {
          consultationId: input.consultationId,
          submissionId,
          text: input.text,
          sector: input.sector,
          contact: {
            subjectId,
            email: input.email,
            ...(input.name === undefined ? {} : { name: input.name }),
          },
          consent: { noticeVersion: PRIVACY_NOTICE_VERSION },
          confirmationHash: sha256(token),
          confirmBy,
        },
        metadata: { actor: PUBLIC_ACTOR, role: 'public', now: at, timeZone },
        alsoInTransaction: async (tx) => {
          await enqueueMail(tx, {
            kind: 'consultation.confirm',
            to: input.email.trim(),
            subjectId,
            now: at,
            ...confirmationMail(input.locale, {
              title: consultation?.title ?? '',
              link,
              confirmBy,
              timeZone,
            }),
          });
        },
      }),
    );
    return { submissionId, confirmBy };
  };

  /** The link from the mail was followed: the token's hash is checked by the domain. */
  const confirm = (consultationId: string, submissionId: string, token: string) =>
    retryOnConflict(() =>
      execute({
        type: 'ConfirmSubmission',
        data: { consultationId, submissionId, confirmationHash: sha256(token) },
        metadata: { actor: PUBLIC_ACTOR, role: 'public', now: now(), timeZone },
      }),
    );

  /**
   * The mail telling the submitter why the team declined, for the decline's own transaction: in
   * the language they submitted in (the confirmation mail's), unless their data was erased.
   */
  const declineMailing =
    (consultationId: string, submissionId: string, reason: string, at: string) =>
    async (tx: Transaction) => {
      const consultation = await consultationOf(tx, consultationId);
      const submission = consultation?.submissions.find(
        (each) => each.submissionId === submissionId,
      );
      if (!consultation || !submission) return;
      const subjectId = submission.submitterSubjectId;
      const person = (await personalDataOf(tx, 'Consultation', consultationId)).get(subjectId);
      if (!person || person.erased || !person.email) return;
      const [earlier] = await tx.rows<{ locale: string }>(sql`
        SELECT locale FROM mail_outbox WHERE subject_id = ${subjectId} ORDER BY created_at LIMIT 1`);
      const locale: Locale = earlier?.locale === 'en' ? 'en' : 'de';
      await enqueueMail(tx, {
        kind: 'consultation.declined',
        to: person.email,
        subjectId,
        now: at,
        ...declineMail(locale, { title: consultation.title, text: submission.text, reason }),
      });
    };

  /** The team declines with a reason; the submitter is told by mail (`declineMailing`). */
  const decline = (
    actor: { readonly actor: string; readonly role: 'team' },
    consultationId: string,
    submissionId: string,
    reason: string,
  ) => {
    const at = now();
    return execute({
      type: 'DeclineSubmission',
      data: { consultationId, submissionId },
      metadata: { ...actor, now: at, timeZone, reason },
      alsoInTransaction: declineMailing(consultationId, submissionId, reason, at),
    });
  };

  return {
    challenge: () => proofOfWork.challenge(),
    submit,
    confirm,
    decline,
    declineMailing,
  };
};

export type Submissions = ReturnType<typeof createSubmissions>;
