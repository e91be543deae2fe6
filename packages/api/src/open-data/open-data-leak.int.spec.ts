import { decodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../event-store/types.js';
import { SUBJECT_KEY_OF_ROW } from '../privacy/subject-keys.js';
import { personalRecordOf } from '../queries/personal-data.js';
import { MARKER, writeDrafts } from '../testing/leak-scenario.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { publicRowSql } from '../visibility/rules.js';

/**
 * Every generated file, unzipped, scanned for what must never be published: the demo plus the
 * drafts of the leak scenario (a marker in every free text the team wrote on what partners may
 * not see), every person's name, e-mail and organisation, their subject ids and who acted.
 * Nothing of it may be in any file, while the published content the drafts touched is there.
 */
let api: TestApi;
let scenario: Awaited<ReturnType<typeof writeDrafts>>;
/** Every generated file's text, by its address. */
const files = new Map<string, string>();

const download = async (path: string): Promise<Response> => {
  const response = await api.app.request(path);
  expect(response.status, path).toBe(200);
  return response;
};

beforeAll(async () => {
  api = await createDemoApi(
    {
      rateLimit: { perToken: 10_000, perAddress: 10_000, trustProxy: false },
    },
    '2026-12-05T10:00:00.000Z',
  );
  scenario = await writeDrafts(api);
  await api.store.seal();
  const index = (await (await download('/daten/index.json')).json()) as {
    processes: { slug: string; zip: { url: string } }[];
  };
  expect(index.processes.length).toBeGreaterThan(1);
  for (const process of index.processes) {
    const zip = new Uint8Array(
      await (await download(new URL(process.zip.url).pathname)).arrayBuffer(),
    );
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      files.set(`${process.slug}/${name}`, new TextDecoder().decode(bytes));
    }
  }
  for (const path of ['/daten/index.json', '/daten/katalog.ttl', '/daten/datenlexikon.json']) {
    files.set(path, await (await download(path)).text());
  }
}, 180_000);

afterAll(() => api.close());

const everything = () => [...files.values()].join('\n');

/** Whether the text holds the id as a whole word (ids are short: `he-1` is in `he-12`). */
const holdsId = (text: string, id: string) =>
  new RegExp(
    `(^|[^A-Za-z0-9_-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_-])`,
  ).test(text);

describe('the open-data files', () => {
  it('hold the published content the drafts touched (the scan is not vacuous)', () => {
    const text = everything();
    expect(files.size).toBeGreaterThan(50);
    expect(holdsId(text, decodeGlobalID(scenario.takenUp).id)).toBe(true);
    expect(holdsId(text, decodeGlobalID(scenario.forIdea).id)).toBe(true);
    expect(text).toContain('Veröffentlichte Empfehlung');
    expect(text).toContain('Regionalforum Fachkräfte Chemnitz');
  });

  it('hold no marker: no draft’s text, no internal reason, evidence or note', () => {
    const text = everything();
    expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
    expect(text).not.toContain('intern.example');
    // The meeting the scenario planned and cancelled: cancelled meetings are not public.
    expect(text).not.toContain('Geplante Sitzung');
  });

  it('hold no id of an item that was never published', async () => {
    const never = await api.database.rows<{ kind: string; id: string }>(sql`
      SELECT v.kind, v.id FROM item_versions v GROUP BY v.kind, v.id
      HAVING NOT bool_or(${publicRowSql('v')})`);
    expect(never.length).toBeGreaterThan(Object.keys(scenario.hidden).length);
    for (const [name, text] of files) {
      for (const { kind, id } of never)
        expect(holdsId(text, id), `${kind} ${id} in ${name}`).toBe(false);
    }
  });

  it('hold no personal data: no name, e-mail, organisation or subject id of a person', async () => {
    const rows = await api.database.rows<{
      subject_id: string;
      data: JsonObject | null;
      key: string | null;
    }>(sql`
      SELECT p.subject_id, p.data, ${SUBJECT_KEY_OF_ROW} AS key FROM personal_data p`);
    const people = rows.map((row) => personalRecordOf(row.subject_id, row.data, row.key));
    const details = people.flatMap((person) =>
      person.erased
        ? []
        : [person.name, person.email, person.organisation].filter((value): value is string =>
            Boolean(value),
          ),
    );
    // The demo's people and the scenario's submitter (marked) are all there to look for.
    expect(details).toContain('Thomas Richter');
    expect(details).toContain('thomas.richter@example.org');
    const text = everything();
    for (const detail of details) expect(text, detail).not.toContain(detail);
    for (const person of people)
      expect(holdsId(text, person.subjectId), person.subjectId).toBe(false);
    expect(text).not.toMatch(/@example\.org/);
  });

  it('hold nobody who acted: no token, user or actor id', async () => {
    const actors = await api.database.rows<{ actor: string }>(sql`
      SELECT DISTINCT metadata->>'actor' AS actor FROM events WHERE metadata->>'actor' IS NOT NULL`);
    expect(actors.length).toBeGreaterThan(0);
    const text = everything();
    for (const { actor } of actors) expect(text, actor).not.toContain(actor);
    expect(text).not.toContain('token:');
  });
});
