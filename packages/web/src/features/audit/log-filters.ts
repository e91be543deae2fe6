import { calendarDate, endOfDayIn, startOfDayIn } from '@fahrplan/domain';

/** The activity log's filters, as they stand in the address (so a filtered log can be shared). */
export interface LogFilters {
  readonly person: string;
  readonly since: string;
  readonly until: string;
  readonly type: string;
  readonly field: string;
}

const KEYS = ['person', 'since', 'until', 'type', 'field'] as const;

export const filtersFromSearch = (search: string): LogFilters => {
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

/** Keeps other parameters (the "Stand vom …" date) and drops empty filters. */
export const searchWithFilters = (search: string, filters: LogFilters): string => {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    if (filters[key]) params.set(key, filters[key]);
    else params.delete(key);
  }
  return params.toString();
};

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
    ...(filters.type ? { types: [filters.type] } : {}),
    ...(filters.field ? { actionField: filters.field } : {}),
  };
};
