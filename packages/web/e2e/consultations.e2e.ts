import { afterAll, beforeAll, expect, it } from 'vitest';
// The API's own test peer: a real SMTP server on a free port, the mails it took parsed.
import { type SmtpSink, startSmtpSink } from '../../api/src/testing/smtp-sink.js';
import { graphqlAs } from './harness/app.js';
import { screenshot, seriousA11yViolations, settled, WERKSTATT } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

/**
 * The public consultation (Beteiligung) from a phone: the ministry opens one, a citizen without
 * an account submits (a bad address is shown beside its field first), confirms by the link in
 * the mail the SMTP server received, and the team takes the suggestion up in its moderation
 * queue; the suggestion then has its own page. When a recommendation is drafted from it, the
 * citizen — who follows what they submitted — is told so by mail.
 */
let sink: SmtpSink;
const env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  sink = await startSmtpSink();
  env.FAHRPLAN_SMTP_URL = sink.url;
  env.FAHRPLAN_MAIL_FROM = 'Fahrplan <beteiligung@example.org>';
});
const e2e = runningApp(env);
afterAll(() => sink?.close());

const TITLE = 'Digitalisierung im Mittelstand';
const TEXT = 'Ein Digitallotse pro Landkreis, der kleine Betriebe berät.';

it('takes a suggestion from a phone through the mailed link into the moderation queue', async () => {
  // The ministry opens the consultation, on the first action field, over every day a run may fall on.
  const ministry = await e2e.open(`${WERKSTATT}/beteiligung/moderation`, { role: 'ministry' });
  await settled(ministry);
  await ministry.getByRole('button', { name: 'Beteiligung eröffnen' }).click();
  const opening = ministry.getByRole('dialog');
  await opening.getByLabel('Titel').fill(TITLE);
  await opening
    .getByLabel('Worum es geht')
    .fill('Was braucht Ihr Betrieb, um digitaler zu werden?');
  await opening.getByLabel('Gegenstand').selectOption({ index: 1 });
  await opening.getByLabel('Erster Tag').fill('2020-01-01');
  await opening.getByLabel('Letzter Tag').fill('2099-12-31');
  await opening.getByRole('button', { name: 'Beteiligung eröffnen' }).click();
  await ministry.getByText(TITLE).waitFor();
  await ministry.context().close();

  // A citizen on a phone, without an account.
  const phone = await e2e.open(WERKSTATT, { width: 390 });
  await phone.getByRole('contentinfo').getByRole('link', { name: 'Beteiligung' }).click();
  await phone.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
  expect(await seriousA11yViolations(phone)).toEqual([]);
  await phone.getByLabel('Ihr Vorschlag').fill(TEXT);
  await phone.getByLabel('Sie schreiben als').selectOption('SOCIETY');
  await phone.getByLabel('E-Mail-Adresse').fill('erika.example.org');
  await phone.getByLabel(/Ich willige ein/).check();
  await phone.getByRole('button', { name: 'Vorschlag absenden' }).click();

  // The address is refused beside its field, and nothing was sent.
  const email = phone.getByLabel('E-Mail-Adresse');
  await phone
    .locator('.field--invalid')
    .getByText('„erika.example.org“ ist keine gültige E-Mail-Adresse.')
    .waitFor();
  await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(sink.received).toHaveLength(0);
  await screenshot(phone, 'consultation-bad-email');

  await email.fill('erika@example.org');
  await phone.getByRole('button', { name: 'Vorschlag absenden' }).click();
  await phone.getByText('Bitte prüfen Sie Ihr Postfach').waitFor();
  expect(await seriousA11yViolations(phone)).toEqual([]);
  await screenshot(phone, 'consultation-sent');

  // The confirmation mail, as the SMTP server received it; its link opens the confirmation page.
  const [mail] = await sink.waitFor(1);
  expect(mail?.to).toMatchObject({ text: 'erika@example.org' });
  const link = /\/beteiligung\/[^/\s]+\/bestaetigen#\S+/.exec(mail?.text ?? '')?.[0];
  expect(link).toBeDefined();
  await phone.goto(link ?? '');
  await phone.getByRole('heading', { name: 'Danke – Ihr Vorschlag ist bestätigt' }).waitFor();
  expect(phone.url()).not.toContain('#');
  expect(await seriousA11yViolations(phone)).toEqual([]);
  await phone.context().close();

  // The team takes it up from its moderation queue, and follows it to the suggestion's page.
  const team = await e2e.open(WERKSTATT, { role: 'team' });
  await team.getByRole('navigation').getByRole('link', { name: 'Beteiligung' }).click();
  await team.getByRole('link', { name: 'Moderieren' }).click();
  const submission = team.getByRole('listitem').filter({ hasText: TEXT });
  await submission.waitFor();
  expect(await seriousA11yViolations(team)).toEqual([]);
  await submission.getByRole('button', { name: 'Als Vorschlag übernehmen' }).click();
  await team.getByRole('dialog').getByRole('button', { name: 'Als Vorschlag übernehmen' }).click();
  await team.getByText('Keine bestätigten Vorschläge warten auf eine Entscheidung.').waitFor();
  const taken = team.getByRole('status').getByRole('link', { name: /Ein Digitallotse/ });
  const suggestion = decodeURIComponent(
    (await taken.getAttribute('href'))?.split('/').at(-1) ?? '',
  );
  await taken.click();
  await settled(team);
  await team.getByText(TEXT).first().waitFor();
  await screenshot(team, 'consultation-suggestion');
  await team.context().close();

  // Later, the team drafts a recommendation from it: the citizen hears of it by mail.
  const { node } = await graphqlAs<{ node: { actionFields: { id: string }[] } }>(
    e2e.app,
    'team',
    'query($id: ID!) { node(id: $id) { ... on Suggestion { actionFields { id } } } }',
    { id: suggestion },
  );
  await graphqlAs(
    e2e.app,
    'team',
    `mutation($input: DraftRecommendationInput!) {
      draftRecommendation(input: $input) { recommendation { id } } }`,
    {
      input: {
        title: 'Digitallotsen für kleine Betriebe',
        body: 'Ein Lotse pro Landkreis berät kleine Betriebe bei der Digitalisierung.',
        actionFieldIds: node.actionFields.map((field) => field.id),
        derivedFrom: [suggestion],
      },
    },
  );
  const mails = await sink.waitFor(2);
  expect(mails.at(-1)).toMatchObject({
    to: { text: 'erika@example.org' },
    subject: `Der Vorschlag „${TEXT}“ wurde aufgegriffen.`,
  });
});
