import type { ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../testing/listen.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import type { ImportResult } from './import-sheet.js';
import { germanCsvOf, workbookOf, zipBombOf } from './testing/fixtures.js';

/** Spreadsheet import and export over real HTTP, with generated workbooks and German CSV files. */
const NOW = '2026-12-05T10:00:00.000Z';
let api: TestApi;
let server: ServerType;
let base: string;
let meetingId: string;

beforeAll(async () => {
  api = await createDemoApi({ clock: { now: () => NOW } }, NOW);
  ({ server, url: base } = await listen(api.app.fetch));
  const [meeting] = await api.database.rows<{ id: string }>(sql`
    SELECT id FROM item_versions WHERE kind = 'Meeting' AND valid_to IS NULL AND status = 'held'
    ORDER BY id LIMIT 1`);
  meetingId = meeting?.id ?? '';
  // The demo's seed is the slow part on a loaded machine.
}, 240_000);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await api.close();
});

const as = (role: 'team' | 'partner' | 'anonymous'): Record<string, string> =>
  role === 'anonymous' ? {} : { authorization: `Bearer ${api.tokens[role]}` };

const upload = async (path: string, file: Buffer, role: 'team' | 'partner' = 'team') => {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { ...as(role), 'content-type': 'application/octet-stream' },
    body: new Uint8Array(file),
  });
  return {
    status: response.status,
    body: (await response.json()) as ImportResult & {
      errors?: { extensions: { code: string }; message: string }[];
    },
  };
};

const importSuggestions = (file: Buffer, dryRun = false) =>
  upload(`/tabellen/import/vorschlaege?meeting=${meetingId}${dryRun ? '&dryRun=true' : ''}`, file);

const eventCount = async () =>
  Number((await api.database.rows<{ n: string }>(sql`SELECT count(*) AS n FROM events`))[0]?.n);

const readWorkbook = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
};

/** The template's columns, in order. */
const TEMPLATE_HEADER = [
  'Titel',
  'Text',
  'Sektor',
  'Handlungsfelder',
  'Kanal',
  'Einreicher/in',
  'E-Mail',
  'Organisation',
  'Einwilligung',
];
/** A protocol's: it may leave out a column it has nothing for (here the organisation). */
const HEADER = TEMPLATE_HEADER.filter((column) => column !== 'Organisation');

describe('the template', () => {
  it('has the German columns the import expects, and a sheet explaining them', async () => {
    const rows = await readWorkbook(await fetch(`${base}/tabellen/vorlage-vorschlaege.xlsx`));
    expect(rows[0]).toEqual(TEMPLATE_HEADER);
  });
});

describe('when a German Excel CSV protocol has mistakes', () => {
  const rows = [
    HEADER,
    [
      'Förderlotsen',
      'Kleine Betriebe finden keine Förderprogramme.',
      'Wirtschaft',
      'hf-digitalisierung',
      '',
      'Jörg Müller',
      'joerg@example.org',
      'ja',
    ],
    [
      'Weiterbildung',
      'Berufsschulen brauchen Geräte.',
      'Wirtshaft',
      '',
      'Veranstaltung',
      '',
      '',
      '',
    ],
    ['', 'Ohne Einwilligung', 'Gesellschaft', 'Gibt es nicht', '', 'Erika Muster', '', 'nein'],
  ];

  it('previews every problem with its row, its column and a German reason, and writes nothing', async () => {
    const before = await eventCount();
    const { status, body } = await importSuggestions(germanCsvOf(rows));
    expect(status).toBe(422);
    expect(body.written).toBe(0);
    expect(body.preview).toMatchObject({ format: 'csv', encoding: 'windows-1252', ok: false });
    expect(body.preview.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Sektor', 'INVALID_VALUE'],
      [4, 'Handlungsfelder', 'UNKNOWN_ACTION_FIELD'],
      [4, 'Einwilligung', 'CONSENT_MISSING'],
    ]);
    expect(body.preview.problems[0]?.message.de).toContain('„wirtshaft“ ist keiner der Werte');
    expect(await eventCount()).toBe(before);
  });

  it('imports all rows once they are fixed, and nothing the second time', async () => {
    const fixed = rows.map((row, index) =>
      index === 2 ? row.with(2, 'Wirtschaft') : index === 3 ? row.with(3, '').with(7, 'ja') : row,
    );
    const preview = await importSuggestions(germanCsvOf(fixed), true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      written: 0,
      preview: { ok: true, counts: { create: 3 } },
    });
    const before = await eventCount();
    const first = await importSuggestions(germanCsvOf(fixed));
    expect(first.body.written).toBe(3);
    expect(await eventCount()).toBe(before + 3);
    const [stored] = await api.database.rows<{
      title: string;
      state: { actionFieldIds: string[]; channel: string };
    }>(sql`
      SELECT title, state FROM item_versions WHERE kind = 'Suggestion' AND valid_to IS NULL
        AND state->>'meetingId' = ${meetingId} AND title = 'Förderlotsen'`);
    expect(stored?.state).toMatchObject({
      actionFieldIds: ['hf-digitalisierung'],
      channel: 'meeting',
    });
    const again = await importSuggestions(germanCsvOf(fixed));
    expect(again.body).toMatchObject({
      written: 0,
      preview: { ok: true, counts: { create: 0, known: 3 } },
    });
    expect(await eventCount()).toBe(before + 3);
  });

  it('exports the meeting’s suggestions with the submitter for the team, without for anonymous callers', async () => {
    const team = await readWorkbook(
      await fetch(`${base}/tabellen/vorschlaege.xlsx?meeting=${meetingId}`, {
        headers: as('team'),
      }),
    );
    expect(team[0]).toContain('Einreicher/in');
    expect(team.flat()).toContain('Jörg Müller');
    const captured = team.find((row) => row.includes('Förderlotsen'));
    expect(captured?.at(-1)).toBeInstanceOf(Date);
    const anonymous = await readWorkbook(
      await fetch(`${base}/tabellen/vorschlaege.xlsx?meeting=${meetingId}`),
    );
    expect(anonymous[0]).not.toContain('Einreicher/in');
    expect(anonymous.flat()).not.toContain('Jörg Müller');
    // Captured, not taken up: no published suggestion, no row.
    expect(anonymous.flat()).not.toContain('Förderlotsen');
  });
});

