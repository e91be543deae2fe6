import {
  type CalendarDate,
  calendarDate,
  calendarDateIn,
  endOfDayIn,
  startOfDayIn,
} from '@fahrplan/domain';
import { parseDateTime } from '../graphql/input-guard/date-time.js';
import { malformed, type Refusal } from '../http/scope-params.js';

/** The moments a report is cut at, as UTC instants, and the day overdue milestones count by. */
export interface ReportMoments {
  /** The moment the report shows; absent: now. */
  readonly asOf?: string;
  /** "Änderungen seit …": the start of the window (inclusive), ending at `asOf` or now. */
  readonly since?: string;
  /** The calendar day of `asOf` (or now) in the installation's time zone. */
  readonly day: CalendarDate;
}

/**
 * A parameter as an instant: a bare date is a day in the installation's time zone, its end for
 * `asOf` ("Stand vom 1. März" includes the 1st) and its start for `since`; a date-time needs its
 * zone (`2026-03-01T12:00:00+01:00`).
 */
const instantOf = (field: 'asOf' | 'since', value: string, timeZone: string): string | Refusal => {
  const day = calendarDate(value);
  if (day) return field === 'asOf' ? endOfDayIn(day, timeZone) : startOfDayIn(day, timeZone);
  try {
    return parseDateTime(value);
  } catch {
    const shown = value.slice(0, 40);
    return malformed(field, {
      de: `„${shown}“ ist weder ein Datum (JJJJ-MM-TT) noch ein Zeitpunkt mit Zeitzone (ISO 8601).`,
      en: `"${shown}" is neither a date (YYYY-MM-DD) nor a date-time with time zone (ISO 8601).`,
    });
  }
};

/** `asOf` and `since` as given, checked against each other and the clock. */
export const reportMomentsOf = (
  given: { readonly asOf?: string | undefined; readonly since?: string | undefined },
  now: string,
  timeZone: string,
): ReportMoments | Refusal => {
  const asOf = given.asOf === undefined ? undefined : instantOf('asOf', given.asOf, timeZone);
  if (typeof asOf === 'object') return asOf;
  const since = given.since === undefined ? undefined : instantOf('since', given.since, timeZone);
  if (typeof since === 'object') return since;
  // A report of today's date covers today so far: only a later day is in the future.
  if (asOf !== undefined && calendarDateIn(asOf, timeZone) > calendarDateIn(now, timeZone)) {
    return malformed('asOf', {
      de: 'Ein Bericht kann nicht in der Zukunft stehen: „asOf“ liegt nach heute.',
      en: 'A report cannot be of the future: "asOf" is after today.',
    });
  }
  const end = asOf !== undefined && asOf < now ? asOf : now;
  if (since !== undefined && since > end) {
    return malformed('since', {
      de: '„since“ liegt nach dem Stand des Berichts.',
      en: '"since" is after the moment the report shows.',
    });
  }
  return {
    ...(asOf !== undefined && asOf < now ? { asOf } : {}),
    ...(since !== undefined ? { since } : {}),
    day: calendarDateIn(end, timeZone),
  };
};
