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

const OPEN = `mutation($input: OpenConsultationInput!) {
  openConsultation(input: $input) { consultation { id title } version }
}`;
const SUBMIT = `mutation($input: SubmitToConsultationInput!) {
  submitToConsultation(input: $input) { submissionId confirmBy }
}`;
const CONFIRM = `mutation($input: ConfirmSubmissionInput!) {
  confirmSubmission(input: $input) { submissionId confirmed }
}`;
const ACCEPT = `mutation($input: AcceptSubmissionInput!) {
  acceptSubmission(input: $input) { version suggestion { id text channel: __typename } }
}`;
const DECLINE = `mutation($input: DeclineSubmissionInput!) {
  declineSubmission(input: $input) { consultation { id } version }
}`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { version } }`;

/** The consultation's version now: every change names the version it is based on. */
const version = async (id = consultationId) => {
  const response = await api.gql<{ node: { version: number } | null }>(
    'query($id: ID!) { node(id: $id) { ... on Consultation { version } } }',
    { id },
    { as: 'team' },
  );
  return response.data?.node?.version ?? 1;
};
const change = async (fields: Record<string, unknown>, id = consultationId) => ({
  input: { id, expectedVersion: await version(id), ...fields },
});

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

const submission = async (fields: Record<string, unknown> = {}) => ({
  input: {
    id: consultationId,
    text: 'Ein Digitallotse pro Landkreis.',
    sector: 'INDUSTRY',
    email: 'erika@example.org',
    consent: true,
    proof: await proof(),
    ...fields,
  },
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
const confirmed = async (id = consultationId) => {
  const made = await api.gql<{ submitToConsultation: { submissionId: string } }>(
    SUBMIT,
    await submission({ id }),
    anonymous,
  );
  const submissionId = made.data?.submitToConsultation.submissionId ?? '';
  const [mail] = await api.database.rows<{ text_body: string }>(
    sql`SELECT text_body FROM mail_outbox WHERE position(${submissionId} IN text_body) > 0`,
  );
  const token = new RegExp(`#${submissionId}\\.(\\S+)`).exec(mail?.text_body ?? '')?.[1] ?? '';
  const response = await api.gql(CONFIRM, { input: { id, submissionId, token } }, anonymous);
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
  const opened = await api.gql<{ openConsultation: { consultation: { id: string } } }>(
    OPEN,
    {
      input: {
        title: 'Digitalisierung im Mittelstand',
        description: 'Was braucht Ihr Betrieb?',
        actionFieldId: field,
        opensOn: '2026-11-20',
        closesOn: '2026-11-30',
      },
    },
    { as: 'ministry' },
  );
  expect(opened.errors).toBeUndefined();
  consultationId = opened.data?.openConsultation.consultation.id ?? '';
});
afterAll(() => api.close());

describe('openConsultation', () => {
  const input = (fields: Record<string, unknown> = {}) => ({
    input: {
      title: 'Noch eine',
      description: 'Text',
      actionFieldId: field,
      opensOn: '2026-12-01',
      closesOn: '2026-12-10',
      ...fields,
    },
  });
  it('is the ministry’s: the team, partners and anonymous callers are refused', async () => {
    for (const as of ['team', 'partner', 'anonymous'] as const) {
      await refused(OPEN, input(), { as }, 'FORBIDDEN');
    }
  });
  it('refuses a period that ends before it begins, and an unknown action field', async () => {
    await refused(OPEN, input({ closesOn: '2026-11-01' }), { as: 'ministry' }, 'BAD_USER_INPUT');
    await refused(
      OPEN,
      input({ actionFieldId: 'QWN0aW9uRmllbGQ6bm9wZQ==' }),
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
      await submission({ consent: false }),
      anonymous,
      'BAD_USER_INPUT',
      'consent',
    );
    await refused(
      SUBMIT,
      await submission({ proof: 'e30=' }),
      anonymous,
      'BAD_USER_INPUT',
      'proof',
    );
    const once = await submission();
    expect((await api.gql(SUBMIT, once, anonymous)).errors).toBeUndefined();
    await refused(SUBMIT, once, anonymous, 'BAD_USER_INPUT', 'proof');
    await refused(
      SUBMIT,
      await submission({ id: 'Q29uc3VsdGF0aW9uOnVuYmVrYW5udA==' }),
      anonymous,
      'NOT_FOUND',
    );
    await refused(SUBMIT, await submission({ text: ' ' }), anonymous, 'BAD_USER_INPUT');
  });
  it('answers a filled honeypot like a person, and writes nothing', async () => {
    const before = await written();
    const response = await api.gql(SUBMIT, await submission({ website: 'x' }), anonymous);
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
      { input: { id: consultationId, submissionId, token: 'falsch' } },
      anonymous,
      'BAD_USER_INPUT',
    );
    await refused(
      CONFIRM,
      { input: { id: consultationId, submissionId: 'nope', token: 'falsch' } },
      anonymous,
      'NOT_FOUND',
    );
  });
});

