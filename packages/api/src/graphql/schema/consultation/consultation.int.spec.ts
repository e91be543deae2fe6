import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationSettings } from '../../../consultations/settings.js';
import type { RequestOptions } from '../../../testing/test-api.js';
import { createTestApi, type TestApi } from '../../../testing/test-api.js';

/** 10:00 in Berlin, inside the consultation's period: a fixed clock, any hour, any zone. */
const now = '2026-11-25T09:00:00.000Z';
const settings = consultationSettings('spec-secret', 100);

let api: TestApi;
let consultationId: string;
let field: string;

const OPEN = `mutation($title: String!, $description: String!, $actionFieldId: ID, $opensOn: Date!, $closesOn: Date!) {
  openConsultation(title: $title, description: $description, actionFieldId: $actionFieldId, opensOn: $opensOn, closesOn: $closesOn) { consultationId version }
}`;
const SUBMIT = `mutation($consultationId: ID!, $text: String!, $sector: Sector!, $email: String!, $consent: Boolean!, $proof: String!, $website: String) {
  submitToConsultation(consultationId: $consultationId, text: $text, sector: $sector, email: $email, consent: $consent, proof: $proof, website: $website) { submissionId confirmBy }
}`;
const CONFIRM = `mutation($consultationId: ID!, $submissionId: ID!, $token: String!) {
  confirmSubmission(consultationId: $consultationId, submissionId: $submissionId, token: $token)
}`;
const ACCEPT = `mutation($consultationId: ID!, $submissionId: ID!) {
  acceptSubmission(consultationId: $consultationId, submissionId: $submissionId) { consultationId version suggestionId }
}`;
const DECLINE = `mutation($consultationId: ID!, $submissionId: ID!, $reason: String!) {
  declineSubmission(consultationId: $consultationId, submissionId: $submissionId, reason: $reason) { consultationId version }
}`;
const CLOSE = `mutation($consultationId: ID!) { closeConsultation(consultationId: $consultationId) { version } }`;

const anonymous: RequestOptions = { as: 'anonymous' };

/** What the `altcha` widget does in the browser: fetch a challenge over the API and solve it. */
const proof = async () => {
  const response = await api.gql<{
    consultationChallenge: Parameters<typeof solveChallenge>[0]['challenge'];
  }>('mutation { consultationChallenge }', {}, anonymous);
  const challenge = response.data?.consultationChallenge;
  if (!challenge) throw new Error(JSON.stringify(response.errors));
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
};

const submission = async () => ({
  consultationId,
  text: 'Ein Digitallotse pro Landkreis.',
  sector: 'INDUSTRY',
  email: 'erika@example.org',
  consent: true,
  proof: await proof(),
});

const written = async () => {
  const [row] = await api.database.rows<{ events: number; mails: number }>(sql`
    SELECT (SELECT count(*)::int FROM events) AS events,
           (SELECT count(*)::int FROM mail_outbox) AS mails`);
  return row;
};

/** A request that must fail with this code (and field): nothing written, no mail. */
const refused = async (
  query: string,
  variables: Record<string, unknown>,
  options: RequestOptions,
  code: string,
  field?: string,
) => {
  const before = await written();
  const response = await api.gql(query, variables, options);
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({
    code,
    ...(field ? { field } : {}),
  });
  expect(await written()).toEqual(before);
};

/** A submission made and, by the token in its mailed link, confirmed. */
const confirmed = async () => {
  const made = await api.gql<{ submitToConsultation: { submissionId: string } }>(
    SUBMIT,
    await submission(),
    anonymous,
  );
  const submissionId = made.data?.submitToConsultation.submissionId ?? '';
  const [mail] = await api.database.rows<{ text_body: string }>(
    sql`SELECT text_body FROM mail_outbox WHERE position(${submissionId} IN text_body) > 0`,
  );
  const token = new RegExp(`#${submissionId}\\.(\\S+)`).exec(mail?.text_body ?? '')?.[1] ?? '';
  const response = await api.gql(CONFIRM, { consultationId, submissionId, token }, anonymous);
  expect(response.errors).toBeUndefined();
  return submissionId;
};

