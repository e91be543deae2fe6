import { createHash } from 'node:crypto';
import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../consultations/privacy-notice.js';
import { feedVisibilityReader } from '../graphql/webhook-feed.js';
import { gqlAs, postAuth, signIn } from '../testing/browser-session.js';
import { storySteps } from '../testing/graphql-spec.js';
import { lotsenStory } from '../testing/lotsen-story.js';
import { testMailWorker } from '../testing/mail-worker.js';
import { sealEverything } from '../testing/sealed.js';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';
import { createNotificationWorker } from './worker.js';

/**
 * Follows end to end over real peers: GraphQL in process, the notification worker over the
 * feed, the outbox sent by the mail worker to a real SMTP server, mails parsed by mailparser.
 * The clock is injected: 10:00 UTC on a Tuesday (11:00 in Berlin), at any hour, in any zone.
 */
let now = '2026-03-10T10:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(now) + ms).toISOString();
const PUBLIC_URL = 'https://fahrplan.test';
const PASSWORD = 'ein langes Passwort 2026';

let api: TestApi;
let sink: SmtpSink;
const story = storySteps(() => api);
const { step, ids, versions } = story;
const lotsen = lotsenStory(story);

const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64').toString().split(':').slice(1).join(':');

/** Sends what waits in the outbox to the sink; the mails that arrived by it. */
const deliver = async (url = sink.url) => {
  const before = sink.received.length;
  const worker = testMailWorker(api.database, {
    smtpUrl: url,
    from: 'Fahrplan <fahrplan@fahrplan.test>',
    now: () => now,
    maxAttempts: 5,
  });
  const pass = await worker.runOnce();
  if (pass.sent > 0) await sink.waitFor(before + pass.sent);
  return { pass, mails: sink.received.slice(before) };
};

/** One notification pass over everything committed (sealed first: the feed holds sealed events). */
const notify = async () => {
  await sealEverything(api.database, api.store);
  return api.notifications.runOnce();
};

const FOLLOW = `mutation($input: FollowItemInput!) { followItem(input: $input) { confirmBy follow { id } } }`;
const CONFIRM = `mutation($input: ConfirmFollowInput!) { confirmFollow(input: $input) { follow { id confirmed kind } } }`;
const SETTINGS = `mutation($input: SetNotificationSettingsInput!) { setNotificationSettings(input: $input) { settings { mode language email follows { kind confirmed } } } }`;
const UNFOLLOW = `mutation($input: UnfollowInput!) { unfollow(input: $input) { followId } }`;
const UNSUBSCRIBE = `mutation($input: UnsubscribeNotificationsInput!) { unsubscribeNotifications(input: $input) { unsubscribed } }`;

/** The link of a mail whose label is this, from its plain text. */
const linkAfter = (mail: ParsedMail | undefined, label: string): string => {
  const text = mail?.text ?? '';
  const at = text.indexOf(`${label}:\n`);
  return text.slice(at + label.length + 2).split('\n')[0] ?? '';
};
/** A header line as sent, unfolded (long lines are folded onto the next). */
const header = (mail: ParsedMail | undefined, key: string) =>
  mail?.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ');

/** Follows by e-mail and confirms by the mailed link; the follower's manage token. */
const followByMail = async (id: string, email: string) => {
  const asked = await api.gql(FOLLOW, { input: { id, email, consent: true } }, { as: 'anonymous' });
  expect(asked.errors).toBeUndefined();
  const { mails } = await deliver();
  expect(mails).toHaveLength(1);
  const link = linkAfter(mails[0], 'Benachrichtigungen bestätigen');
  expect(link.startsWith(`${PUBLIC_URL}/benachrichtigungen/bestaetigen#`)).toBe(true);
  const [followId, token] = (link.split('#')[1] ?? '').split('.');
  const confirmed = await api.gql(CONFIRM, { input: { followId, token } }, { as: 'anonymous' });
  expect(confirmed.data?.confirmFollow).toEqual({
    follow: { id: followId, confirmed: true, kind: expect.any(String) },
  });
};

const written = async () => {
  const [row] = await api.database.rows<Record<string, number>>(sql`
    SELECT (SELECT count(*)::int FROM followers) AS followers,
      (SELECT count(*)::int FROM follows) AS follows,
      (SELECT count(*)::int FROM mail_outbox) AS mails`);
  return row;
};

