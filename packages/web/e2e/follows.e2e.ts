import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphqlAs } from './harness/app.js';
import { globalId, seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

/**
 * Follow → confirm by the mailed link → a notification → its settings link → its unsubscribe
 * page, against a real SMTP server started here (the app's mail worker sends to it).
 */
const received: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData: (stream, _session, callback) => {
    simpleParser(stream)
      .then((mail) => {
        received.push(mail);
        callback();
      })
      .catch(callback);
  },
});
let smtpPort = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const e2e = runningApp({
  // Read when the app starts, after the SMTP server above listens.
  get FAHRPLAN_SMTP_URL() {
    return `smtp://127.0.0.1:${smtpPort}`;
  },
  FAHRPLAN_MAIL_FROM: 'Fahrplan <fahrplan@fahrplan.test>',
  FAHRPLAN_PUBLIC_URL: 'https://fahrplan.test',
});

/** The mail to this address with this subject part, once the app's workers sent it. */
const mailTo = async (address: string, subject: string): Promise<ParsedMail> => {
  for (let tries = 0; tries < 150; tries += 1) {
    const mail = received.find(
      (each) =>
        each.subject?.includes(subject) && each.to && 'text' in each.to && each.to.text === address,
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail "${subject}" to ${address}`);
};

/** A link of the mail (labelled so), as a path on the running app. */
const linkIn = (mail: ParsedMail, label: string): string => {
  const text = mail.text ?? '';
  const url = text.slice(text.indexOf(`${label}:\n`) + label.length + 2).split('\n')[0] ?? '';
  return url.replace('https://fahrplan.test', '');
};

const MEASURE = globalId('Measure', 'mn-digitalisierungslotsen');

const reportProgress = async () => {
  const id = decodeURIComponent(MEASURE);
  const read = await graphqlAs<{ node: { version: number } }>(
    e2e.app,
    'team',
    'query($id: ID!) { node(id: $id) { ... on Measure { version } } }',
    { id },
  );
  await graphqlAs(
    e2e.app,
    'team',
    'mutation($input: ReportMeasureProgressInput!) { reportMeasureProgress(input: $input) { version } }',
    { input: { id, expectedVersion: read.node.version, progress: 55 } },
  );
};

it('follows by e-mail, confirms, is notified, changes the settings and unsubscribes', async () => {
  const page = await e2e.open(`/measures/${MEASURE}`);
  await page.getByRole('button', { name: 'Folgen' }).click();
  await page.getByLabel('Ihre E-Mail-Adresse').fill('buergerin@example.org');
  await page.getByLabel(/Ich willige ein/).check();
  await page.getByRole('button', { name: 'Benachrichtigungen anfordern' }).click();
  await page.getByText(/Fast geschafft/).waitFor();

  const confirmation = await mailTo('buergerin@example.org', 'Bitte bestätigen');
  await page.goto(linkIn(confirmation, 'Benachrichtigungen bestätigen'));
  await page.getByText(/Bestätigt: Wir benachrichtigen Sie/).waitFor();

  await reportProgress();
  const news = await mailTo('buergerin@example.org', 'Neuer Fortschritt');
  const unsubscribe = news.headerLines
    .find((line) => line.key === 'list-unsubscribe')
    ?.line.replace(/\r?\n[ \t]+/g, ' ');
  expect(unsubscribe).toMatch(
    /^List-Unsubscribe: <https:\/\/fahrplan\.test\/benachrichtigungen\/abmelden\/[\w-]+>$/,
  );

  await page.goto(linkIn(news, 'Benachrichtigungen einstellen'));
  await page.getByRole('heading', { name: 'Benachrichtigungen', level: 1 }).waitFor();
  await page.getByText('buergerin@example.org').waitFor();
  await page.getByLabel('Wann').selectOption({ label: 'Wöchentlich zusammengefasst' });
  await page.getByText('Gespeichert.').waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.goto(linkIn(news, 'Abbestellen'));
  await page.getByRole('button', { name: 'Abbestellen' }).click();
  await page.getByText('Sie sind abgemeldet. Ihre Adresse ist gelöscht.').waitFor();
});

it('lets a signed-in team member follow in one click', async () => {
  const page = await e2e.open(`/measures/${MEASURE}`, { role: 'team' });
  await page.getByRole('button', { name: 'Folgen' }).click();
  await page.getByRole('button', { name: /Sie folgen/ }).waitFor();
  await page.getByRole('link', { name: 'Benachrichtigungen einstellen' }).click();
  await page.getByRole('heading', { name: 'Benachrichtigungen', level: 1 }).waitFor();
  await page.getByRole('link', { name: /Digitalisierungslotsen/ }).waitFor();
});
