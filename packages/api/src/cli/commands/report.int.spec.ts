import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../../testing/run-source.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

/** `pnpm fahrplan report` as a real process over a seeded database: the HTTP route's generator. */
let test: TestDatabase;
let dir: string;
let env: Record<string, string>;

const fahrplan = (...args: string[]) => runToEnd('src/cli/main.ts', args, env);
const report = (file: string, ...options: string[]) =>
  fahrplan('report', '--out', file, '--origin', 'https://fahrplan.example', ...options);

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  await test.database.close();
  dir = mkdtempSync(join(tmpdir(), 'fahrplan-report-'));
  env = { ...test.env, FAHRPLAN_SIGNING_KEY_FILE: join(dir, 'signing-key.pem') };
  expect((await fahrplan('keys', 'create')).code).toBe(0);
  expect((await fahrplan('seed', '--demo')).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await test.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pnpm fahrplan report', () => {
  it('writes the report with its receipt and says what it is doing', async () => {
    const file = join(dir, 'bericht.pdf');
    const made = await report(file, '--since', '2025-01-01');
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('Signing the checkpoint');
    expect(made.stdout).toContain(`Report written to ${file}`);
    const { stdout: text } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text).toContain('Digitalisierungslotsen Sachsen');
    expect(text).toContain('Änderungen seit 1. Januar 2025');
    expect(text).toContain('https://fahrplan.example/pruefen');
    expect(text).toMatch(/Position: \d+/);
  });

  it('names the option at fault', async () => {
    const refused = await report(join(dir, 'x.pdf'), '--as-of', '2017-02-30');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--as-of: ');
  });
});