describe('an .xlsx protocol', () => {
  it('reads UTF-8 text and a formula’s cached value as text', async () => {
    const file = await workbookOf(HEADER, [
      [
        'Reallabor',
        'Ein Reallabor für 5G in der Fertigung.',
        'Wissenschaft',
        'Digitalisierung in der mittelständischen Industrie',
        'Online',
        '',
        '',
        '',
      ],
      [
        { formula: 'CONCAT("Fach","kräfte")', result: 'Fachkräfte' },
        'Mehr Ausbildung.',
        'science',
        '',
        '',
        '',
        '',
        'nein',
      ],
    ]);
    const { status, body } = await importSuggestions(file);
    expect(status).toBe(200);
    expect(body).toMatchObject({ written: 2, preview: { format: 'xlsx', counts: { create: 2 } } });
    const titles = await api.database.rows<{ title: string }>(sql`
      SELECT title FROM item_versions WHERE kind = 'Suggestion' AND valid_to IS NULL AND title IN ('Reallabor', 'Fachkräfte')`);
    expect(titles).toHaveLength(2);
  });
});

describe('a hostile or broken file', () => {
  it.each([
    ['a zip bomb', () => zipBombOf(80 * 2 ** 20), 413, 'FILE_TOO_LARGE'],
    [
      'a damaged workbook',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
      400,
      'FILE_UNREADABLE',
    ],
    [
      'an unclosed quote',
      () => germanCsvOf([HEADER]).toString('latin1').concat('\r\n"offen;Text;Wirtschaft'),
      400,
      'FILE_UNREADABLE',
    ],
    [
      'too many rows',
      () =>
        germanCsvOf([
          HEADER,
          ...Array.from({ length: 2001 }, (_, i) => ['', `Text ${i}`, 'Wirtschaft']),
        ]),
      400,
      'TOO_MANY_ROWS',
    ],
    [
      'a huge cell',
      () => germanCsvOf([HEADER, ['', 'x'.repeat(25_000), 'Wirtschaft']]),
      400,
      'CELL_TOO_LONG',
    ],
  ] as const)(
    'refuses %s with a clear error and writes nothing',
    async (_name, make, status, code) => {
      const before = await eventCount();
      const made = make();
      const response = await importSuggestions(
        typeof made === 'string' ? Buffer.from(made, 'latin1') : made,
      );
      expect(response.status).toBe(status);
      expect(response.body.errors?.[0]?.extensions.code).toBe(code);
      expect(await eventCount()).toBe(before);
    },
  );

  it('refuses partners', async () => {
    const response = await upload(
      `/tabellen/import/vorschlaege?meeting=${meetingId}`,
      germanCsvOf([HEADER]),
      'partner',
    );
    expect(response.status).toBe(403);
  });
});

