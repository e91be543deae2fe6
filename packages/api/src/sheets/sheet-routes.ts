import { createHash } from 'node:crypto';
import { STATUS_LABELS } from '@fahrplan/domain';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database, SqlRunner } from '../database/index.js';
import type { EventMacKey } from '../event-store/index.js';
import type { AppEnv } from '../http/app-env.js';
import { graphqlErrorResponse } from '../http/graphql-error.js';
import { detectLocale, type Locale, localeOf } from '../http/locale.js';
import type { RateLimit } from '../http/rate-limit.js';
import { malformed, type Refusal, refusalResponse, scopeOfRequest } from '../http/scope-params.js';
import { loadItems } from '../queries/items.js';
import { publicOnlyIn, readScopeOf } from '../visibility/rules.js';
import {
  ACTIVITY_COLUMNS,
  columnsFor,
  INDICATOR_VALUE_COLUMNS,
  MEASURE_COLUMNS,
  RECOMMENDATION_COLUMNS,
  type SheetColumn,
  SUGGESTION_COLUMNS,
} from './columns.js';
import {
  activityRecords,
  indicatorValueRecords,
  type ListRecords,
  measureRecords,
  recommendationRecords,
  suggestionRecords,
} from './exports.js';
import { type ImportTarget, importSheet } from './import-sheet.js';
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from './limits.js';
import { SheetError } from './sheet-error.js';
import { type SheetSpec, writeSheet } from './write-sheet.js';

export interface SheetRouteDependencies {
  readonly database: Database;
  /** The same `authenticate` as /graphql: bearer token or session cookie (with its CSRF header). */
  readonly authenticate: MiddlewareHandler<AppEnv>;
  readonly rateLimit: RateLimit;
  readonly timeZone: string;
  readonly now: () => string;
  readonly eventMacKey?: EventMacKey;
  readonly limits?: SheetLimits;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_OF_CODE: Readonly<Record<string, 400 | 404 | 409 | 413>> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  FILE_TOO_LARGE: 413,
};

const sheetErrorResponse = (c: Context, error: SheetError, locale: Locale) =>
  graphqlErrorResponse(c, STATUS_OF_CODE[error.code] ?? 400, error.code, error.messages[locale], {
    field: 'file',
  });

/** The lists a file is downloaded of: the file's name (and path) and the sheet's. */
const LISTS = {
  Measure: {
    file: { de: 'massnahmen', en: 'measures' },
    sheet: { de: 'Maßnahmen', en: 'Measures' },
  },
  Recommendation: {
    file: { de: 'empfehlungen', en: 'recommendations' },
    sheet: { de: 'Empfehlungen', en: 'Recommendations' },
  },
} as const;

const download = async (c: Context, name: string, spec: SheetSpec, locale: Locale) =>
  c.body(new Uint8Array(await writeSheet(spec, locale)), 200, {
    'Content-Type': XLSX,
    'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    // What a list holds depends on who asks.
    'Cache-Control': 'private, no-store',
    Vary: 'Accept-Language, Authorization, Cookie',
  });

const forbidden = (c: Context, locale: Locale) =>
  graphqlErrorResponse(
    c,
    403,
    'FORBIDDEN',
    locale === 'de'
      ? 'Tabellen importieren darf nur das Projektteam (oder das Ministerium, die Administration).'
      : 'Only the project team (or the ministry, administrators) may import spreadsheets.',
    {},
  );

/** What the filters on screen were, for the export's "Info" sheet. */
const infoOf = (c: Context, generatedAt: string): [string, string][] => [
  ['Erstellt / generated', generatedAt],
  ...Object.entries(c.req.query()).map(([name, value]): [string, string] => [name, value]),
];

/**
 * Spreadsheets in and out. Downloads: `GET /tabellen/<list>.xlsx` with the list's filters
 * (`process`, `actionField`, `meeting`, `since`), as the caller may see the list (partners and
 * anonymous callers: published content, no personal data). Imports (team, ministry, admins):
 * `POST /tabellen/import/vorschlaege?meeting=<id>`, `POST /tabellen/import/massnahmen` and
 * `POST /tabellen/import/kennzahlwerte?cycle=<id>` (the figures of `kennzahlwerte.xlsx`, for that
 * open cycle, in one command), the file as the body; `?dryRun=true` answers the preview only.
 */
