import { describe, expect, it } from 'vitest';
import { graphqlAs, type RunningApp } from './harness/app.js';
import { screenshot, seriousA11yViolations } from './harness/browser.js';
import { runningApp } from './harness/setup.js';

interface Checkpoint {
  readonly position: string;
  readonly hash: string;
  readonly signature: string;
  readonly signedAt: string;
  readonly keyId: string;
}

/** The checkpoint the server signed at start, as a partner's sync keeps it. */
const firstCheckpoint = async (app: RunningApp): Promise<Checkpoint> => {
  const data = await graphqlAs<{ checkpoints: { edges: { node: Checkpoint }[] } }>(
    app,
    'partner',
    '{ checkpoints(first: 1) { edges { node { position hash signature signedAt keyId } } } }',
  );
  const checkpoint = data.checkpoints.edges[0]?.node;
  if (!checkpoint) throw new Error('the server signed no checkpoint at start');
  return checkpoint;
};

describe('the public check page /pruefen', () => {
  const e2e = runningApp();

  it('confirms a genuine checkpoint from its address, without signing in', async () => {
    const checkpoint = await firstCheckpoint(e2e.app);
    const page = await e2e.open(`/pruefen?${new URLSearchParams({ ...checkpoint })}`);
    await page.getByRole('heading', { level: 1, name: 'Prüfpunkt prüfen' }).waitFor();
    await expect(page.getByTestId('check-verdict').textContent()).resolves.toBe('Bestätigt');
    await expect(page.getByText('Signatur gültig', { exact: true }).count()).resolves.toBe(1);
    await expect(
      page.getByLabel('Position (Pflichtfeld)', { exact: true }).inputValue(),
    ).resolves.toBe(checkpoint.position);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'checkpoint-check-confirmed', 'de');
  });

  it('refuses a hash the log never had, and names a malformed one at its field', async () => {
    const checkpoint = await firstCheckpoint(e2e.app);
    const page = await e2e.open('/pruefen');
    await page.getByLabel('Position (Pflichtfeld)', { exact: true }).fill(checkpoint.position);
    await page.getByLabel('Hashwert (Pflichtfeld)', { exact: true }).fill('0'.repeat(64));
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect
      .poll(() => page.getByTestId('check-verdict').textContent())
      .toBe('Nicht bestätigt');
    await expect(page.getByText(checkpoint.hash, { exact: true }).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('hash')).toBe('0'.repeat(64));

    await page.getByLabel('Hashwert (Pflichtfeld)', { exact: true }).fill('kein Hash');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    const hash = page.getByLabel('Hashwert (Pflichtfeld)', { exact: true });
    await expect.poll(() => hash.getAttribute('aria-invalid')).toBe('true');
    await expect(page.getByRole('alert').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('check-verdict').count()).resolves.toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('speaks English on request', async () => {
    const page = await e2e.open('/pruefen', { locale: 'en' });
    await page.getByRole('heading', { level: 1, name: 'Check a checkpoint' }).waitFor();
    await expect(page.getByLabel('Hash (required)', { exact: true }).count()).resolves.toBe(1);
  });
});