beforeAll(async () => {
  api = await createTestApi({
    clock: { now: () => now },
    publicUrl: PUBLIC_URL,
    followRequestsPerMinute: 100,
  });
  sink = await startSmtpSink();
  await lotsen.field({
    key: 'digitalisierung',
    title: 'Digitalisierung',
    description: 'Im Mittelstand',
  });
  await lotsen.workshop({ title: 'Werkstatt', date: '2026-02-14' });
  await lotsen.suggestion({ text: 'Digitallotsen für KMU' });
  await lotsen.recommendation({ title: 'Lotsennetz', body: 'Ein Netz neutraler Lotsen.' });
  // Everything so far is history: the worker starts after it.
  await notify();
});
afterAll(async () => {
  await sink.close();
  await api.close();
});

describe('a public follower of a taken-up suggestion', () => {
  let token = '';

  it('is told once, with one-click unsubscribe, of the recommendation it fed — never of its review', async () => {
    await followByMail(ids.suggestion ?? '', 'erika@example.org');
    // In review is internal: the public feed does not show it, so no mail.
    await lotsen.submitted();
    expect(await notify()).toEqual({ mailed: 0, collected: 0 });
    await lotsen.prioritised();
    expect(await notify()).toEqual({ mailed: 1, collected: 0 });
    const { mails } = await deliver();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Die Handlungsempfehlung „Lotsennetz“ wurde priorisiert.');
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('erika@example.org');
    expect(mail?.text).not.toContain('Prüfung');
    token = linkAfter(mail, 'Benachrichtigungen einstellen').split('#')[1] ?? '';
    expect(header(mail, 'list-unsubscribe')).toBe(
      `List-Unsubscribe: <${PUBLIC_URL}/benachrichtigungen/abmelden/${token}>`,
    );
    expect(header(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(linkAfter(mail, 'Ansehen')).toBe(
      `${PUBLIC_URL}/recommendations/${encodeURIComponent(ids.recommendation ?? '')}`,
    );
    // Nothing new: nothing again.
    expect(await notify()).toEqual({ mailed: 0, collected: 0 });
  });

  it('collects a day’s news into one digest after midnight in Berlin', async () => {
    const set = await api.gql(
      SETTINGS,
      { input: { token, mode: 'DAILY', language: 'EN' } },
      { as: 'anonymous' },
    );
    expect(set.data?.setNotificationSettings).toEqual({
      settings: {
        mode: 'DAILY',
        language: 'EN',
        email: 'erika@example.org',
        follows: [{ kind: 'SUGGESTION', confirmed: true }],
      },
    });
    await lotsen.adopted(
      {
        measure: { owner: 'Referat 31', plannedStart: '2026-04-01', plannedEnd: '2030-12-31' },
        reason: 'Kabinettsbeschluss',
        evidence: [{ document: 'Beschluss' }],
      },
      'ministry',
    );
    expect(await notify()).toEqual({ mailed: 0, collected: 2 });
    // 22:59 UTC is 23:59 in Berlin (winter time): the day is not over.
    const morning = now;
    now = '2026-03-10T22:59:00.000Z';
    expect(await notify()).toEqual({ mailed: 0, collected: 0 });
    now = '2026-03-10T23:00:00.000Z';
    try {
      expect(await notify()).toEqual({ mailed: 1, collected: 0 });
      const { mails } = await deliver();
      expect(mails.map((mail) => mail.subject)).toEqual(['Your daily digest']);
      expect(mails[0]?.text).toContain('The recommendation "Lotsennetz" was adopted.');
      expect(mails[0]?.text).toContain('is on the roadmap.');
      expect(header(mails[0], 'list-unsubscribe-post')).toBeDefined();
    } finally {
      now = morning;
    }
    await api.gql(SETTINGS, { input: { token, mode: 'IMMEDIATELY' } }, { as: 'anonymous' });
  });

  it('is unsubscribed by the one-click POST, without login, and hears nothing more', async () => {
    const response = await api.app.request(`/benachrichtigungen/abmelden/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const [row] = await api.database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM followers WHERE email = 'erika@example.org'`,
    );
    expect(row?.n).toBe(0);
    const measure = await api.database.rows<{ id: string }>(
      sql`SELECT id FROM item_versions WHERE kind = 'Measure' AND valid_to IS NULL`,
    );
    expect(measure).toHaveLength(1);
    await step(
      'measure',
      'startMeasure',
      { id: Buffer.from(`Measure:${measure[0]?.id}`).toString('base64'), expectedVersion: 1 },
      'measure',
      'team',
    ).catch(() => {});
    expect(await notify()).toEqual({ mailed: 0, collected: 0 });
  });
});

describe('a consultation submitter whose suggestion is accepted', () => {
  it('follows it without asking and is told when it is taken up', async () => {
    const consultationId = 'bt-folgen';
    const metadata = (role: 'ministry' | 'team' | 'public') => ({
      actor: role === 'public' ? 'public' : `token:test-${role}`,
      role,
      now,
      timeZone: 'Europe/Berlin',
    });
    const hash = createHash('sha256').update('geheim').digest('hex');
    await api.execute({
      type: 'OpenConsultation',
      data: {
        consultationId,
        title: 'Ideen',
        description: 'Was fehlt?',
        actionFieldId: localId(ids.field ?? ''),
        opensOn: '2026-03-01',
        closesOn: '2026-04-30',
      },
      metadata: metadata('ministry'),
    });
    await api.execute({
      type: 'SubmitToConsultation',
      data: {
        consultationId,
        submissionId: 's-1',
        text: 'Ein Reallabor für Robotik',
        sector: 'industry',
        contact: { subjectId: 'subject-1', email: 'max@example.org' },
        consent: { noticeVersion: PRIVACY_NOTICE_VERSION },
        confirmationHash: hash,
        confirmBy: later(3_600_000),
      },
      metadata: metadata('public'),
    });
    await api.execute({
      type: 'ConfirmSubmission',
      data: { consultationId, submissionId: 's-1', confirmationHash: hash },
      metadata: metadata('public'),
    });
    const suggestionId = '0b6f0c56-7d1c-4d8e-9d55-3d7f6a1c2e01';
    await api.execute({
      type: 'AcceptSubmission',
      data: { consultationId, submissionId: 's-1', suggestionId },
      metadata: metadata('team'),
    });
    expect(await notify()).toEqual({ mailed: 0, collected: 0 });
    const follows = await api.database.rows<{ source: string; status: string }>(
      sql`SELECT source, status FROM follows WHERE target_id = ${suggestionId}`,
    );
    expect(follows).toEqual([{ source: 'consultation', status: 'active' }]);

    await step(
      'online',
      'draftRecommendation',
      {
        title: 'Reallabore',
        body: 'Robotik erproben.',
        actionFieldIds: [ids.field],
        derivedFrom: [Buffer.from(`Suggestion:${suggestionId}`).toString('base64')],
      },
      'recommendation',
    );
    expect(await notify()).toEqual({ mailed: 1, collected: 0 });
    const { mails } = await deliver();
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Der Vorschlag „Ein Reallabor für Robotik“ wurde aufgegriffen.',
    ]);
  });
});