describe('acceptSubmission and declineSubmission', () => {
  it('the team accepts a confirmed submission as an online suggestion', async () => {
    const submissionId = await confirmed();
    const response = await api.gql<{
      acceptSubmission: { suggestion: { id: string; text: string } };
    }>(ACCEPT, await change({ submissionId }));
    expect(response.errors).toBeUndefined();
    expect(response.data?.acceptSubmission.suggestion).toMatchObject({
      text: 'Ein Digitallotse pro Landkreis.',
    });
    const suggestion = await api.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on Suggestion { channel actionFields { id }
        provenance(direction: UPSTREAM) { nodes { kind } } } } }`,
      { id: response.data?.acceptSubmission.suggestion.id },
    );
    expect(suggestion.data?.node).toEqual({
      channel: 'ONLINE',
      actionFields: [{ id: field }],
      provenance: { nodes: expect.arrayContaining([{ kind: 'Consultation' }]) },
    });
  });
  it('the team declines with a reason, which is mailed', async () => {
    const submissionId = await confirmed();
    const before = await written();
    const response = await api.gql(
      DECLINE,
      await change({ submissionId, reason: 'Außerhalb des Themas.' }),
    );
    expect(response.errors).toBeUndefined();
    expect((await written())?.mails).toBe((before?.mails ?? 0) + 1);
  });
  it('refuses others, a blank reason, a stale version, and unconfirmed or decided submissions', async () => {
    const submissionId = await confirmed();
    for (const as of ['partner', 'anonymous', 'ministry'] as const) {
      const code = 'FORBIDDEN';
      await refused(ACCEPT, await change({ submissionId }), { as }, code);
      await refused(DECLINE, await change({ submissionId, reason: 'x' }), { as }, code);
    }
    await refused(
      DECLINE,
      await change({ submissionId, reason: ' ' }),
      {},
      'BAD_USER_INPUT',
      'reason',
    );
    await refused(
      ACCEPT,
      { input: { id: consultationId, submissionId, expectedVersion: 1 } },
      {},
      'CONFLICT',
    );
    const unconfirmed = (
      await api.gql<{ submitToConsultation: { submissionId: string } }>(
        SUBMIT,
        await submission(),
        anonymous,
      )
    ).data?.submitToConsultation.submissionId;
    await refused(ACCEPT, await change({ submissionId: unconfirmed }), {}, 'INVALID_TRANSITION');
    expect((await api.gql(ACCEPT, await change({ submissionId }))).errors).toBeUndefined();
    await refused(ACCEPT, await change({ submissionId }), {}, 'INVALID_TRANSITION');
    const unknown = {
      input: { id: 'Q29uc3VsdGF0aW9uOnVuYmVrYW5udA==', submissionId, expectedVersion: 1 },
    };
    await refused(ACCEPT, unknown, {}, 'NOT_FOUND');
  });
});

describe('consultations and the moderation queue', () => {
  const LIST = `query($process: String) { consultations(process: $process) { edges { node {
    id title description opensOn closesOn open acceptsSubmissions actionField { id } privacyNotice } } } }`;
  const QUEUE = `query($process: String!) { consultationModerationQueue(process: $process) {
    submissionId consultation { id } text sector submitter { name email } } }`;
  const here = { process: 'industrie-der-zukunft' };
  it('shows an open consultation to anyone, with its privacy notice, without its history', async () => {
    for (const variables of [{}, here]) {
      const response = await api.gql<{ consultations: { edges: { node: unknown }[] } }>(
        LIST,
        variables,
        anonymous,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.consultations.edges.map((edge) => edge.node)).toEqual([
        {
          id: consultationId,
          title: 'Digitalisierung im Mittelstand',
          description: 'Was braucht Ihr Betrieb?',
          opensOn: '2026-11-20',
          closesOn: '2026-11-30',
          open: true,
          acceptsSubmissions: true,
          actionField: { id: field },
          privacyNotice: expect.stringContaining('widerrufen'),
        },
      ]);
    }
    const history = await api.gql<{ consultations: unknown }>(
      '{ consultations { edges { node { historyEntries { totalCount } } } } }',
      {},
      anonymous,
    );
    expect(history.data?.consultations).toEqual({
      edges: [{ node: { historyEntries: { totalCount: 0 } } }],
    });
    const node = await api.gql(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: consultationId },
      anonymous,
    );
    expect(node.data).toEqual({ node: null });
  });
  it('lists a process’s confirmed, undecided submissions with their submitter for its team and the ministry only', async () => {
    const submissionId = await confirmed();
    for (const as of ['team', 'ministry'] as const) {
      const response = await api.gql<{
        consultationModerationQueue: { submissionId: string }[];
      }>(QUEUE, here, { as });
      expect(response.errors).toBeUndefined();
      expect(response.data?.consultationModerationQueue).toContainEqual({
        submissionId,
        consultation: { id: consultationId },
        text: 'Ein Digitallotse pro Landkreis.',
        sector: 'INDUSTRY',
        submitter: { name: null, email: 'erika@example.org' },
      });
    }
    for (const as of ['partner', 'anonymous'] as const) {
      const response = await api.gql(QUEUE, here, { as });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await api.gql(QUEUE, { process: 'gibt-es-nicht' }, { as: 'team' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'process' });
    await api.gql(DECLINE, await change({ submissionId, reason: 'Doppelt.' }));
    const after = await api.gql<{ consultationModerationQueue: { submissionId: string }[] }>(
      QUEUE,
      here,
    );
    expect(after.data?.consultationModerationQueue.map((each) => each.submissionId)).not.toContain(
      submissionId,
    );
  });
});

describe('closeConsultation', () => {
  it('is the ministry’s; afterwards nobody can submit', async () => {
    await refused(CLOSE, await change({}), { as: 'team' }, 'FORBIDDEN');
    const unknown = { input: { id: 'Q29uc3VsdGF0aW9uOnVuYmVrYW5udA==', expectedVersion: 1 } };
    await refused(CLOSE, unknown, { as: 'ministry' }, 'NOT_FOUND');
    expect((await api.gql(CLOSE, await change({}), { as: 'ministry' })).errors).toBeUndefined();
    await refused(SUBMIT, await submission(), anonymous, 'INVALID_TRANSITION');
    const list = '{ consultations { edges { node { id open } } } }';
    expect((await api.gql(list, {}, anonymous)).data?.consultations).toEqual({ edges: [] });
    expect((await api.gql(list, {}, { as: 'team' })).data?.consultations).toEqual({
      edges: [{ node: { id: consultationId, open: false } }],
    });
  });
});

describe("a meeting's consultation", () => {
  it("belongs to the meeting's process, and files what it takes in under the meeting's action fields", async () => {
    const process = await api.gql<{ defineProcess: { process: { id: string } } }>(
      `mutation($input: DefineProcessInput!) { defineProcess(input: $input) { process { id } } }`,
      {
        input: {
          slug: 'messe-2030',
          title: 'Messestrategie 2030',
          description: 'Erfunden, für den Test.',
          commissionedBy: 'SMWA',
          runBy: 'Geschäftsstelle',
        },
      },
      { as: 'ministry' },
    );
    const fieldThere = await api.gql<{ defineActionField: { actionField: { id: string } } }>(
      `mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { actionField { id } } }`,
      {
        input: {
          key: 'messen',
          title: 'Messen',
          description: 'Test.',
          process: process.data?.defineProcess.process.id,
        },
      },
    );
    const fair = fieldThere.data?.defineActionField.actionField.id ?? '';
    const planned = await api.gql<{ planMeeting: { meeting: { id: string } } }>(
      `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { meeting { id } } }`,
      {
        input: {
          title: 'Messeforum',
          kind: 'WORKSHOP',
          date: '2026-11-26',
          place: 'Leipzig',
          actionFieldIds: [fair],
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    const opened = await api.gql<{ openConsultation: { consultation: { id: string } } }>(
      OPEN,
      {
        input: {
          title: 'Ihre Fragen zum Messeforum',
          description: 'Was soll das Forum klären?',
          meetingId: planned.data?.planMeeting.meeting.id,
          opensOn: '2026-11-20',
          closesOn: '2026-11-30',
        },
      },
      { as: 'ministry' },
    );
    expect(opened.errors).toBeUndefined();
    const onMeeting = opened.data?.openConsultation.consultation.id ?? '';
    const submissionId = await confirmed(onMeeting);

    const QUEUE = `query($process: String!) { consultationModerationQueue(process: $process) { submissionId } }`;
    const queued = async (process: string) =>
      (
        await api.gql<{ consultationModerationQueue: { submissionId: string }[] }>(QUEUE, {
          process,
        })
      ).data?.consultationModerationQueue.map((each) => each.submissionId);
    expect(await queued('messe-2030')).toEqual([submissionId]);
    expect(await queued('industrie-der-zukunft')).not.toContain(submissionId);

    const accepted = await api.gql<{ acceptSubmission: { suggestion: { id: string } } }>(
      ACCEPT,
      await change({ submissionId }, onMeeting),
    );
    expect(accepted.errors).toBeUndefined();
    const suggestion = await api.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on Suggestion { actionFields { id } process { slug } } } }`,
      { id: accepted.data?.acceptSubmission.suggestion.id },
    );
    expect(suggestion.data?.node).toEqual({
      actionFields: [{ id: fair }],
      process: { slug: 'messe-2030' },
    });
  });
});