beforeAll(async () => {
  api = await createTestApi({ clock: { now: () => now }, consultations: settings });
  const defined = await api.gql<{ defineActionField: { actionField: { id: string } } }>(
    `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`,
    { input: { key: 'digital', title: 'Digitalisierung', description: 'Test.' } },
  );
  expect(defined.errors).toBeUndefined();
  field = defined.data?.defineActionField.actionField.id ?? '';
  const opened = await api.gql<{ openConsultation: { consultationId: string } }>(
    OPEN,
    {
      title: 'Digitalisierung im Mittelstand',
      description: 'Was braucht Ihr Betrieb?',
      actionFieldId: field,
      opensOn: '2026-11-20',
      closesOn: '2026-11-30',
    },
    { as: 'ministry' },
  );
  expect(opened.errors).toBeUndefined();
  consultationId = opened.data?.openConsultation.consultationId ?? '';
});
afterAll(() => api.close());

describe('openConsultation', () => {
  const input = () => ({
    title: 'Noch eine',
    description: 'Text',
    actionFieldId: field,
    opensOn: '2026-12-01',
    closesOn: '2026-12-10',
  });
  it('is the ministry’s: the team, partners and anonymous callers are refused', async () => {
    for (const as of ['team', 'partner', 'anonymous'] as const) {
      await refused(OPEN, input(), { as }, 'FORBIDDEN');
    }
  });
  it('refuses a period that ends before it begins, and an unknown action field', async () => {
    await refused(
      OPEN,
      { ...input(), closesOn: '2026-11-01' },
      { as: 'ministry' },
      'BAD_USER_INPUT',
    );
    await refused(
      OPEN,
      { ...input(), actionFieldId: 'QWN0aW9uRmllbGQ6bm9wZQ==' },
      { as: 'ministry' },
      'NOT_FOUND',
    );
  });
});

