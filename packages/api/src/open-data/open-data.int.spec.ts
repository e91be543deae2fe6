import type { ServerType } from '@hono/node-server';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../testing/listen.js';
import { queriesOf } from '../testing/query-count.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { type Column, cellOf, parsesAs, type Value } from './columns.js';
import { dictionaryOf } from './dictionary.js';

/** The open data over real HTTP, checked against its dictionary and read by independent parsers. */
let api: TestApi;
let server: ServerType;
let base: string;

const LICENCE = 'http://dcat-ap.de/def/licenses/cc-by/4.0';
const SLUGS = ['industrie-der-zukunft', 'fachkraefte-2030'];
const dictionary = dictionaryOf();

type DictionaryColumn = (typeof dictionary.dateien)[number]['spalten'][number];

/** A dictionary entry as the column it describes, to check values against. */
const columnOf = (column: DictionaryColumn): Column => ({
  name: column.name,
  type: column.typ,
  meaning: column.bedeutung,
  example: column.beispiel,
  ...(column.leer_erlaubt ? { optional: true } : {}),
  ...(column.werte ? { values: column.werte } : {}),
});

beforeAll(async () => {
  api = await createDemoApi(
    {
      rateLimit: { perToken: 10_000, perAddress: 10_000, trustProxy: false },
      openData: {
        licence: LICENCE,
        publisher: { name: 'Staatsministerium (Test)', url: 'https://ministerium.example' },
        contactEmail: 'daten@ministerium.example',
      },
    },
    '2026-12-05T10:00:00.000Z',
  );
  await api.store.seal();
  ({ server, url: base } = await listen(api.app.fetch));
}, 120_000);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await api.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers });

const csvOf = async (slug: string, name: string) => {
  const response = await get(`/daten/${slug}/${name}.csv`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  // The byte order mark German Excel needs to read UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, delimiter: ';' }) as string[][];
};

const jsonOf = async (slug: string, name: string) => {
  const response = await get(`/daten/${slug}/${name}.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, Value>[];
};

describe('the data dictionary', () => {
  it('describes every column in German and English with a type and an example of that type', () => {
    for (const file of dictionary.dateien) {
      expect(file.spalten.length).toBeGreaterThan(0);
      expect(new Set(file.spalten.map((column) => column.name)).size).toBe(file.spalten.length);
      for (const column of file.spalten) {
        expect(column.bedeutung.de.length, `${file.name}.${column.name}`).toBeGreaterThan(2);
        expect(column.bedeutung.en.length, `${file.name}.${column.name}`).toBeGreaterThan(2);
        expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
        const { optional: _, ...required } = columnOf(column);
        expect(parsesAs(column.beispiel, required), `${file.name}.${column.name}`).toBe(true);
      }
    }
  });

  it('is published as JSON and as a Markdown page', async () => {
    const json = await get('/daten/datenlexikon.json');
    expect(await json.json()).toEqual(dictionary);
    const markdown = await (await get('/daten/datenlexikon.md')).text();
    expect(markdown).toContain('## massnahmen – Maßnahmen / Measures');
    expect(markdown).toContain(
      '| `fortschritt_prozent` | Zuletzt gemeldeter Fortschritt in Prozent',
    );
  });
});

describe.each(SLUGS)('the files of %s', (slug) => {
  it.each(dictionary.dateien.map((file) => [file.name, file] as const))(
    '%s: CSV and JSON hold exactly the dictionary’s columns, every value of its type',
    async (_name, file) => {
      const [header, ...rows] = await csvOf(slug, file.name);
      const names = file.spalten.map((column) => column.name);
      expect(header).toEqual(names);
      const json = await jsonOf(slug, file.name);
      expect(json.length).toBe(rows.length);
      rows.forEach((row, index) => {
        const record = json[index] ?? {};
        expect(Object.keys(record)).toEqual(names);
        file.spalten.forEach((column, at) => {
          const cell = row[at] ?? '';
          expect(
            parsesAs(cell, columnOf(column)),
            `${file.name}[${index}].${column.name}: "${cell}"`,
          ).toBe(true);
          // The JSON holds the same value, typed: numbers as numbers, lists as arrays.
          expect(cellOf(record[column.name] ?? null, column.typ)).toBe(cell);
        });
      });
    },
  );

  it('is not empty where the demo has published content', async () => {
    const filled =
      slug === 'industrie-der-zukunft'
        ? [
            'prozesse',
            'phasen',
            'handlungsfelder',
            'leitlinien',
            'empfehlungen',
            'massnahmen',
            'projektideen',
            'veranstaltungen',
            'vorschlaege',
            'herkunft',
          ]
        : ['prozesse', 'handlungsfelder', 'veranstaltungen'];
    for (const name of filled) {
      expect((await jsonOf(slug, name)).length, name).toBeGreaterThan(0);
    }
  });

  it('bundles every file with the dictionary in one ZIP, byte for byte', async () => {
    const response = await get(`/daten/${slug}.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.zip"`);
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const expected = [
      ...dictionary.dateien.flatMap((file) => [`${file.name}.csv`, `${file.name}.json`]),
      'datenlexikon.json',
      'datenlexikon.md',
      'LIESMICH.txt',
    ];
    expect(Object.keys(entries).sort()).toEqual(expected.sort());
    const single = new Uint8Array(await (await get(`/daten/${slug}/massnahmen.csv`)).arrayBuffer());
    expect(Buffer.from(entries['massnahmen.csv'] ?? []).equals(Buffer.from(single))).toBe(true);
    expect(new TextDecoder().decode(entries['LIESMICH.txt'])).toContain(
      'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)',
    );
  });
});

