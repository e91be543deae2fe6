import { checkSlug } from '@fahrplan/domain';
import { type Context, Hono } from 'hono';
import { ANONYMOUS } from '../auth/caller.js';
import type { AppEnv } from '../http/app-env.js';
import { detectLocale, localeOf } from '../http/locale.js';
import type { RateLimit } from '../http/rate-limit.js';
import { malformed, notFound, type Refusal, refusalResponse } from '../http/scope-params.js';
import { MEDIA_TYPES, type OpenDataFile, type ProcessBundle } from './bundle.js';
import { catalogueTurtle, openDataPaths } from './catalogue.js';
import { dictionaryMarkdown, dictionaryOf } from './dictionary.js';
import type { OpenData, Snapshot } from './open-data.js';
import { licenceOf } from './settings.js';
import { TABLES } from './tables/index.js';

const DICTIONARY = dictionaryOf();
const DICTIONARY_JSON = `${JSON.stringify(DICTIONARY, null, 2)}\n`;
const DICTIONARY_MARKDOWN = dictionaryMarkdown(DICTIONARY);

/**
 * Answers from the snapshot with validators from the log head: `ETag` (position and hash) and
 * `Last-Modified` (when the head was recorded), so a client asks again cheaply and gets a 304
 * until the log moves on. Public and cacheable, readable from any origin.
 */
const send = (
  c: Context<AppEnv>,
  snapshot: Snapshot,
  body: string | Buffer,
  type: string,
  filename?: string,
): Response => {
  const etag = `"${snapshot.head.position}-${snapshot.head.hash.slice(0, 16)}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    'Last-Modified': new Date(snapshot.head.recordedAt).toUTCString(),
    'Cache-Control': 'public, max-age=60, must-revalidate',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified, Content-Disposition',
  };
  if (filename) headers['Content-Disposition'] = `attachment; filename="${filename}"`;
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    ...headers,
    'Content-Type': type,
  });
};

const typeOf = (file: OpenDataFile) =>
  file.format === 'ZIP' ? MEDIA_TYPES.ZIP : `${MEDIA_TYPES[file.format]}; charset=utf-8`;

const bundleOf = (snapshot: Snapshot, slug: string): ProcessBundle | Refusal => {
  const problem = checkSlug(slug);
  if (problem) return malformed('process', problem.messages);
  return (
    snapshot.bundles.get(slug) ??
    notFound('process', {
      de: `Einen Strategieprozess „${slug}“ gibt es nicht.`,
      en: `There is no strategy process "${slug}".`,
    })
  );
};

/** What the page "Offene Daten" lists: every process's files with sizes, licence and head. */
const indexOf = (snapshot: Snapshot, open: OpenData, origin: string) => {
  const paths = openDataPaths(origin);
  const entry = (file: OpenDataFile, url: string) => ({
    name: file.name,
    format: file.format,
    url,
    byteSize: file.bytes.length,
    ...(file.rows === undefined ? {} : { rows: file.rows }),
  });
  return {
    modified: snapshot.head.recordedAt,
    logPosition: snapshot.head.position,
    licence: licenceOf(open.settings.licence),
    publisher: open.settings.publisher.name,
    catalogue: paths.catalogue,
    dictionary: { json: paths.dictionaryJson, markdown: paths.dictionaryMarkdown },
    processes: [...snapshot.bundles.values()].map(({ process, files, zip }) => ({
      slug: process.slug,
      title: process.title,
      zip: entry(zip, paths.zip(process.slug)),
      tables: TABLES.map((spec) => ({
        name: spec.name,
        title: spec.title,
        files: files
          .filter((file) => file.table === spec.name)
          .map((file) => entry(file, paths.file(process.slug, file.name))),
      })),
    })),
  };
};

/**
 * The open data at `/daten/…`: per process every table as CSV and JSON and all of it as ZIP, the
 * data dictionary, the DCAT-AP.de catalogue and an index for the page. Anonymous by design: it
 * holds exactly what anonymous callers of the API see, whoever asks.
 */
export const openDataRoutes = (open: OpenData, rateLimit: RateLimit): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>();
  routes.use('/daten/*', detectLocale(), async (c, next) => {
    c.set('caller', ANONYMOUS);
    await next();
  });
  routes.use('/daten/*', rateLimit);

  routes.get('/daten/index.json', async (c) => {
    const snapshot = await open.snapshot();
    const body = JSON.stringify(indexOf(snapshot, open, new URL(c.req.url).origin));
    return send(c, snapshot, body, 'application/json; charset=utf-8');
  });
  routes.get('/daten/datenlexikon.json', async (c) =>
    send(c, await open.snapshot(), DICTIONARY_JSON, 'application/json; charset=utf-8'),
  );
  routes.get('/daten/datenlexikon.md', async (c) =>
    send(c, await open.snapshot(), DICTIONARY_MARKDOWN, 'text/markdown; charset=utf-8'),
  );
  routes.get('/daten/katalog.ttl', async (c) => {
    const snapshot = await open.snapshot();
    const body = catalogueTurtle(snapshot, open.settings, new URL(c.req.url).origin);
    return send(c, snapshot, body, 'text/turtle; charset=utf-8');
  });
  routes.get('/daten/:archive{[^/]+\\.zip}', async (c) => {
    const snapshot = await open.snapshot();
    const bundle = bundleOf(snapshot, c.req.param('archive').slice(0, -'.zip'.length));
    if ('status' in bundle) return refusalResponse(c, bundle, localeOf(c));
    return send(c, snapshot, bundle.zip.bytes, typeOf(bundle.zip), bundle.zip.name);
  });
  routes.get('/daten/:slug/:file', async (c) => {
    const snapshot = await open.snapshot();
    const bundle = bundleOf(snapshot, c.req.param('slug'));
    if ('status' in bundle) return refusalResponse(c, bundle, localeOf(c));
    const name = c.req.param('file');
    const file = bundle.files.find((each) => each.name === name);
    if (!file) {
      const shown = name.slice(0, 80);
      return refusalResponse(
        c,
        notFound('file', {
          de: `Eine Datei „${shown}“ gibt es nicht; das Datenlexikon nennt alle.`,
          en: `There is no file "${shown}"; the data dictionary lists them all.`,
        }),
        localeOf(c),
      );
    }
    return send(c, snapshot, file.bytes, typeOf(file), `${bundle.process.slug}-${file.name}`);
  });
  return routes;
};
