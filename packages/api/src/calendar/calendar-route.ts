import {
  checkSlug,
  DEFAULT_PROCESS_ID,
  type LocalizedMessage,
  processIdOfSlug,
} from '@fahrplan/domain';
import { Hono } from 'hono';
import { ANONYMOUS } from '../auth/caller.js';
import type { SqlRunner } from '../database/index.js';
import type { AppEnv } from '../http/app-env.js';
import { graphqlErrorResponse } from '../http/graphql-error.js';
import { detectLocale, type Locale, localeOf } from '../http/locale.js';
import type { RateLimit } from '../http/rate-limit.js';
import { type ItemFilter, type ItemRow, listItems, loadItems, stateOf } from '../queries/items.js';
import { type CalendarMeta, calendarText, meetingEntry, milestoneEntries } from './calendar.js';

const PAGE = 500;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX = 120;

/** Every current item of a list, page by page (ordered by title, id, as lists are). */
const everyItem = async (runner: SqlRunner, filter: ItemFilter): Promise<ItemRow[]> => {
  const all: ItemRow[] = [];
  let after: { title: string; id: string } | undefined;
  for (;;) {
    const page = await listItems(runner, filter, { first: PAGE, ...(after ? { after } : {}) });
    all.push(...page);
    const last = page.at(-1);
    if (page.length < PAGE || !last) return all;
    after = { title: last.title, id: last.id };
  }
};

const NAME: LocalizedMessage = { de: 'Fahrplan – Termine', en: 'Fahrplan – dates' };
const DESCRIPTION: LocalizedMessage = {
  de: 'Veranstaltungen und Meilensteine der Maßnahmen (nur Veröffentlichtes)',
  en: 'Meetings and measure milestones (published content only)',
};

type Refusal = { status: 400 | 404; code: string; field: string; message: LocalizedMessage };

const malformed = (field: string, message: LocalizedMessage): Refusal => ({
  status: 400,
  code: 'BAD_USER_INPUT',
  field,
  message,
});

const notFound = (field: string, message: LocalizedMessage): Refusal => ({
  status: 404,
  code: 'NOT_FOUND',
  field,
  message,
});

interface Scope {
  readonly filter: { processId?: string; actionFieldId?: string };
  /** The process's or action field's title, for the calendar's name. */
  readonly title?: string;
}

/** The published item a parameter names, if any. */
const publicItem = async (runner: SqlRunner, kind: 'Process' | 'ActionField', id: string) =>
  (await loadItems(runner, [{ kind, id }], undefined, true))[0];

/** What `process` and `actionField` ask for, or why they cannot be answered. */
const scopeOf = async (
  runner: SqlRunner,
  slug: string | undefined,
  actionFieldId: string | undefined,
): Promise<Scope | Refusal> => {
  const filter: Scope['filter'] = {};
  let title: string | undefined;
  if (slug !== undefined) {
    const problem = checkSlug(slug);
    if (problem) return malformed('process', problem.messages);
    const processId = processIdOfSlug(slug);
    const process = await publicItem(runner, 'Process', processId);
    // The default process exists whether or not an event described it.
    if (!process && processId !== DEFAULT_PROCESS_ID) {
      return notFound('process', {
        de: `Einen Strategieprozess „${slug}“ gibt es nicht.`,
        en: `There is no strategy process "${slug}".`,
      });
    }
    filter.processId = processId;
    title = process?.title;
  }
  if (actionFieldId !== undefined) {
    const shown = actionFieldId.slice(0, ID_MAX);
    if (!ID.test(actionFieldId) || actionFieldId.length > ID_MAX) {
      return malformed('actionField', {
        de: `„${shown}“ ist keine ID eines Handlungsfelds (z. B. „hf-digitalisierung“).`,
        en: `"${shown}" is not the id of an action field (e.g. "hf-digitalisierung").`,
      });
    }
    const field = await publicItem(runner, 'ActionField', actionFieldId);
    if (!field) {
      return notFound('actionField', {
        de: `Ein Handlungsfeld „${shown}“ gibt es nicht.`,
        en: `There is no action field "${shown}".`,
      });
    }
    filter.actionFieldId = actionFieldId;
    title = field.title;
  }
  return { filter, ...(title ? { title } : {}) };
};

/**
 * The iCalendar feed: `GET /kalender.ics` with optional `process` (slug) and `actionField` (id).
 * Calendar apps subscribe without signing in, so it holds published content only, exactly what
 * anonymous callers of the API see; a draft's date never reaches a calendar.
 */
export const calendarRoutes = (runner: SqlRunner, rateLimit: RateLimit): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>();
  // Charged per address like any anonymous caller: building the file reads every public date.
  routes.use('/kalender.ics', detectLocale(), async (c, next) => {
    c.set('caller', ANONYMOUS);
    await next();
  });
  routes.get('/kalender.ics', rateLimit, async (c) => {
    const locale: Locale = localeOf(c);
    const scope = await scopeOf(runner, c.req.query('process'), c.req.query('actionField'));
    if ('status' in scope) {
      return graphqlErrorResponse(c, scope.status, scope.code, scope.message[locale], {
        field: scope.field,
      });
    }
    const { filter, title } = scope;

    const url = new URL(c.req.url);
    const meta: CalendarMeta = {
      name: title ? `${NAME[locale]}: ${title}` : NAME[locale],
      description: DESCRIPTION[locale],
      origin: url.origin,
      host: url.hostname,
    };
    const [meetings, measures] = await Promise.all([
      everyItem(runner, { kind: 'Meeting', publicOnly: true, ...filter }),
      everyItem(runner, { kind: 'Measure', publicOnly: true, ...filter }),
    ]);
    const entries = [
      ...meetings.flatMap((row) => {
        const meeting = stateOf(row, 'Meeting');
        return meeting.status === 'planned' || meeting.status === 'held'
          ? [meetingEntry(meeting, row.recordedAt, meta, locale)]
          : [];
      }),
      ...measures.flatMap((row) =>
        milestoneEntries(stateOf(row, 'Measure'), row.recordedAt, meta, locale),
      ),
    ];
    return c.body(calendarText(entries, meta), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="fahrplan.ics"',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
      Vary: 'Accept-Language',
    });
  });
  return routes;
};
