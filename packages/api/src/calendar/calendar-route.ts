import type { LocalizedMessage } from '@fahrplan/domain';
import { Hono } from 'hono';
import { ANONYMOUS } from '../auth/caller.js';
import type { SqlRunner } from '../database/index.js';
import type { AppEnv } from '../http/app-env.js';
import { detectLocale, type Locale, localeOf } from '../http/locale.js';
import type { RateLimit } from '../http/rate-limit.js';
import { refusalResponse, scopeOfRequest } from '../http/scope-params.js';
import { type ItemFilter, type ItemRow, listItems, stateOf } from '../queries/items.js';
import { PUBLIC_ONLY } from '../visibility/rules.js';
import { type CalendarMeta, calendarText, meetingEntry, milestoneEntries } from './calendar.js';

const PAGE = 500;

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
    const scope = await scopeOfRequest(runner, c, PUBLIC_ONLY);
    if ('status' in scope) return refusalResponse(c, scope, locale);
    const { filter, title } = scope;

    const url = new URL(c.req.url);
    const meta: CalendarMeta = {
      name: title ? `${NAME[locale]}: ${title}` : NAME[locale],
      description: DESCRIPTION[locale],
      origin: url.origin,
      host: url.hostname,
    };
    const [meetings, measures] = await Promise.all([
      everyItem(runner, { kind: 'Meeting', scope: PUBLIC_ONLY, ...filter }),
      everyItem(runner, { kind: 'Measure', scope: PUBLIC_ONLY, ...filter }),
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
