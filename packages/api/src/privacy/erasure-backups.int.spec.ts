import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { compose } from '../composition.js';
import { type Database, migrate } from '../database/index.js';
import { createEventStore, exportEvents, importEvents } from '../event-store/index.js';
import type { JsonObject } from '../event-store/types.js';
import { rebuildProjections } from '../projections/rebuild.js';
import { seedDemo } from '../seed/demo.js';
import { runToEnd } from '../testing/run-source.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { eraseSubject } from './erase.js';
import { exportSubjectKeys, type SubjectKeyBackup } from './key-store-backup.js';
import { openRecord } from './sealing.js';

/** The demo's fictional people (packages/domain/src/demo/participants.ts): none may leak. */
const DEMO_PEOPLE = [
  'Thomas Richter',
  'Anja Wolf',
  'Ulrike Schubert',
  'Martina Böhm',
  'Stefan Lorenz',
  'Claudia Fischer',
  'Sabine Krause',
  'Jens Hofmann',
  '@example.org',
  'Zerspanungstechnik',
];
const ERASED = 'person-04'; // Martina Böhm, a suggestion's submitter
const KEPT = 'person-01';

const PEOPLE = `{
  meetings(first: 100) { edges { node {
    participants { subjectId name email erased }
    history { people { subjectId name email erased } }
  } } }
  suggestions(first: 100) { edges { node {
    submitter { subjectId name email erased }
    history { people { subjectId name email erased } }
  } } }
}`;

interface Person {
  subjectId: string;
  name: string | null;
  email: string | null;
  erased: boolean;
}
interface PeopleData {
  meetings: { edges: { node: { participants: Person[]; history: { people: Person[] }[] } }[] };
  suggestions: {
    edges: { node: { submitter: Person | null; history: { people: Person[] }[] } }[];
  };
}

/** Every person the team sees, in every field and history entry, over GraphQL. */
const peopleSeenBy = async (database: Database): Promise<Person[]> => {
  const { app } = compose(database);
  const { token } = await createToken(database, { role: 'team', name: 'Prüfung' });
  const response = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PEOPLE }),
  });
  const body = (await response.json()) as { data: PeopleData; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return [
    ...body.data.meetings.edges.flatMap(({ node }) => [
      ...node.participants,
      ...node.history.flatMap((entry) => entry.people),
    ]),
    ...body.data.suggestions.edges.flatMap(({ node }) => [
      ...(node.submitter ? [node.submitter] : []),
      ...node.history.flatMap((entry) => entry.people),
    ]),
  ];
};

/** Every table's rows as text: what a dump of the database would show. */
const databaseText = async (database: Database): Promise<string> => {
  const tables = ['events', 'personal_data', 'item_versions', 'provenance_edges', 'subject_keys'];
  const texts = await Promise.all(
    tables.map(async (table) =>
      JSON.stringify(await database.rows(sql.raw(`SELECT * FROM ${table}`))),
    ),
  );
  return texts.join('\n');
};

const linesOf = async function* (lines: readonly string[]) {
  yield* lines;
};

/** Restores `lines` into a fresh database, as an operator would, and checks the chain. */
const restore = async (lines: readonly string[], subjectKeys?: SubjectKeyBackup) => {
  const fresh = await createTestDatabase();
  restored.push(fresh);
  const result = await importEvents(
    fresh.database,
    linesOf(lines),
    subjectKeys ? { subjectKeys } : {},
  );
  await rebuildProjections(fresh.database);
  const store = createEventStore(fresh.database);
  expect(await store.verify()).toMatchObject({ ok: true });
  await store.close();
  return { database: fresh.database, ...result };
};

let api: TestApi;
const restored: TestDatabase[] = [];
/** The export taken before the erasure, and the key store at that time. */
let before: string[];
let keysBefore: SubjectKeyBackup;
/** The key store after the erasure: what the installation backs up now. */
let keysAfter: SubjectKeyBackup;

beforeAll(async () => {
  api = await createDemoApi();
  await api.store.seal();
  before = [];
  for await (const event of exportEvents(api.database)) before.push(JSON.stringify(event));
  keysBefore = await exportSubjectKeys(api.database);
  await eraseSubject(api.database, api.store, {
    subjectId: ERASED,
    actor: 'admin-test',
    role: 'admin',
    reason: 'Löschantrag nach Art. 17 DSGVO',
    now: new Date().toISOString(),
  });
  keysAfter = await exportSubjectKeys(api.database);
}, 120_000);
afterAll(async () => {
  for (const fresh of restored) await fresh.close();
  await api.close();
});

describe('an export', () => {
  it('holds no personal data in plain text: only sealed details', () => {
    const text = before.join('\n');
    for (const name of DEMO_PEOPLE) expect(text).not.toContain(name);
    expect(text).toContain('"sealed":"v1.');
  });

  it('nor does any table of the database; the keys live only in the key store', async () => {
    const text = await databaseText(api.database);
    for (const name of DEMO_PEOPLE) expect(text).not.toContain(name);
    expect(keysAfter.subjects.find((subject) => subject.subjectId === ERASED)).toMatchObject({
      key: null,
      shreddedAt: expect.any(String),
    });
    expect(JSON.stringify(keysAfter)).not.toContain('Böhm');
  });
});

