import { calendarDate, endOfDayIn, startOfDayIn } from '@fahrplan/domain';
import { isEventType } from '../../shared/item/event-labels.js';
import type { ParamChanges } from '../../shared/url-state.js';

/** The activity log's filters, as they stand in the address (so a filtered log can be shared). */
export interface LogFilters {
  readonly person: string;
  readonly since: string;
  readonly until: string;
  readonly type: string;
  readonly field: string;
}

const KEYS = ['person', 'since', 'until', 'type', 'field'] as const;

export const filtersFromSearch = (search: string | URLSearchParams): LogFilters => {
  const params = new URLSearchParams(search);
  const [person, since, until, type, field] = KEYS.map((key) => params.get(key) ?? '');
  return {
    person: person ?? '',
    since: since ?? '',
    until: until ?? '',
    type: type ?? '',
    field: field ?? '',
  };
};

/** The address parameters of the filters (empty ones leave the address). */
export const filterParams = (filters: LogFilters): ParamChanges =>
  Object.fromEntries(KEYS.map((key) => [key, filters[key]]));

/**
 * The `events` arguments: days become moments (from the start of `since` to the end of
 * `until`, in the installation's time zone). A historical view ("Stand vom …") ends the log there.
 */
export const eventsArguments = (filters: LogFilters, asOf: string | null, timeZone: string) => {
  const sinceDay = calendarDate(filters.since);
  const untilDay = calendarDate(filters.until);
  const until = untilDay ? endOfDayIn(untilDay, timeZone) : asOf;
  return {
    ...(filters.person ? { actor: filters.person } : {}),
    ...(sinceDay ? { since: startOfDayIn(sinceDay, timeZone) } : {}),
    ...(until ? { until } : {}),
    ...(isEventType(filters.type) ? { eventTypes: [filters.type] } : {}),
    ...(filters.field ? { actionField: filters.field } : {}),
  };
};
