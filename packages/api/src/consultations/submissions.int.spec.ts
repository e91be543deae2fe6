import { randomUUID } from 'node:crypto';
import { DEMO_IDS, type DomainError } from '@fahrplan/domain';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandExecutor } from '../commands/execute.js';
import { compose } from '../composition.js';
import type { Database } from '../database/index.js';
import { eraseSubject } from '../privacy/erase.js';
import { currentState } from '../projections/item-projection.js';
import { seedDemo } from '../seed/demo.js';
import { testMailWorker } from '../testing/mail-worker.js';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createProofOfWork } from './proof-of-work.js';
import {
  createSubmissions,
  type PublicSubmission,
  SubmissionRateLimited,
  type Submissions,
} from './submissions.js';

/** 10:00 in Berlin on a day inside the consultation's period; the tests move it. */
let now = '2026-11-25T09:00:00.000Z';
const timeZone = 'Europe/Berlin';
const consultationId = 'bt-digital-2026';
const publicUrl = 'https://fahrplan.test';

let test: TestDatabase;
let database: Database;
let execute: CommandExecutor;
let submissions: Submissions;
let sink: SmtpSink;
let send: () => Promise<unknown>;
/** The per-address limit's clock: each test starts a minute later, with full buckets. */
let clockMs = 0;
const proofOfWork = createProofOfWork({ secret: 'test', maxCounter: 50, validForMs: 60_000 });
/** The `altcha` widget's work, done here: a fresh solved challenge. */
const proof = async () => {
  const challenge = await proofOfWork.challenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
};
let address = 0;
/** A person's browser: its own address, a solved challenge, the honeypot left empty. */
const browser = async () => ({ address: `192.0.2.${++address}`, proof: await proof() });
const submit = async (input: PublicSubmission) => submissions.submit(input, await browser());
beforeEach(() => {
  clockMs += 120_000;
});

const as = (role: 'team' | 'ministry') => ({ actor: `${role}-1`, role, now, timeZone });
const submission = {
  consultationId,
  text: 'Ein Digitallotse pro Landkreis, der Betriebe vor Ort berät.',
  sector: 'industry',
  email: 'erika@example.org',
  name: 'Erika Muster',
  consent: true,
  locale: 'de',
} as const;

const counts = async () => {
  const [row] = await database.rows<{ events: number; mails: number }>(sql`
    SELECT (SELECT count(*)::int FROM events) AS events,
           (SELECT count(*)::int FROM mail_outbox) AS mails`);
  return row;
};
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  try {
    await work;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};
/** Where the mailed link points, split into its parts (the token is in the fragment). */
const linkIn = (text: string) => {
  const match =
    /https:\/\/fahrplan\.test\/beteiligung\/([^/\s]+)\/bestaetigen#([^.\s]+)\.(\S+)/.exec(text);
  if (!match) throw new Error(`no confirmation link in ${text}`);
  const [, consultation = '', submissionId = '', token = ''] = match;
  return { consultation: decodeURIComponent(consultation), submissionId, token };
};

beforeAll(async () => {
  test = await createTestDatabase();
  database = test.database;
  ({ execute } = compose(database, { clock: { now: () => now } }));
  await seedDemo(database, execute, { now });
  await execute({
    type: 'OpenConsultation',
    data: {
      consultationId,
      title: 'Digitalisierung im Mittelstand',
      description: 'Was braucht Ihr Betrieb, um digitaler zu werden?',
      actionFieldId: DEMO_IDS.actionFields.digitalisierung,
      opensOn: '2026-11-20',
      closesOn: '2026-11-30',
    },
    metadata: as('ministry'),
  });
  submissions = createSubmissions({
    database,
    execute,
    now: () => now,
    newId: randomUUID,
    timeZone,
    publicUrl,
    proofOfWork,
    perAddressPerMinute: 3,
    nowMs: () => clockMs,
  });
  sink = await startSmtpSink();
  const worker = testMailWorker(database, { smtpUrl: sink.url, now: () => now, maxAttempts: 3 });
  send = () => worker.runOnce();
});
afterAll(async () => {
  await sink.close();
  await test.close();
});