describe('a signed-in team member', () => {
  it('follows in one click with their account and hears of internal steps their role sees', async () => {
    const registered = await api.gql<{ registerUser: { setupLink: string; user: { id: string } } }>(
      `mutation($input: RegisterUserInput!) { registerUser(input: $input) { setupLink user { id } } }`,
      { input: { name: 'Tom Team', email: 'tom@example.org' } },
      { as: 'admin' },
    );
    const { setupLink, user } = registered.data?.registerUser ?? {
      setupLink: '',
      user: { id: '' },
    };
    await api.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } } }`,
      { input: { userId: user.id, role: 'team', processId: DEFAULT_PROCESS_ID } },
      { as: 'admin' },
    );
    await postAuth(api.app, 'setup', { secret: setupLink.split('#')[1], password: PASSWORD });
    const session = await signIn(api.app, 'tom@example.org', PASSWORD);
    const followed = await gqlAs<{ followItem: { follow: { id: string } | null } }>(
      api.app,
      session,
      FOLLOW,
      { input: { id: ids.online } },
    );
    expect(followed.errors).toBeUndefined();
    expect(followed.data?.followItem.follow?.id).toEqual(expect.any(String));
    const viewer = await gqlAs(api.app, session, '{ viewer { follows { kind confirmed } } }');
    expect(viewer.data).toEqual({
      viewer: { follows: [{ kind: 'RECOMMENDATION', confirmed: true }] },
    });
    await step(
      'review',
      'submitRecommendationForReview',
      { id: ids.online, expectedVersion: versions.online },
      'recommendation',
    );
    expect(await notify()).toEqual({ mailed: 1, collected: 0 });
    const { mails } = await deliver();
    expect(
      mails.map((mail) => [mail.subject, mail.to && 'text' in mail.to ? mail.to.text : '']),
    ).toEqual([
      ['Die Handlungsempfehlung „Reallabore“ wurde zur Prüfung eingereicht.', 'tom@example.org'],
    ]);
  });
});

describe('sending', () => {
  const newsForAFollower = async (email: string) => {
    await followByMail(ids.field ?? '', email);
    await step(
      `m-${email}`,
      'planMeeting',
      {
        title: `Treffen ${email}`,
        kind: 'WORKSHOP',
        date: '2026-05-14',
        place: 'Leipzig',
        actionFieldIds: [ids.field],
      },
      'meeting',
    );
  };

  it('never sends twice when two processes notify at once', async () => {
    await newsForAFollower('zwei@example.org');
    const second = createNotificationWorker({
      database: api.database,
      store: api.store,
      visibleTo: feedVisibilityReader(api.graphql),
      now: () => now,
      newId: () => crypto.randomUUID(),
      timeZone: 'Europe/Berlin',
      publicUrl: PUBLIC_URL,
      owner: 'second',
    });
    await sealEverything(api.database, api.store);
    const passes = await Promise.all([api.notifications.runOnce(), second.runOnce()]);
    expect(passes.reduce((sum, pass) => sum + pass.mailed, 0)).toBe(1);
    const { mails } = await deliver();
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Neu im Handlungsfeld (Veranstaltung): „Treffen zwei@example.org“.',
    ]);
  });

  it('keeps a notification through a refusing and a down SMTP server, and sends it once', async () => {
    await api.database.rows(sql`DELETE FROM followers`);
    await newsForAFollower('geduld@example.org');
    expect(await notify()).toMatchObject({ mailed: 1 });
    sink.mode = 'defer';
    expect((await deliver()).pass).toEqual({ sent: 0, retried: 1, failed: 0 });
    sink.mode = 'accept';
    const down = await startSmtpSink();
    await down.close();
    const start = now;
    try {
      now = later(60_000);
      expect((await deliver(down.url)).pass).toEqual({ sent: 0, retried: 1, failed: 0 });
      now = later(10 * 60_000);
      const { pass, mails } = await deliver();
      expect(pass).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(mails.map((mail) => (mail.to && 'text' in mail.to ? mail.to.text : ''))).toEqual([
        'geduld@example.org',
      ]);
    } finally {
      now = start;
    }
  });
});

describe('bad input', () => {
  const refused = async (
    query: string,
    input: Record<string, unknown>,
    code: string,
    field: string,
  ) => {
    const before = await written();
    const response = await api.gql(query, { input }, { as: 'anonymous' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await written()).toEqual(before);
  };
  const unknownMeasure = Buffer.from('Measure:00000000-0000-4000-8000-000000000000').toString(
    'base64',
  );
  const process = Buffer.from('Process:industrie-der-zukunft').toString('base64');

  it('refuses every mutation with a typed error and writes nothing', async () => {
    await refused(
      FOLLOW,
      { id: unknownMeasure, email: 'a@example.org', consent: true },
      'NOT_FOUND',
      'id',
    );
    await refused(
      FOLLOW,
      { id: process, email: 'a@example.org', consent: true },
      'BAD_USER_INPUT',
      'id',
    );
    await refused(
      FOLLOW,
      { id: ids.field, email: 'kein-at-zeichen', consent: true },
      'BAD_USER_INPUT',
      'email',
    );
    await refused(FOLLOW, { id: ids.field, consent: true }, 'BAD_USER_INPUT', 'email');
    await refused(FOLLOW, { id: ids.field, email: 'a@example.org' }, 'BAD_USER_INPUT', 'consent');
    await refused(CONFIRM, { followId: 'nope', token: 'nope' }, 'BAD_USER_INPUT', 'token');
    await refused(UNFOLLOW, { followId: 'nope' }, 'BAD_USER_INPUT', 'token');
    await refused(UNFOLLOW, { followId: 'nope', token: 'unbekannt' }, 'NOT_FOUND', 'token');
    await refused(SETTINGS, { mode: 'WEEKLY', token: 'unbekannt' }, 'NOT_FOUND', 'token');
    await refused(UNSUBSCRIBE, { token: 'unbekannt' }, 'NOT_FOUND', 'token');
  });
});