describe('bulk updates of measures', () => {
  const columnOf = (rows: ExcelJS.CellValue[][], name: string) => (rows[0] ?? []).indexOf(name);

  it('writes only the changed rows, and refuses a row whose measure changed since the export', async () => {
    const exported = await readWorkbook(
      await fetch(`${base}/tabellen/massnahmen.xlsx`, { headers: as('team') }),
    );
    const progress = columnOf(exported, 'Fortschritt (%)');
    const status = columnOf(exported, 'Status');
    const milestone = columnOf(exported, 'Meilenstein-ID');
    const running = exported.findIndex(
      (row, index) => index > 0 && row[status] === 'In Umsetzung' && !row[milestone],
    );
    expect(running).toBeGreaterThan(0);
    const edited = exported.map((row) => [...row]);
    const row = edited[running] as ExcelJS.CellValue[];
    row[progress] = Number(row[progress]) === 55 ? 56 : 55;
    const file = await workbookOf(exported[0] as string[], edited.slice(1));
    const before = await eventCount();
    const first = await upload('/tabellen/import/massnahmen', file);
    expect(first.status).toBe(200);
    expect(first.body.preview.counts.update).toBe(1);
    expect(first.body.written).toBe(1);
    expect(await eventCount()).toBe(before + 1);
    // The same file again: its version is stale now, its row differs no more.
    const second = await upload('/tabellen/import/massnahmen', file);
    expect(second.body).toMatchObject({ written: 0, preview: { ok: true, counts: { update: 0 } } });
    row[progress] = 12;
    const stale = await upload(
      '/tabellen/import/massnahmen',
      await workbookOf(exported[0] as string[], edited.slice(1)),
    );
    expect(stale.status).toBe(422);
    expect(stale.body.preview.problems).toEqual([
      expect.objectContaining({
        row: running + 1,
        column: 'Version',
        severity: 'conflict',
        code: 'CONFLICT',
      }),
    ]);
    expect(await eventCount()).toBe(before + 1);
  });
});

describe('list exports', () => {
  it('give partners published recommendations only, with German headers and dates as dates', async () => {
    const rows = await readWorkbook(
      await fetch(`${base}/tabellen/empfehlungen.xlsx`, { headers: as('partner') }),
    );
    expect(rows[0]).toEqual(['ID', 'Titel', 'Status', 'Handlungsfelder', 'Zuletzt geändert']);
    const statuses = new Set(rows.slice(1).map((row) => row[2]));
    expect(statuses.size).toBeGreaterThan(0);
    expect(
      [...statuses].every((s) => ['Priorisiert', 'Beschlossen', 'Abgelehnt'].includes(String(s))),
    ).toBe(true);
    expect(rows[1]?.[4]).toBeInstanceOf(Date);
  });

  it('exports the activity since a day', async () => {
    const rows = await readWorkbook(
      await fetch(`${base}/tabellen/aktivitaet.xlsx?since=2026-12-01`, { headers: as('team') }),
    );
    expect(rows[0]).toEqual(['Zeitpunkt', 'Art', 'ID', 'Titel', 'Änderung', 'Version']);
    expect(rows.length).toBeGreaterThan(1);
    const bad = await fetch(`${base}/tabellen/aktivitaet.xlsx?since=gestern`);
    expect(bad.status).toBe(400);
    const narrowed = await readWorkbook(
      await fetch(
        `${base}/tabellen/aktivitaet.xlsx?since=2026-12-01&actionField=hf-digitalisierung&until=2026-12-01T00:00:01Z`,
        {
          headers: as('team'),
        },
      ),
    );
    expect(narrowed.length).toBeLessThan(rows.length);
  });

  it('takes the screen’s filters: a status, an action field; a bad one is a 400 naming it', async () => {
    const rows = await readWorkbook(
      await fetch(
        `${base}/tabellen/massnahmen.xlsx?status=in_progress&actionField=hf-digitalisierung`,
        {
          headers: as('team'),
        },
      ),
    );
    const status = rows[0]?.indexOf('Status') ?? -1;
    const statuses = new Set(
      rows
        .slice(1)
        .map((row) => row[status])
        .filter(Boolean),
    );
    expect([...statuses]).toEqual(['In Umsetzung']);
    const bad = await fetch(`${base}/tabellen/massnahmen.xlsx?status=fertig`);
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0]?.extensions
        .field,
    ).toBe('status');
  });
});