describe('the demo in the files', () => {
  it('gives measures with milestones, lead unit and Ampel, and indicators with their values', async () => {
    const measures = await jsonOf('industrie-der-zukunft', 'massnahmen');
    expect(measures.some((measure) => typeof measure.ampel === 'string')).toBe(true);
    expect(measures.some((measure) => typeof measure.federfuehrung_einheit === 'string')).toBe(
      true,
    );
    const milestones = await jsonOf('industrie-der-zukunft', 'meilensteine');
    expect(milestones).toContainEqual(
      expect.objectContaining({ titel: '1.000 Betriebe beraten', faellig_am: '2025-06-30' }),
    );
    const indicators = await jsonOf('industrie-der-zukunft', 'kennzahlen');
    const values = await jsonOf('industrie-der-zukunft', 'kennzahlwerte');
    expect(indicators.length).toBeGreaterThan(0);
    const ids = new Set(indicators.map((indicator) => indicator.id));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(ids.has(value.kennzahl_id as string)).toBe(true);
  });

  it('keeps each process to its own items', async () => {
    const other = await jsonOf('fachkraefte-2030', 'veranstaltungen');
    expect(other.map((meeting) => meeting.titel)).toEqual(['Regionalforum Fachkräfte Chemnitz']);
    const own = await jsonOf('industrie-der-zukunft', 'veranstaltungen');
    expect(own.map((meeting) => meeting.titel)).not.toContain('Regionalforum Fachkräfte Chemnitz');
  });
});

