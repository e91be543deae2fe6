import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../database/index.js';
import { testMailWorker } from '../testing/mail-worker.js';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { enqueueMail } from './outbox.js';
import { renderMail } from './render.js';

let test: TestDatabase;
let database: Database;
let sink: SmtpSink;
/** The injected clock: tests move it, never wait for it. */
let now = '2026-03-28T23:30:00.000Z';
const clock = () => now;
const at = (ms: number) => new Date(Date.parse(now) + ms).toISOString();

const workerFor = (url: string, owner?: string) =>
  testMailWorker(database, {
    smtpUrl: url,
    now: clock,
    maxAttempts: 3,
    ...(owner ? { owner } : {}),
  });

const enqueue = (to: string, extra: { unsubscribeUrl?: string; subjectId?: string } = {}) =>
  database.transaction((tx) =>
    enqueueMail(tx, {
      kind: 'test',
      to,
      now,
      ...extra,
      ...renderMail('de', 'Bitte bestätigen Sie Ihren Vorschlag', [
        'Guten Tag,\nvielen Dank für Ihren Vorschlag <Ökologie & Wirtschaft>.',
        { label: 'Vorschlag bestätigen', href: 'https://fahrplan.test/bestaetigen?t=a&b=1' },
      ]),
    }),
  );

const rows = () =>
  database.rows<{ id: string; status: string; attempts: number; last_error: string | null }>(
    sql`SELECT id, status, attempts, last_error FROM mail_outbox ORDER BY created_at, id`,
  );

beforeAll(async () => {
  test = await createTestDatabase({ maxConnections: 4 });
  database = test.database;
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await test.close();
});
beforeEach(async () => {
  await database.rows(sql`DELETE FROM mail_outbox`);
  sink.received.length = 0;
  sink.mode = 'accept';
});

describe('the outbox', () => {
  it('keeps nothing of a transaction that rolled back', async () => {
    await expect(
      database.transaction(async (tx) => {
        await enqueueMail(tx, { kind: 'test', to: 'a@example.org', now, ...mailText() });
        throw new Error('the events were refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rows()).toEqual([]);
  });
});

const mailText = () => renderMail('en', 'Subject', ['Body']);

describe('when the SMTP server accepts', () => {
  it('delivers text and HTML once, with the escaped content and the sender', async () => {
    await enqueue('buerger@example.org');
    const worker = workerFor(sink.url);
    expect(await worker.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = await sink.waitFor(1);
    expect(mail?.subject).toBe('Bitte bestätigen Sie Ihren Vorschlag');
    expect(mail?.from?.value).toEqual([{ name: 'Fahrplan', address: 'beteiligung@fahrplan.test' }]);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : undefined).toBe('buerger@example.org');
    expect(mail?.text).toContain('Ihren Vorschlag <Ökologie & Wirtschaft>.');
    expect(mail?.text).toContain('https://fahrplan.test/bestaetigen?t=a&b=1');
    expect(mail?.html).toContain('&lt;Ökologie &amp; Wirtschaft&gt;');
    expect(mail?.html).toContain('href="https://fahrplan.test/bestaetigen?t=a&amp;b=1"');
    expect(mail?.headers.has('list-unsubscribe')).toBe(false);
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(mail?.messageId).toBe(`<${row?.id}@fahrplan.test>`);
    // Sent is sent: a second pass has nothing to do.
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
  });

  it('marks a notification with the one-click unsubscribe of RFC 8058', async () => {
    await enqueue('folgt@example.org', { unsubscribeUrl: 'https://fahrplan.test/abmelden/xyz' });
    await workerFor(sink.url).runOnce();
    const [mail] = await sink.waitFor(1);
    const lines = Object.fromEntries((mail?.headerLines ?? []).map(({ key, line }) => [key, line]));
    expect(lines['list-unsubscribe-post']).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(lines['list-unsubscribe']).toBe(
      'List-Unsubscribe: <https://fahrplan.test/abmelden/xyz>',
    );
  });

  it('sends each mail exactly once when two processes work the outbox at the same time', async () => {
    for (let index = 0; index < 12; index += 1) await enqueue(`person${index}@example.org`);
    const replicas = ['a', 'b', 'c'].map((name) => workerFor(sink.url, `replica-${name}`));
    const passes = await Promise.all(replicas.map((replica) => replica.runOnce()));
    const again = await Promise.all(replicas.map((replica) => replica.runOnce()));
    const sent = [...passes, ...again].reduce((sum, pass) => sum + pass.sent, 0);
    expect(sent).toBe(12);
    const addresses = sink.received.map((mail) =>
      mail.to && 'text' in mail.to ? mail.to.text : '',
    );
    expect(new Set(addresses).size).toBe(12);
    expect(addresses).toHaveLength(12);
    expect((await rows()).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('sends what a crashed process had claimed once its lease ran out, not before', async () => {
    await enqueue('verwaist@example.org');
    await database.rows(
      sql`UPDATE mail_outbox SET lease_owner = 'crashed', lease_until = ${at(5 * 60_000)}, attempts = 1`,
    );
    const worker = workerFor(sink.url);
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    const before = now;
    now = at(5 * 60_000 + 1);
    try {
      expect(await worker.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    } finally {
      now = before;
    }
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });
});

describe('when the SMTP server refuses', () => {
  it('fails a mail at once on a permanent refusal (5xx), keeping the reason', async () => {
    sink.mode = 'refuse';
    await enqueue('gibt-es-nicht@example.org');
    expect(await workerFor(sink.url).runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.last_error).toMatch(/^SMTP 550/);
  });

  it('retries a temporary refusal (4xx) later, and fails it after the last attempt', async () => {
    sink.mode = 'defer';
    await enqueue('voll@example.org');
    const worker = workerFor(sink.url);
    const before = now;
    try {
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
      now = at(60_000);
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      now = at(2 * 60_000);
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    } finally {
      now = before;
    }
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row?.last_error).toMatch(/^SMTP 451/);
  });
});

describe('when the SMTP server is down', () => {
  it('keeps the mail and delivers it once the server is back', async () => {
    const server = await startSmtpSink();
    const { port, url } = server;
    await server.close();
    await enqueue('geduldig@example.org');
    const worker = workerFor(url);
    expect(await worker.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    const back = await startSmtpSink(port);
    const before = now;
    now = at(60_000);
    try {
      // A new process (after a restart) finds the mail where the first left it.
      expect(await workerFor(url).runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    } finally {
      now = before;
      await back.close();
    }
    expect(back.received).toHaveLength(1);
  });
});
