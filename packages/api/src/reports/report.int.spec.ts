import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ServerType } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../checkpoints/index.js';
import { readChainHead } from '../event-store/index.js';
import { MARKER, writeDrafts } from '../testing/leak-scenario.js';
import { listen } from '../testing/listen.js';
import { createDemoApi, createTestApi, type TestApi } from '../testing/test-api.js';
import { publicRowSql } from '../visibility/rules.js';

/**
 * The progress report over real HTTP on the seeded demo, read back with poppler (pdftotext,
 * pdftoppm) and an independent QR decoder (jsQR).
 */
const run = promisify(execFile);
// A CommonJS module: Node hands its exports object to `import`, the function is its `default`.
const jsQR = jsQRModule.default;
type Who = 'ministry' | 'team' | 'partner' | 'anonymous';

let api: TestApi;
let server: ServerType;
let base: string;
let dir: string;
/** A moment after the demo and before the drafts: what `asOf` travels back to. */
let afterSeed: string;

beforeAll(async () => {
  api = await createDemoApi({ signingKey: generateSigningKey().key }, '2026-12-05T10:00:00.000Z');
  // The Lagebild's monitoring work has no GraphQL mutation yet: its commands, issued directly.
  const by = (role: 'ministry' | 'team') => ({
    actor: `test-${role}`,
    role,
    now: new Date().toISOString(),
    timeZone: 'Europe/Berlin',
  });
  const indicatorId = 'ind-beratene-betriebe';
  await api.execute({
    type: 'DefineIndicator',
    data: {
      indicatorId,
      measureId: 'mn-digitalisierungslotsen',
      title: 'Beratene Betriebe',
      unit: 'Betriebe',
      direction: 'increase',
      baseline: { value: 0, date: '2019-01-01', source: 'Start' },
      target: { value: 2000, date: '2030-12-31' },
    },
    metadata: by('ministry'),
  });
  await api.execute({
    type: 'ReportIndicatorValue',
    data: {
      indicatorId,
      valueId: 'v-2025',
      value: 1150,
      referenceDate: '2025-10-31',
      source: 'Jahresbericht Digitalisierungslotsen 2024/25',
    },
    metadata: by('team'),
  });
  afterSeed = new Date().toISOString();
  ({ server, url: base } = await listen(api.app.fetch));
  dir = await mkdtemp(join(tmpdir(), 'report-pdf-'));
}, 60_000);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (query = '', as: Who = 'ministry', language = 'de') => {
  const token = as === 'anonymous' ? undefined : api.tokens[as];
  return fetch(`${base}/berichte/fortschritt.pdf${query}`, {
    headers: {
      'accept-language': language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
};

let files = 0;
/** The PDF a request answers with, saved for poppler. */
const pdfOf = async (response: Response): Promise<string> => {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const file = join(dir, `report-${++files}.pdf`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
};

const textOf = async (file: string): Promise<string> =>
  (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;

/** Page 1 rendered to PNG by pdftoppm, and the QR code on it decoded. */
const qrOnTitlePage = async (file: string): Promise<string | undefined> => {
  const prefix = file.replace(/\.pdf$/, '-page1');
  await run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const png = PNG.sync.read(await readFile(`${prefix}.png`));
  expect(png.width).toBeGreaterThan(800);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
};

describe('GET /berichte/fortschritt.pdf', () => {
  it('renders the demo for the ministry: title, measures, overdue milestones, changes', async () => {
    const text = await textOf(await pdfOf(await get('?since=2000-01-01')));
    expect(text).toContain('Fortschrittsbericht');
    expect(text).toContain('Alle Strategieprozesse');
    expect(text).toContain('Fahrplan bis 2030');
    expect(text).toContain('Digitalisierungslotsen Sachsen');
    // Due 2026-06-30 and never reached: overdue whenever this runs.
    expect(text).toMatch(
      /Lotsenangebot um Künstliche Intelligenz erweitert\s*–\s*überfällig seit \d+ Tagen/,
    );
    expect(text).toMatch(/1\.000 Betriebe beraten\s*–\s*erreicht am 20\.05\.2025/);
    expect(text).toContain(
      'Beratene Betriebe: 1.150 Betriebe (31.10.2025), Ziel 2.000 Betriebe bis 31.12.2030 –',
    );
    expect(text).toContain('Änderungen seit');
    // The demo's status report of June 2025 reported 66 % in between.
    expect(text).toContain('18.11.2025: Fortschritt von 66 % auf 70 %');
    expect(text).toContain(
      '02.03.2021: Meilenstein „Lotsennetz in allen Kammerbezirken“ verschoben auf 30.06.2022',
    );
  });

  it('carries a receipt: the signed checkpoint of the head, as text and as a QR code to /pruefen', async () => {
    const file = await pdfOf(await get());
    const latest = await api.checkpoints.latest();
    expect(latest).toBeDefined();
    const head = await readChainHead(api.database);
    expect(latest).toMatchObject({ position: head?.position, hash: head?.hash });
    const text = await textOf(file);
    expect(text).toContain(`Position: ${latest?.position}`);
    expect(text.replace(/\s+/g, '')).toContain(`Hash:${latest?.hash}`);

    const url = new URL((await qrOnTitlePage(file)) ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${base}/pruefen`);
    const claim = Object.fromEntries(url.searchParams);
    expect(claim).toEqual({
      position: String(latest?.position),
      hash: latest?.hash,
      signature: latest?.signature,
      signedAt: latest?.signedAt,
      keyId: latest?.keyId,
    });
    const check = await api.gql<{ verifyCheckpoint: { status: string; actualHash: string } }>(
      `query($position: String!, $hash: String!, $signature: String, $signedAt: DateTime, $keyId: String) {
        verifyCheckpoint(position: $position, hash: $hash, signature: $signature,
          signedAt: $signedAt, keyId: $keyId) { status actualHash } }`,
      claim,
      { as: 'anonymous' },
    );
    expect(check.data?.verifyCheckpoint).toEqual({
      status: 'CONSISTENT',
      actualHash: latest?.hash,
    });

    // The head has not moved: the next report reuses the checkpoint rather than signing anew.
    await pdfOf(await get());
    expect((await api.checkpoints.list({ after: 0, limit: 10 })).length).toBe(1);
  });

  it('speaks English on request', async () => {
    const text = await textOf(await pdfOf(await get('', 'team', 'en')));
    expect(text).toContain('Progress report');
    expect(text).toMatch(/overdue for \d+ days/);
  });

  it('shows partners and anonymous readers nothing that was never published', async () => {
    await writeDrafts(api);
    const never = await api.database.rows<{ title: string }>(sql`
      SELECT max(v.title) AS title FROM item_versions v GROUP BY v.kind, v.id
      HAVING NOT bool_or(${publicRowSql('v')})`);
    expect(never.length).toBeGreaterThan(0);
    for (const as of ['partner', 'anonymous'] as const) {
      const text = await textOf(await pdfOf(await get('?since=2000-01-01', as)));
      expect(text).toContain('Digitalisierungslotsen Sachsen');
      expect(text).not.toContain(MARKER);
      const flat = text.replace(/\s+/g, ' ');
      for (const { title } of never) expect(flat).not.toContain(title.replace(/\s+/g, ' '));
    }
  });

  it('shows the log as it was at `asOf`, a date-time with its zone', async () => {
    const now = await textOf(await pdfOf(await get()));
    expect(now).toContain('55 %');
    const then = await textOf(await pdfOf(await get(`?asOf=${afterSeed}`)));
    expect(then).toContain('70 %');
    expect(then).not.toContain('55 %');
  });

  it.each([
    ['?asOf=2017-02-30', 400, 'asOf'],
    ['?asOf=2999-01-01', 400, 'asOf'],
    ['?since=gestern', 400, 'since'],
    ['?asOf=2020-01-01&since=2021-01-01', 400, 'since'],
    ['?process=Kein%20Slug', 400, 'process'],
    ['?process=gibt-es-nicht', 404, 'process'],
    ['?actionField=hf-gibt-es-nicht', 404, 'actionField'],
    ['?actionField=%3Cb%3E', 400, 'actionField'],
  ])('refuses %s with %i naming the parameter, writing nothing', async (query, status, field) => {
    const before = await api.counts();
    const response = await get(query);
    expect(response.status).toBe(status);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string; field: string } }[];
    };
    expect(body.errors[0]?.extensions).toEqual({
      code: status === 400 ? 'BAD_USER_INPUT' : 'NOT_FOUND',
      field,
    });
    expect(await api.counts()).toEqual(before);
  });

  it('refuses an invalid token like /graphql does', async () => {
    const response = await fetch(`${base}/berichte/fortschritt.pdf`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.status).toBe(401);
  });
});

describe('without a signing key', () => {
  it('says there is no receipt instead of failing', async () => {
    const bare = await createTestApi();
    try {
      const response = await bare.app.request('/berichte/fortschritt.pdf');
      const file = await pdfOf(response);
      const text = await textOf(file);
      expect(text).toContain('kein Signaturschlüssel eingerichtet');
      expect(text).toContain('Keine Maßnahmen in diesem Bereich.');
    } finally {
      await bare.close();
    }
  });
});
