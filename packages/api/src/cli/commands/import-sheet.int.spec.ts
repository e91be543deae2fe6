import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { germanCsvOf } from '../../sheets/testing/fixtures.js';
import { runToEnd } from '../../testing/run-source.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

/** `pnpm fahrplan import-sheet` as a real process over a seeded database. */
let test: TestDatabase;
let dir: string;
let env: Record<string, string>;
let meetingId: string;

const fahrplan = (...args: string[]) => runToEnd('src/cli/main.ts', args, env);

const suggestionsOf = async (title: string) => {
  const database = await test.reopen();
  try {
    const rows = await database.rows<{ id: string }>(sql`
      SELECT id FROM item_versions WHERE kind = 'Suggestion' AND valid_to IS NULL AND title = ${title}`);
    return rows.length;
  } finally {
    await database.close();
  }
};

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  await test.database.close();
  dir = mkdtempSync(join(tmpdir(), 'fahrplan-sheet-'));
  env = { ...test.env };
  expect((await fahrplan('seed', '--demo')).code).toBe(0);
  const database = await test.reopen();
  const [meeting] = await database.rows<{ id: string }>(sql`
    SELECT id FROM item_versions WHERE kind = 'Meeting' AND valid_to IS NULL AND status = 'held'
    ORDER BY id LIMIT 1`);
  await database.close();
  meetingId = meeting?.id ?? '';
}, 120_000);

afterAll(async () => {
  await test.close();
  rmSync(dir, { recursive: true, force: true });
});

const HEADER = ['Titel', 'Text', 'Sektor', 'Einreicher/in', 'Einwilligung'];

/** A protocol with Jörg's one suggestion, as a German spreadsheet saves it; `consent`: ja/nein. */
const protocol = (name: string, consent: string) => {
  const file = join(dir, name);
  const row = ['Lotsen', 'Fördermittel-Lotsen für Betriebe.', 'Wirtschaft', 'Jörg', consent];
  writeFileSync(file, germanCsvOf([HEADER, row]));
  return file;
};

describe('pnpm fahrplan import-sheet', () => {
  it('shows the preview as a dry run, refuses a file with errors, and imports a good one once', async () => {
    const broken = protocol('kaputt.csv', 'nein');
    const refused = await fahrplan('import-sheet', broken, '--meeting', meetingId);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      'Fehler (Zeile 2, Spalte „Einwilligung“): Angaben zur Person nur mit Einwilligung',
    );
    expect(refused.stderr).toContain('Nichts übernommen');
    expect(await suggestionsOf('Lotsen')).toBe(0);

    const good = protocol('protokoll.csv', 'ja');
    const dry = await fahrplan('import-sheet', good, '--meeting', meetingId, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('CSV (windows-1252)');
    expect(dry.stdout).toContain('neu / new 1');
    expect(dry.stdout).toContain('Probelauf: nichts geschrieben');
    expect(dry.stderr).toMatch(/prüfen \/ checking .*100% 1\/1/);
    expect(await suggestionsOf('Lotsen')).toBe(0);

    const imported = await fahrplan('import-sheet', good, '--meeting', meetingId);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('1 Ereignisse geschrieben');
    expect(await suggestionsOf('Lotsen')).toBe(1);
    const again = await fahrplan('import-sheet', good, '--meeting', meetingId);
    expect(again.stdout).toContain('schon übernommen / imported before 1');
    expect(again.stdout).toContain('0 Ereignisse geschrieben');
    // Five processes, each starting the CLI from source: slow on a loaded machine.
  }, 600_000);

  it('names a file it cannot read and the usage', async () => {
    expect(
      (await fahrplan('import-sheet', join(dir, 'fehlt.xlsx'), '--meeting', meetingId)).code,
    ).toBe(2);
    expect((await fahrplan('import-sheet', join(dir, 'x.csv'))).stderr).toContain('Usage');
  }, 240_000);
});