describe('a public submission', () => {
  it('is mailed a confirmation link; following it, then the team accepting it, makes an online suggestion raised in the consultation', async () => {
    const { submissionId } = await submit(submission);
    await send();
    const [mail] = await sink.waitFor(1);
    expect(mail?.subject).toBe(
      'Bitte bestätigen Sie Ihren Vorschlag: Digitalisierung im Mittelstand',
    );
    expect(mail?.text).toContain('Datenschutz:');
    const link = linkIn(mail?.text ?? '');
    expect(link).toMatchObject({ consultation: consultationId, submissionId });
    expect(mail?.html).toContain(`#${submissionId}.${link.token}`);
    // The token itself is nowhere in the database: only its hash.
    const [stored] = await database.rows<{ found: number }>(
      sql`SELECT count(*)::int AS found FROM events WHERE data::text LIKE ${`%${link.token}%`}`,
    );
    expect(stored?.found).toBe(0);

    // Unconfirmed, it does not count: the team cannot accept it yet.
    const early = await refusal(
      execute({
        type: 'AcceptSubmission',
        data: { consultationId, submissionId, suggestionId: 'vs-online-1' },
        metadata: as('team'),
      }),
    );
    expect(early.code).toBe('INVALID_TRANSITION');

    await submissions.confirm(consultationId, submissionId, link.token);
    await execute({
      type: 'AcceptSubmission',
      data: { consultationId, submissionId, suggestionId: 'vs-online-1' },
      metadata: as('team'),
    });
    const suggestion = await currentState(database, 'Suggestion', 'vs-online-1');
    expect(suggestion?.state).toMatchObject({
      status: 'captured',
      channel: 'online',
      consultationId,
      sector: 'industry',
      text: submission.text,
      actionFieldIds: [DEMO_IDS.actionFields.digitalisierung],
    });
    const edges = await database.rows(sql`
      SELECT relation, source_kind, source_id FROM provenance_edges
      WHERE target_kind = 'Suggestion' AND target_id = 'vs-online-1' AND removed_at IS NULL
      ORDER BY relation`);
    expect(edges).toEqual([
      {
        relation: 'coversField',
        source_kind: 'ActionField',
        source_id: DEMO_IDS.actionFields.digitalisierung,
      },
      { relation: 'raisedAt', source_kind: 'Consultation', source_id: consultationId },
    ]);
  });

  it('refuses bad input and mails nothing, writing nothing', async () => {
    const before = await counts();
    const cases: [object, string, string][] = [
      [{ consent: false }, 'BAD_USER_INPUT', 'consent'],
      [{ email: 'erika@' }, 'BAD_USER_INPUT', 'contact.email'],
      [{ email: ' ' }, 'BAD_USER_INPUT', 'contact.email'],
      [{ text: '' }, 'BAD_USER_INPUT', 'text'],
      [{ text: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'text'],
      [{ sector: 'presse' }, 'BAD_USER_INPUT', 'sector'],
      [{ name: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'contact.name'],
      [{ consultationId: 'bt-gibt-es-nicht' }, 'NOT_FOUND', 'consultationId'],
    ];
    for (const [changes, code, field] of cases) {
      const error = await refusal(submit({ ...submission, ...changes }));
      expect({ code: error.code, field: error.field }).toEqual({ code, field });
    }
    expect(await counts()).toEqual(before);
  });

  it('is refused after the last day in Berlin, though still that day in UTC', async () => {
    const before = await counts();
    const saved = now;
    now = '2026-11-30T23:30:00.000Z';
    try {
      const error = await refusal(submit(submission));
      expect(error.code).toBe('INVALID_TRANSITION');
    } finally {
      now = saved;
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a wrong or expired link alike', async () => {
    sink.received.length = 0;
    const { submissionId } = await submit({
      ...submission,
      email: 'spaet@example.org',
    });
    await send();
    const [mail] = await sink.waitFor(1);
    const { token } = linkIn(mail?.text ?? '');
    const wrong = await refusal(submissions.confirm(consultationId, submissionId, `${token}x`));
    expect({ code: wrong.code, field: wrong.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'confirmationHash',
    });
    const saved = now;
    now = new Date(Date.parse(now) + 72 * 3_600_000 + 1).toISOString();
    try {
      const expired = await refusal(submissions.confirm(consultationId, submissionId, token));
      expect(expired.field).toBe('confirmationHash');
    } finally {
      now = saved;
    }
  });

  it('declined, tells the submitter the reason in their language; erased, tells nobody', async () => {
    sink.received.length = 0;
    const english = { ...submission, email: 'john@example.org', locale: 'en' } as const;
    const first = await submit(english);
    const second = await submit({ ...english, email: 'jane@example.org' });
    await send();
    const mails = await sink.waitFor(2);
    for (const mail of mails) {
      const link = linkIn(mail.text ?? '');
      await submissions.confirm(consultationId, link.submissionId, link.token);
    }
    const reason = 'This concerns federal law, not the state.';
    /** The team declines a submission with the reason. */
    const decline = (submissionId: string, why: string) =>
      submissions.decline({ actor: 'team-1', role: 'team' }, consultationId, submissionId, why);
    const blank = await refusal(decline(first.submissionId, ' '));
    expect(blank.field).toBe('reason');
    await decline(first.submissionId, reason);
    await send();
    const [, , declined] = await sink.waitFor(3);
    expect(declined?.subject).toBe(
      'Your suggestion to the consultation "Digitalisierung im Mittelstand"',
    );
    expect(declined?.text).toContain(`Reason: ${reason}`);
    expect(declined?.to && 'text' in declined.to ? declined.to.text : '').toBe('john@example.org');

    // Jane withdraws her consent: her data and her mails go; the decline mails nobody.
    const [state] = await database.rows<{
      state: { submissions: { submissionId: string; submitterSubjectId: string }[] };
    }>(
      sql`SELECT state FROM item_versions WHERE kind = 'Consultation' AND id = ${consultationId} AND valid_to IS NULL`,
    );
    const jane = state?.state.submissions.find((each) => each.submissionId === second.submissionId);
    await eraseSubject(database, compose(database).store, {
      subjectId: jane?.submitterSubjectId ?? '',
      actor: 'admin-1',
      role: 'admin',
      reason: 'Widerruf der Einwilligung',
      now,
    });
    const [left] = await database.rows<{ mails: number }>(
      sql`SELECT count(*)::int AS mails FROM mail_outbox WHERE subject_id = ${jane?.submitterSubjectId ?? ''}`,
    );
    expect(left?.mails).toBe(0);
    await decline(second.submissionId, reason);
    await send();
    expect(sink.received).toHaveLength(3);
  });
});

describe('spam protection', () => {
  it('answers a filled honeypot like a person, writing and mailing nothing', async () => {
    const before = await counts();
    const answer = await submissions.submit(submission, {
      ...(await browser()),
      honeypot: 'https://spam.example',
    });
    expect(answer.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a missing, forged or reused proof of work, writing nothing', async () => {
    const before = await counts();
    const guard = await browser();
    for (const proofPayload of ['', 'kein-altcha', Buffer.from('{}').toString('base64')]) {
      const error = await refusal(
        submissions.submit(submission, { ...guard, proof: proofPayload }),
      );
      expect({ code: error.code, field: error.field }).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'proof',
      });
    }
    // Spent by a refused submission: it cannot be used again (failed proofs count against the
    // address's limit, hence another browser).
    const other = await browser();
    const spent = await refusal(submissions.submit({ ...submission, text: '' }, other));
    expect(spent.field).toBe('text');
    const reused = await refusal(
      submissions.submit(submission, { ...other, address: '192.0.2.250' }),
    );
    expect(reused.field).toBe('proof');
    expect(await counts()).toEqual(before);
  });

  it('limits submissions per address, not for the next address', async () => {
    const from = { address: '198.51.100.7' };
    for (let index = 0; index < 3; index += 1) {
      await submissions.submit(submission, { ...from, proof: await proof() });
    }
    const before = await counts();
    const limited = await refusal(
      submissions.submit(submission, { ...from, proof: await proof() }),
    );
    expect(limited).toBeInstanceOf(SubmissionRateLimited);
    expect((limited as unknown as SubmissionRateLimited).retryAfterSeconds).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    await submissions.submit(submission, { address: '198.51.100.8', proof: await proof() });
  });
});