export const sheetRoutes = ({
  database,
  authenticate,
  rateLimit,
  timeZone,
  now,
  eventMacKey,
  limits = DEFAULT_SHEET_LIMITS,
}: SheetRouteDependencies): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>();
  const guard = [detectLocale(), authenticate, rateLimit] as const;

  routes.get('/tabellen/vorlage-vorschlaege.xlsx', ...guard, (c) => {
    const locale = localeOf(c);
    const name = locale === 'de' ? 'vorlage-vorschlaege' : 'suggestions-template';
    const columns = SUGGESTION_COLUMNS.filter(
      (column) => !('readOnly' in column && column.readOnly),
    );
    return download(
      c,
      name,
      { name: locale === 'de' ? 'Vorschläge' : 'Suggestions', columns, records: [], explain: true },
      locale,
    );
  });

  routes.get('/tabellen/vorschlaege.xlsx', ...guard, async (c) => {
    const locale = localeOf(c);
    const reads = readScopeOf(c.var.caller);
    const meetingId = c.req.query('meeting') ?? '';
    const [meeting] = await loadItems(
      database,
      [{ kind: 'Meeting', id: meetingId }],
      undefined,
      reads,
    );
    if (!meeting) {
      return refusalResponse(
        c,
        {
          status: 404,
          code: 'NOT_FOUND',
          field: 'meeting',
          message: { de: 'Diese Veranstaltung gibt es nicht.', en: 'There is no such meeting.' },
        },
        locale,
      );
    }
    const personal = !publicOnlyIn(reads);
    const records = await suggestionRecords(database, meetingId, reads, personal, locale);
    return download(
      c,
      locale === 'de' ? 'vorschlaege' : 'suggestions',
      {
        name: locale === 'de' ? 'Vorschläge' : 'Suggestions',
        columns: columnsFor(SUGGESTION_COLUMNS, personal),
        records,
        info: [[locale === 'de' ? 'Veranstaltung' : 'Meeting', meeting.title], ...infoOf(c, now())],
      },
      locale,
    );
  });

  const scoped = (
    path: string,
    names: { de: string; en: string },
    build: (
      runner: SqlRunner,
      c: Context<AppEnv>,
      locale: Locale,
    ) => Promise<Omit<SheetSpec, 'info'> | Response>,
  ) =>
    routes.get(path, ...guard, async (c) => {
      const locale = localeOf(c);
      const built = await build(database, c, locale);
      if (built instanceof Response) return built;
      return download(c, names[locale], { ...built, info: infoOf(c, now()) }, locale);
    });

  /** The list's status filter (a status key, as the screen's filter has it), or why not. */
  const statusesOf = (
    c: Context<AppEnv>,
    kind: 'Measure' | 'Recommendation',
  ): string[] | Refusal => {
    const status = c.req.query('status');
    if (!status) return [];
    if (Object.hasOwn(STATUS_LABELS[kind], status)) return [status];
    return malformed('status', {
      de: `„${status.slice(0, 40)}“ ist kein Status.`,
      en: `"${status.slice(0, 40)}" is no status.`,
    });
  };

  const scopeFor = async (c: Context<AppEnv>) =>
    scopeOfRequest(database, c, readScopeOf(c.var.caller));

  /** A list's file (measures, recommendations): in the scope, filtered by `?status=`. */
  const listSheet = <C extends readonly SheetColumn[]>(
    kind: keyof typeof LISTS,
    columns: C,
    records: ListRecords<C>,
  ) =>
    scoped(`/tabellen/${LISTS[kind].file.de}.xlsx`, LISTS[kind].file, async (runner, c, locale) => {
      const scope = await scopeFor(c);
      if ('status' in scope) return refusalResponse(c, scope, locale);
      const statuses = statusesOf(c, kind);
      if ('status' in statuses) return refusalResponse(c, statuses, locale);
      const reads = readScopeOf(c.var.caller);
      return {
        name: LISTS[kind].sheet[locale],
        columns,
        records: await records(runner, scope, reads, locale, statuses),
      };
    });

  listSheet('Measure', MEASURE_COLUMNS, measureRecords);

  scoped(
    '/tabellen/kennzahlwerte.xlsx',
    { de: 'kennzahlwerte', en: 'indicator-values' },
    async (runner, c, locale) => {
      const scope = await scopeFor(c);
      if ('status' in scope) return refusalResponse(c, scope, locale);
      return {
        name: locale === 'de' ? 'Kennzahlenwerte' : 'Indicator values',
        columns: INDICATOR_VALUE_COLUMNS,
        records: await indicatorValueRecords(runner, scope, readScopeOf(c.var.caller)),
      };
    },
  );

  listSheet('Recommendation', RECOMMENDATION_COLUMNS, recommendationRecords);

  scoped(
    '/tabellen/aktivitaet.xlsx',
    { de: 'aktivitaet', en: 'activity' },
    async (runner, c, locale) => {
      const window: { since?: string; until?: string } = {};
      for (const name of ['since', 'until'] as const) {
        const value = c.req.query(name);
        if (value === undefined) continue;
        if (Number.isNaN(Date.parse(value))) {
          return refusalResponse(
            c,
            malformed(name, {
              de: `„${value.slice(0, 40)}“ ist kein Zeitpunkt (ISO 8601).`,
              en: `"${value.slice(0, 40)}" is not a moment (ISO 8601).`,
            }),
            locale,
          );
        }
        window[name] = new Date(value).toISOString();
      }
      const scope = await scopeFor(c);
      if ('status' in scope) return refusalResponse(c, scope, locale);
      return {
        name: locale === 'de' ? 'Aktivität' : 'Activity',
        columns: ACTIVITY_COLUMNS,
        records: await activityRecords(
          runner,
          readScopeOf(c.var.caller),
          { ...window, scope },
          locale,
        ),
      };
    },
  );

  /** The query parameter naming what a file is imported into, where the route needs one. */
  type Missing = { readonly field: string; readonly de: string; readonly en: string };
  const importRoute = (
    path: string,
    targetOf: (c: Context<AppEnv>) => ImportTarget | undefined,
    missing: Missing = {
      field: 'meeting',
      de: 'Die Veranstaltung fehlt (?meeting=…).',
      en: 'The meeting is missing (?meeting=…).',
    },
  ) =>
    routes.post(
      path,
      ...guard,
      bodyLimit({
        maxSize: limits.maxFileBytes,
        onError: (c) =>
          sheetErrorResponse(
            c,
            new SheetError('FILE_TOO_LARGE', {
              de: `Die Datei ist größer als ${Math.round(limits.maxFileBytes / 2 ** 20)} MiB.`,
              en: `The file is larger than ${Math.round(limits.maxFileBytes / 2 ** 20)} MiB.`,
            }),
            localeOf(c),
          ),
      }),
      async (c) => {
        const locale = localeOf(c);
        const { caller } = c.var;
        if (!['team', 'ministry', 'admin'].includes(caller.role)) return forbidden(c, locale);
        const target = targetOf(c);
        if (!target) {
          return refusalResponse(
            c,
            {
              status: 400,
              code: 'BAD_USER_INPUT',
              field: missing.field,
              message: { de: missing.de, en: missing.en },
            },
            locale,
          );
        }
        const file = Buffer.from(await c.req.arrayBuffer());
        try {
          const result = await importSheet(database, file, {
            target,
            caller,
            now: now(),
            timeZone,
            limits,
            dryRun: c.req.query('dryRun') === 'true',
            // The file names the import: every event of it carries the same id.
            correlationId: `sheet-${createHash('sha256').update(file).digest('hex').slice(0, 32)}`,
            ...(eventMacKey ? { eventMacKey } : {}),
          });
          return c.json(result, result.preview.ok ? 200 : 422);
        } catch (error) {
          if (error instanceof SheetError) return sheetErrorResponse(c, error, locale);
          throw error;
        }
      },
    );

  importRoute('/tabellen/import/vorschlaege', (c) => {
    const meetingId = c.req.query('meeting');
    return meetingId ? { kind: 'suggestions', meetingId } : undefined;
  });
  importRoute('/tabellen/import/massnahmen', () => ({ kind: 'measures' }));
  importRoute(
    '/tabellen/import/kennzahlwerte',
    (c) => {
      const cycleId = c.req.query('cycle');
      return cycleId ? { kind: 'indicator-values', cycleId } : undefined;
    },
    {
      field: 'cycle',
      de: 'Der Berichtszyklus fehlt (?cycle=…).',
      en: 'The reporting cycle is missing (?cycle=…).',
    },
  );
  return routes;
};