describe('submitToConsultation', () => {
  it('takes an anonymous submission and mails a confirmation link', async () => {
    const before = await written();
    const response = await api.gql<{
      submitToConsultation: { submissionId: string; confirmBy: string };
    }>(SUBMIT, await submission(), anonymous);
    expect(response.errors).toBeUndefined();
    expect(response.data?.submitToConsultation.confirmBy).toBe('2026-11-28T09:00:00.000Z');
    expect(await written()).toEqual({
      events: (before?.events ?? 0) + 1,
      mails: (before?.mails ?? 0) + 1,
    });
  });
  it('refuses without consent, with a forged or reused proof, and for an unknown consultation', async () => {
    await refused(
      SUBMIT,
      { ...(await submission()), consent: false },
      anonymous,
      'BAD_USER_INPUT',
      'consent',
    );
    await refused(
      SUBMIT,
      { ...(await submission()), proof: 'e30=' },
      anonymous,
      'BAD_USER_INPUT',
      'proof',
    );
    const once = await submission();
    expect((await api.gql(SUBMIT, once, anonymous)).errors).toBeUndefined();
    await refused(SUBMIT, once, anonymous, 'BAD_USER_INPUT', 'proof');
    await refused(
      SUBMIT,
      { ...(await submission()), consultationId: 'unbekannt' },
      anonymous,
      'NOT_FOUND',
    );
    await refused(SUBMIT, { ...(await submission()), text: ' ' }, anonymous, 'BAD_USER_INPUT');
  });
  it('answers a filled honeypot like a person, and writes nothing', async () => {
    const before = await written();
    const response = await api.gql(SUBMIT, { ...(await submission()), website: 'x' }, anonymous);
    expect(response.errors).toBeUndefined();
    expect(await written()).toEqual(before);
  });
  it('takes concurrent submissions to one consultation all (a version conflict is retried)', async () => {
    const before = await written();
    const inputs = await Promise.all([1, 2, 3, 4].map(() => submission()));
    const responses = await Promise.all(inputs.map((input) => api.gql(SUBMIT, input, anonymous)));
    expect(responses.map((response) => response.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect((await written())?.events).toBe((before?.events ?? 0) + 4);
  });
});

describe('confirmSubmission', () => {
  it('refuses a wrong token and an unknown submission', async () => {
    const made = await api.gql<{ submitToConsultation: { submissionId: string } }>(
      SUBMIT,
      await submission(),
      anonymous,
    );
    const submissionId = made.data?.submitToConsultation.submissionId ?? '';
    await refused(
      CONFIRM,
      { consultationId, submissionId, token: 'falsch' },
      anonymous,
      'BAD_USER_INPUT',
    );
    await refused(
      CONFIRM,
      { consultationId, submissionId: 'nope', token: 'falsch' },
      anonymous,
      'NOT_FOUND',
    );
  });
});

describe('acceptSubmission and declineSubmission', () => {
  it('the team accepts a confirmed submission as an online suggestion', async () => {
    const submissionId = await confirmed();
    const response = await api.gql<{ acceptSubmission: { suggestionId: string } }>(ACCEPT, {
      consultationId,
      submissionId,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.acceptSubmission.suggestionId).toMatch(/\S/);
  });
  it('the team declines with a reason, which is mailed', async () => {
    const submissionId = await confirmed();
    const before = await written();
    const response = await api.gql(DECLINE, {
      consultationId,
      submissionId,
      reason: 'Außerhalb des Themas.',
    });
    expect(response.errors).toBeUndefined();
    expect((await written())?.mails).toBe((before?.mails ?? 0) + 1);
  });
  it('refuses others, a blank reason, and unconfirmed or decided submissions', async () => {
    const submissionId = await confirmed();
    for (const as of ['partner', 'anonymous'] as const) {
      const code = 'FORBIDDEN';
      await refused(ACCEPT, { consultationId, submissionId }, { as }, code);
      await refused(DECLINE, { consultationId, submissionId, reason: 'x' }, { as }, code);
    }
    await refused(
      DECLINE,
      { consultationId, submissionId, reason: ' ' },
      {},
      'BAD_USER_INPUT',
      'reason',
    );
    const unconfirmed = (
      await api.gql<{ submitToConsultation: { submissionId: string } }>(
        SUBMIT,
        await submission(),
        anonymous,
      )
    ).data?.submitToConsultation.submissionId;
    await refused(ACCEPT, { consultationId, submissionId: unconfirmed }, {}, 'INVALID_TRANSITION');
    expect((await api.gql(ACCEPT, { consultationId, submissionId })).errors).toBeUndefined();
    await refused(ACCEPT, { consultationId, submissionId }, {}, 'INVALID_TRANSITION');
    await refused(ACCEPT, { consultationId: 'unbekannt', submissionId }, {}, 'NOT_FOUND');
  });
});

describe('consultations and the moderation queue', () => {
  const LIST = '{ consultations { id title description opensOn closesOn open } }';
  const QUEUE =
    '{ consultationModerationQueue { id consultationId text sector submitter { name email } } }';
  it('shows an open consultation to anyone, without its submissions', async () => {
    const response = await api.gql(LIST, {}, anonymous);
    expect(response.errors).toBeUndefined();
    expect(response.data?.consultations).toEqual([
      {
        id: consultationId,
        title: 'Digitalisierung im Mittelstand',
        description: 'Was braucht Ihr Betrieb?',
        opensOn: '2026-11-20',
        closesOn: '2026-11-30',
        open: true,
      },
    ]);
  });
  it('lists confirmed, undecided submissions with their submitter for the team and the ministry only', async () => {
    const submissionId = await confirmed();
    for (const as of ['team', 'ministry'] as const) {
      const response = await api.gql<{
        consultationModerationQueue: { id: string; submitter: { email: string } }[];
      }>(QUEUE, {}, { as });
      expect(response.errors).toBeUndefined();
      expect(response.data?.consultationModerationQueue).toContainEqual({
        id: submissionId,
        consultationId,
        text: 'Ein Digitallotse pro Landkreis.',
        sector: 'INDUSTRY',
        submitter: { name: null, email: 'erika@example.org' },
      });
    }
    for (const as of ['partner', 'anonymous'] as const) {
      const response = await api.gql(QUEUE, {}, { as });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await api.gql(DECLINE, { consultationId, submissionId, reason: 'Doppelt.' });
    const after = await api.gql<{ consultationModerationQueue: { id: string }[] }>(QUEUE);
    expect(after.data?.consultationModerationQueue.map((each) => each.id)).not.toContain(
      submissionId,
    );
  });
});

describe('closeConsultation', () => {
  it('is the ministry’s; afterwards nobody can submit', async () => {
    await refused(CLOSE, { consultationId }, { as: 'team' }, 'FORBIDDEN');
    await refused(CLOSE, { consultationId: 'unbekannt' }, { as: 'ministry' }, 'NOT_FOUND');
    expect((await api.gql(CLOSE, { consultationId }, { as: 'ministry' })).errors).toBeUndefined();
    await refused(SUBMIT, await submission(), anonymous, 'INVALID_TRANSITION');
    const list = '{ consultations { id open } }';
    expect((await api.gql(list, {}, anonymous)).data?.consultations).toEqual([]);
    expect((await api.gql(list, {}, { as: 'team' })).data?.consultations).toEqual([
      { id: consultationId, open: false },
    ]);
  });
});