describe('when an export taken before an erasure is restored with the installation’s key store', () => {
  it('keeps the person erased everywhere, and everyone else readable', async () => {
    const { database, imported, unreadable } = await restore(before, keysAfter);
    expect(imported).toBe(before.length);
    expect(unreadable).toBe(0);
    const people = await peopleSeenBy(database);
    const erased = people.filter((person) => person.subjectId === ERASED);
    expect(erased.length).toBeGreaterThan(0);
    for (const person of erased) expect(person).toMatchObject({ name: null, erased: true });
    expect(people.find((person) => person.subjectId === KEPT)?.name).toBe('Thomas Richter');
    // Not even as ciphertext: the restore stored nothing of the erased subject.
    const rows = await database.rows<{ data: unknown }>(
      sql`SELECT data FROM personal_data WHERE subject_id = ${ERASED}`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.data === null)).toBe(true);
    expect(await databaseText(database)).not.toContain('Böhm');
  });

  it('does so even for an export from before sealing, with the details in plain text', async () => {
    const keys = new Map(keysBefore.subjects.map((subject) => [subject.subjectId, subject.key]));
    const plain = before.map((line) => {
      const event = JSON.parse(line) as { personalData: (JsonObject & { subjectId: string })[] };
      const personalData = event.personalData.map(({ subjectId, ...data }) => {
        const { erased, ...details } = openRecord(subjectId, data, keys.get(subjectId));
        return erased ? { subjectId, erased } : { ...details, subjectId };
      });
      return JSON.stringify({ ...event, personalData });
    });
    expect(plain.join('\n')).toContain('Martina Böhm');
    const { database } = await restore(plain, keysAfter);
    const people = await peopleSeenBy(database);
    for (const person of people.filter((p) => p.subjectId === ERASED)) {
      expect(person).toMatchObject({ name: null, erased: true });
    }
    expect(people.find((person) => person.subjectId === KEPT)?.name).toBe('Thomas Richter');
    // The plain details of everyone else were sealed on the way in.
    const text = await databaseText(database);
    for (const name of DEMO_PEOPLE) expect(text).not.toContain(name);
  });
});

describe('when an export is restored without the key store', () => {
  it('restores the log, but nobody’s details can be read', async () => {
    const { database, unreadable } = await restore(before);
    expect(unreadable).toBe(keysBefore.subjects.length);
    const people = await peopleSeenBy(database);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person).toMatchObject({ name: null, erased: true });
  });
});

describe('personal data stored before sealing existed', () => {
  it('is sealed by the next start’s migration, and reads as before', async () => {
    const { database } = await restore(before, keysBefore);
    await database.rows(sql`
      UPDATE personal_data SET data = ${JSON.stringify({ name: 'Thomas Richter (alt)' })}::jsonb
      WHERE subject_id = ${KEPT}`);
    await migrate(database);
    expect(await databaseText(database)).not.toContain('Thomas Richter');
    const people = await peopleSeenBy(database);
    expect(people.find((person) => person.subjectId === KEPT)?.name).toBe('Thomas Richter (alt)');
  });
});

describe('pnpm fahrplan export, erase, subject-keys export and import', () => {
  it('restores an older export with the key store: the erased person stays erased', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fahrplan-erasure-'));
    const source = await createTestDatabase({ onDisk: true });
    const target = await createTestDatabase({ onDisk: true });
    try {
      const composed = compose(source.database);
      await seedDemo(source.database, composed.execute, { now: new Date().toISOString() });
      await composed.store.close();
      await source.database.close();
      await target.database.close();
      const file = join(directory, 'events.ndjson');
      const keys = join(directory, 'subject-keys.json');
      const cli = (args: string[], env: Record<string, string>) =>
        runToEnd('src/cli/main.ts', args, env);
      expect((await cli(['export', '--out', file], source.env)).code).toBe(0);
      const erased = await cli(['erase', '--subject', ERASED, '--reason', 'Antrag'], source.env);
      expect(erased.code).toBe(0);
      expect((await cli(['subject-keys', 'export', '--out', keys], source.env)).code).toBe(0);
      const text = readFileSync(file, 'utf8');
      for (const name of DEMO_PEOPLE) expect(text).not.toContain(name);
      const imported = await cli(['import', file, '--subject-keys', keys], target.env);
      expect(imported.stdout).toMatch(/Imported \d+ events; verified/);
      expect(imported.code).toBe(0);
      const database = await target.reopen();
      const people = await peopleSeenBy(database);
      for (const person of people.filter((p) => p.subjectId === ERASED)) {
        expect(person).toMatchObject({ name: null, erased: true });
      }
      expect(people.find((person) => person.subjectId === KEPT)?.name).toBe('Thomas Richter');
      // A key-store file that is not one is refused before anything is written.
      writeFileSync(keys, '{"format":"etwas anderes"}');
      const refused = await cli(['import', file, '--subject-keys', keys], target.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('not a key-store backup');
    } finally {
      await source.close();
      await target.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 240_000);
});
