import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppWith } from './harness/app.js';
import { launchBrowser, openPage, screenshot, seriousA11yViolations } from './harness/browser.js';

const API = fileURLToPath(new URL('../../api/', import.meta.url));

/** People at the identity provider: one in the team's group, one in no group Fahrplan maps. */
const PEOPLE = [
  {
    login: 'erika',
    password: 'Kennwort von Erika',
    subject: 'sub-erika',
    email: 'erika.sso@example.org',
    name: 'Erika Dienstkonto',
    groups: ['fahrplan-team-idz'],
  },
  {
    login: 'otto',
    password: 'Kennwort von Otto',
    subject: 'sub-otto',
    email: 'otto@example.org',
    name: 'Otto Ohnegruppe',
    groups: ['alle-beschaeftigten'],
  },
];

/** A port free now, for the app: the provider must know its callback before it starts. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** The test OpenID provider (packages/api/src/testing/oidc-provider.ts) as a process. */
const startProvider = (redirectUri: string) =>
  new Promise<{ process: ChildProcess; issuer: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/testing/oidc-provider-main.ts',
        '--redirect-uri',
        redirectUri,
        '--people',
        JSON.stringify(PEOPLE),
      ],
      { cwd: API, stdio: 'pipe' },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const issuer = /issuer=(\S+)/.exec(output)?.[1];
      if (issuer) resolve({ process: child, issuer });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`provider exited with ${code}:\n${output}`)));
  });

describe('single sign-on in the browser', () => {
  let provider: { process: ChildProcess; issuer: string };
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    const callback = `http://127.0.0.1:${port}/auth/oidc/callback`;
    provider = await startProvider(callback);
    [app, browser] = await Promise.all([
      startAppWith({
        PORT: String(port),
        FAHRPLAN_OIDC_ISSUER: provider.issuer,
        FAHRPLAN_OIDC_CLIENT_ID: 'fahrplan',
        FAHRPLAN_OIDC_CLIENT_SECRET: 'test-client-secret-0f3c9a7e',
        FAHRPLAN_OIDC_REDIRECT_URL: callback,
        FAHRPLAN_OIDC_SCOPES: 'openid email profile groups',
        FAHRPLAN_OIDC_ROLE_MAP: JSON.stringify({
          'fahrplan-team-idz': { role: 'team', process: 'sp-industrie-der-zukunft' },
        }),
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    provider?.process.kill('SIGTERM');
  });

  const signInAtProvider = async (login: string, password: string) => {
    const page = await openPage(browser, app);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).click();
    await page.getByRole('heading', { name: 'Anmeldung beim Identitätsanbieter' }).waitFor();
    await page.getByLabel('Benutzername').fill(login);
    await page.getByLabel('Kennwort').fill(password);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Erlauben' }).click();
    return page;
  };

  it('signs in a person of a mapped group with the button, and keeps the session', async () => {
    const page = await signInAtProvider('erika', 'Kennwort von Erika');
    await page.getByTestId('session-role').getByText('Erika Dienstkonto').waitFor();
    // A new tab (a bookmark) is signed in too: the same session cookie as with a password.
    const second = await page.context().newPage();
    await second.goto('/');
    await second.getByTestId('session-role').getByText('Erika Dienstkonto').waitFor();
    await page.context().close();
  });

  it('explains a refusal on the sign-in page, signed out', async () => {
    const page = await signInAtProvider('otto', 'Kennwort von Otto');
    await page
      .getByRole('alert')
      .getByText('Ihr Dienstkonto gehört zu keiner Gruppe', { exact: false })
      .waitFor();
    await page.getByRole('link', { name: 'Anmelden', exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-sso-refused');
    await page.context().close();
  });
});
