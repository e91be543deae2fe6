import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { graphqlAs } from './harness/app.js';
import { screenshot, seriousA11yViolations } from './harness/browser.js';
import { expectAdminOnly, runningApp } from './harness/setup.js';

/**
 * The admin's webhooks screen (/webhooks): a partner's endpoints with their state and delivery
 * log; one answers 200, one is gone and ends disabled (dead letter) until, once its receiver is
 * back, the admin has it deliver again.
 */
const e2e = runningApp({
  FAHRPLAN_WEBHOOKS_ALLOW_PRIVATE: 'true',
  FAHRPLAN_WEBHOOK_POLL_MS: '100',
  FAHRPLAN_WEBHOOK_MAX_FAILURES: '2',
  FAHRPLAN_WEBHOOK_RETRY_BASE_MS: '200',
});

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

/** A receiver answering 200 on the loopback interface (a port of the OS's choice, or this one). */
const receiver = async (port = 0): Promise<number> => {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200).end('ok'));
  });
  servers.push(server);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
};

const register = (url: string) =>
  graphqlAs(
    e2e.app,
    'partner',
    'mutation($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) { secret } }',
    { input: { url } },
  );

/** Reloads until `shown` holds (deliveries run in the background). */
const reloadUntil = async (page: Page, what: string, shown: () => Promise<boolean>) => {
  for (let tries = 0; tries < 60; tries += 1) {
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    if (await shown()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.reload();
  }
  throw new Error(`never shown: ${what}`);
};

it('shows each endpoint with its delivery log, and replays a disabled one', async () => {
  const live = await receiver();
  // A port nobody listens on, yet: that receiver is gone.
  const gonePort = await receiver().then(async (port) => {
    const server = servers.pop();
    server?.close();
    if (server) await once(server, 'close');
    return port;
  });
  await register(`http://127.0.0.1:${live}/hooks`);
  await register(`http://127.0.0.1:${gonePort}/weg`);
  await graphqlAs(
    e2e.app,
    'team',
    'mutation($input: DefineActionFieldInput!) { defineActionField(input: $input) { version } }',
    { input: { key: 'webhook-e2e', title: 'Webhook-Test', description: 'Für den Browsertest.' } },
  );

  const page = await e2e.open('/', { role: 'admin' });
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  const working = page.getByRole('region', { name: `http://127.0.0.1:${live}/hooks` });
  const gone = page.getByRole('region', { name: `http://127.0.0.1:${gonePort}/weg` });
  const statusOf = async (region: typeof gone) =>
    (await region.getByTestId('webhook-status').textContent()) ?? '';
  await reloadUntil(page, 'the dead letter', async () =>
    (await statusOf(gone)).startsWith('Deaktiviert'),
  );

  await expect(statusOf(working)).resolves.toMatch(/^Aktiv/);
  await expect(
    working.getByTestId('webhook-log').locator('tbody tr').allTextContents(),
  ).resolves.toEqual([expect.stringMatching(/ActionFieldDefined.*200/)]);

  await gone.getByText('Deaktiviert nach wiederholten Fehlern (ECONNREFUSED).').waitFor();
  await expect(gone.getByTestId('webhook-log').locator('tbody tr').count()).resolves.toBe(2);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, 'webhooks');

  // The receiver is back: deliver again from the event it missed.
  await receiver(gonePort);
  await gone.getByRole('button', { name: /erneut zustellen/ }).click();
  await reloadUntil(page, 'the replayed delivery', async () =>
    (
      (await gone.getByTestId('webhook-log').locator('tbody tr td').nth(3).textContent()) ?? ''
    ).startsWith('200'),
  );
  await expect(statusOf(gone)).resolves.toMatch(/^Aktiv/);
  await page.context().close();
});

it('shows the screen in the menu to admins only', () =>
  expectAdminOnly(e2e, {
    role: 'partner',
    menuEntry: 'Webhooks',
    path: '/webhooks',
    refusal: /Webhooks sehen hier nur Administratorinnen/,
  }));
