import { expect, it } from 'vitest';
import { screenshot, seriousA11yViolations } from './harness/browser.js';
import { expectAdminOnly, runningApp } from './harness/setup.js';

/**
 * The admin's people screen (/personen): register a person, grant a role in one process with a
 * reason, refuse a revocation without one (nothing changes), revoke with one, and read it all in
 * the access history. Only admins find the screen in the menu.
 */
const e2e = runningApp();

it('lets an admin register a person, grant and revoke a role per process with a reason', async () => {
  const page = await e2e.open('/', { role: 'admin' });
  await page.getByRole('link', { name: 'Personen' }).click();
  await page.getByRole('heading', { name: 'Personen', level: 1 }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Person registrieren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Berta Beispiel');
  await dialog.getByLabel('E-Mail-Adresse').fill('berta@example.org');
  await dialog.getByLabel('Organisation').fill('SMWA');
  await dialog.getByRole('button', { name: 'Person registrieren' }).click();
  await expect(dialog.getByTestId('setup-link').textContent()).resolves.toMatch(/\/einrichten#/);
  await dialog.getByRole('button', { name: 'OK' }).click();

  const berta = page.getByRole('region', { name: 'Berta Beispiel' });
  await berta.waitFor();
  await berta.getByRole('button', { name: 'Rolle vergeben an Berta Beispiel' }).click();
  const grant = page.getByRole('dialog');
  await grant.getByLabel('Rolle').selectOption('team');
  await grant
    .getByLabel('Strategieprozess')
    .selectOption({ label: 'Fachkräftestrategie Sachsen 2030' });
  await grant.getByLabel('Begründung').fill('Neu im Team Fachkräfte');
  await grant.getByRole('button', { name: 'Rolle vergeben' }).click();
  await berta.getByTestId('grants').getByText('Fachkräftestrategie Sachsen 2030').waitFor();

  // Without a reason the API refuses, beside the field; the role stays.
  const revokeName = /Rolle „Projektteam“ \(Fachkräftestrategie Sachsen 2030\) entziehen/;
  await berta.getByRole('button', { name: revokeName }).click();
  const revoke = page.getByRole('dialog');
  await revoke.getByRole('button', { name: 'Entziehen' }).click();
  await revoke.locator('textarea[aria-invalid="true"]').waitFor();
  await screenshot(page, 'people-revoke-error');
  await revoke.getByLabel('Begründung').fill('Wechsel ins Ministerium');
  await revoke.getByRole('button', { name: 'Entziehen' }).click();
  await berta.getByText('Keine Rolle: liest, was die Öffentlichkeit liest.').waitFor();

  await berta.getByText('Zugriffsverlauf').click();
  const history = berta.getByTestId('access-history');
  await expect(history.locator('li').allTextContents()).resolves.toEqual([
    expect.stringContaining('Registriert'),
    expect.stringMatching(
      /Rolle vergeben – Projektteam, Fachkräftestrategie Sachsen 2030.*„Neu im Team Fachkräfte“/,
    ),
    expect.stringMatching(
      /Rolle entzogen – Projektteam, Fachkräftestrategie Sachsen 2030.*„Wechsel ins Ministerium“/,
    ),
  ]);
  await screenshot(page, 'people');
  await page.context().close();
});

it('shows the screen in the menu to admins only', () =>
  expectAdminOnly(e2e, {
    role: 'team',
    menuEntry: 'Personen',
    path: '/personen',
    refusal: 'Personen und ihre Rollen verwalten nur Administratorinnen und Administratoren.',
  }));