describe('caching by the log head', () => {
  it('answers a repeated request from memory: one query for the head, then 304 for a known ETag', async () => {
    const first = await get('/daten/industrie-der-zukunft/massnahmen.csv');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+-[0-9a-f]{16}"$/);
    expect(Date.parse(first.headers.get('last-modified') ?? '')).not.toBeNaN();
    const queries = await queriesOf(api.database, async () =>
      api.app.request('/daten/industrie-der-zukunft/massnahmen.csv'),
    );
    expect(queries).toBe(1);
    const again = await get('/daten/industrie-der-zukunft/massnahmen.csv', {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('regenerates once the log moves on: a new meeting is in the next download', async () => {
    const before = await get('/daten/industrie-der-zukunft/veranstaltungen.json');
    const etag = before.headers.get('etag') ?? '';
    const planned = await api.gql(
      `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { meeting { id } } }`,
      {
        input: {
          title: 'Werkstatt Offene Daten',
          kind: 'WORKSHOP',
          date: '2027-02-03',
          place: 'Leipzig',
          actionFieldIds: [encodeGlobalID('ActionField', 'hf-digitalisierung')],
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    await api.store.seal();
    const after = await get('/daten/industrie-der-zukunft/veranstaltungen.json', {
      'if-none-match': etag,
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const meetings = (await after.json()) as { titel: string }[];
    expect(meetings.map((meeting) => meeting.titel)).toContain('Werkstatt Offene Daten');
  });
});

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

describe('the DCAT-AP.de catalogue', () => {
  let quads: Quad[] = [];
  const objects = (subject: string, predicate: string) =>
    quads
      .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
      .map((q) => q.object);
  const ofType = (type: string) =>
    quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type)
      .map((q) => q.subject.value);

  beforeAll(async () => {
    const response = await get('/daten/katalog.ttl');
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    quads = new Parser({ format: 'text/turtle' }).parse(await response.text());
  });

  it('parses as Turtle and has one catalogue with its mandatory properties', () => {
    const [catalogue, ...more] = ofType(`${DCAT}Catalog`);
    expect(more).toEqual([]);
    for (const property of [
      `${DCT}title`,
      `${DCT}description`,
      `${DCT}publisher`,
      `${DCAT}dataset`,
    ]) {
      expect(objects(catalogue ?? '', property).length, property).toBeGreaterThan(0);
    }
    expect(objects(catalogue ?? '', `${DCAT}dataset`)).toHaveLength(SLUGS.length);
  });

  it('describes each process as a dataset with publisher, contact point and modification time', () => {
    const datasets = ofType(`${DCAT}Dataset`);
    expect(datasets).toHaveLength(SLUGS.length);
    for (const dataset of datasets) {
      for (const property of [
        `${DCT}title`,
        `${DCT}description`,
        `${DCT}publisher`,
        `${DCAT}contactPoint`,
        `${DCT}modified`,
        `${DCAT}distribution`,
      ]) {
        expect(objects(dataset, property).length, property).toBeGreaterThan(0);
      }
      const [contact] = objects(dataset, `${DCAT}contactPoint`);
      expect(
        objects(contact?.value ?? '', 'http://www.w3.org/2006/vcard/ns#hasEmail')[0]?.value,
      ).toBe('mailto:daten@ministerium.example');
      // A CSV and a JSON per file of the dictionary, and the archive.
      expect(objects(dataset, `${DCAT}distribution`)).toHaveLength(
        dictionary.dateien.length * 2 + 1,
      );
    }
  });

  it('gives every file as a distribution with the configured licence, format, media type and true size', async () => {
    const distributions = ofType(`${DCAT}Distribution`);
    expect(distributions.length).toBe(SLUGS.length * (dictionary.dateien.length * 2 + 1));
    for (const distribution of distributions.filter(
      (url) => url.includes('/massnahmen.') || url.endsWith('.zip'),
    )) {
      expect(objects(distribution, `${DCAT}accessURL`)[0]?.value).toBe(distribution);
      expect(objects(distribution, `${DCT}license`)[0]?.value).toBe(LICENCE);
      expect(objects(distribution, `${DCT}format`)[0]?.value).toMatch(/file-type\/(CSV|JSON|ZIP)$/);
      expect(objects(distribution, `${DCAT}mediaType`)[0]?.value).toMatch(
        /media-types\/(text\/csv|application\/json|application\/zip)$/,
      );
      const size = Number(objects(distribution, `${DCAT}byteSize`)[0]?.value);
      const bytes = await (await get(new URL(distribution).pathname)).arrayBuffer();
      expect(size).toBe(bytes.byteLength);
    }
  });
});

describe('refusals', () => {
  it.each([
    ['/daten/Nicht%20g%C3%BCltig/massnahmen.csv', 400, 'BAD_USER_INPUT', 'process'],
    ['/daten/gibt-es-nicht/massnahmen.csv', 404, 'NOT_FOUND', 'process'],
    ['/daten/gibt-es-nicht.zip', 404, 'NOT_FOUND', 'process'],
    ['/daten/industrie-der-zukunft/geheim.csv', 404, 'NOT_FOUND', 'file'],
  ])('refuses %s with %i %s naming %s', async (path, status, code, field) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors[0]?.extensions).toEqual({ code, field });
    expect(body.errors[0]?.message).toMatch(/Strategieprozess|Kurzname|Datei/);
  });
});