describe('bulk indicator values', () => {
  const HEADERS = [
    'Kennzahl-ID',
    'Version',
    'Kennzahl',
    'Einheit',
    'Maßnahme',
    'Wert',
    'Stichtag',
    'Quelle',
  ];
  let cycleId = '';
  const importValues = (file: Buffer) =>
    upload(`/tabellen/import/kennzahlwerte?cycle=${cycleId}`, file);
  const exportValues = async () =>
    readWorkbook(await fetch(`${base}/tabellen/kennzahlwerte.xlsx`, { headers: as('team') }));

  beforeAll(async () => {
    const [cycle] = await api.database.rows<{ id: string }>(sql`
      SELECT id FROM item_versions WHERE kind = 'ReportingCycle' AND valid_to IS NULL
        AND status = 'open' ORDER BY id LIMIT 1`);
    cycleId = cycle?.id ?? '';
  });

  it('round-trips the table: one command for the changed rows, a refused row names its cell', async () => {
    const exported = await exportValues();
    expect(exported[0]).toEqual(HEADERS);
    expect(exported.length).toBeGreaterThan(2);
    // Dates as dates, figures as numbers.
    const withValue = exported.slice(1).find((row) => row[6] !== undefined && row[6] !== null);
    expect(withValue?.[6]).toBeInstanceOf(Date);
    expect(typeof withValue?.[5]).toBe('number');

    const edited = exported.map((row) => [...row]);
    const a = edited[1] as ExcelJS.CellValue[];
    const b = edited[2] as ExcelJS.CellValue[];
    Object.assign(a, { 5: 47.5, 6: new Date('2026-06-30T00:00:00Z'), 7: 'Erhebung 1/2026' });
    // Before its baseline: the indicator itself refuses it (the command's follow-up).
    Object.assign(b, { 5: 1, 6: '31.12.2000', 7: 'Altbestand' });
    const before = await eventCount();
    const refused = await importValues(await workbookOf(HEADERS, edited.slice(1)));
    expect(refused.status).toBe(422);
    expect(refused.body.preview.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Stichtag', code: 'BAD_USER_INPUT' }),
    ]);
    expect(refused.body.preview.problems[0]?.message.de).toMatch(/vor dem Ausgangswert/);
    expect(await eventCount()).toBe(before);

    Object.assign(b, { 6: '30.06.2026' });
    const file = await workbookOf(HEADERS, edited.slice(1));
    const imported = await importValues(file);
    expect(imported.status).toBe(200);
    expect(imported.body.preview.counts).toMatchObject({ update: 2 });
    // The cycle's batch and a value on each indicator, all in one write.
    expect(imported.body.written).toBe(3);
    expect(await eventCount()).toBe(before + 3);
    // The same file again: its rows are the latest values now, so nothing changes.
    expect((await importValues(file)).body).toMatchObject({
      written: 0,
      preview: { ok: true, counts: { update: 0 } },
    });
    // A row edited in the old export, whose indicator moved on since: a conflict.
    Object.assign(a, { 5: 48 });
    const stale = await importValues(await workbookOf(HEADERS, edited.slice(1)));
    expect(stale.status).toBe(422);
    expect(stale.body.preview.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Version', severity: 'conflict' }),
    ]);
    expect(await eventCount()).toBe(before + 3);
  });

  it('reads the German Excel CSV, and refuses a broken one with German reasons', async () => {
    const [, first] = await exportValues();
    const row = (value: string, day: string, source: string) => [
      String(first?.[0]),
      String(first?.[1]),
      'Kennzahl',
      '%',
      'Maßnahme',
      value,
      day,
      source,
    ];
    const before = await eventCount();
    const broken = await importValues(
      germanCsvOf([HEADERS, row('viel', '31.06.2026', 'Sächsische Erhebung')]),
    );
    expect(broken.status).toBe(422);
    expect(broken.body.preview.encoding).toBe('windows-1252');
    expect(broken.body.preview.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Wert', code: 'INVALID_VALUE' }),
      expect.objectContaining({ row: 2, column: 'Stichtag', code: 'INVALID_VALUE' }),
    ]);
    expect(broken.body.preview.problems[0]?.message.de).toMatch(/keine Zahl/);
    const noVersion = await importValues(
      germanCsvOf([HEADERS.filter((name) => name !== 'Version'), row('1', '', '')]),
    );
    expect(noVersion.body.preview.problems).toEqual([
      expect.objectContaining({ row: null, column: 'Version', code: 'COLUMN_MISSING' }),
    ]);
    expect(await eventCount()).toBe(before);

    const good = await importValues(
      germanCsvOf([HEADERS, row('1.234,5', '01.07.2026', 'Sächsische Erhebung')]),
    );
    expect(good.status).toBe(200);
    expect(good.body.written).toBe(2);
    const [value] = await api.database.rows<{
      state: { values: { value: number; source: string }[] };
    }>(sql`
      SELECT state FROM item_versions WHERE kind = 'Indicator' AND id = ${String(first?.[0])}
        AND valid_to IS NULL`);
    expect(value?.state.values.at(-1)).toMatchObject({
      value: 1234.5,
      source: 'Sächsische Erhebung',
    });
  });

  it('needs the cycle, and refuses partners', async () => {
    const file = germanCsvOf([HEADERS]);
    expect((await upload('/tabellen/import/kennzahlwerte', file)).status).toBe(400);
    expect((await upload('/tabellen/import/kennzahlwerte?cycle=bz-nope', file)).status).toBe(404);
    expect(
      (await upload(`/tabellen/import/kennzahlwerte?cycle=${cycleId}`, file, 'partner')).status,
    ).toBe(403);
  });
});
