import { type CalendarDate, calendarDate, calendarDateIn } from '../shared/calendar-date.js';

/**
 * Until calendar dates had a type of their own, the API stored a day as the instant it parsed
 * (`2018-06-19` became `2018-06-19T00:00:00.000Z`), and the only installation ran in Germany.
 */
const HISTORICAL_TIME_ZONE = 'Europe/Berlin';

const UTC_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?(Z|[+-]00:00)$/;

/**
 * The calendar date a stored version-1 value meant: a bare date as it is; UTC midnight, which is
 * how a bare date was stored, as that date; any other instant as its day in Germany. A value that
 * is none of these is a corrupt event, not user input: it throws.
 */
export const storedCalendarDate = (value: unknown): CalendarDate => {
  if (typeof value !== 'string') throw new Error(`Stored date is not a string: ${String(value)}`);
  const day = calendarDate(value) ?? calendarDate(UTC_MIDNIGHT.exec(value)?.[1] ?? '');
  if (day !== undefined) return day;
  if (Number.isNaN(Date.parse(value))) throw new Error(`Stored date is not a date: ${value}`);
  return calendarDateIn(value, HISTORICAL_TIME_ZONE);
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A step from version 1 to 2 that turns the named date fields (where present) into calendar
 * dates and leaves everything else as stored. `nested` names an object field whose fields of
 * those names are turned too (an adoption's `measure`).
 */
export const calendarDatesStep =
  (eventType: string, fields: readonly string[], nested?: string) =>
  (data: unknown): unknown => {
    if (!isRecord(data)) throw new Error(`${eventType} v1: data is not an object.`);
    const convert = (record: Readonly<Record<string, unknown>>) =>
      Object.fromEntries(
        Object.entries(record).map(([key, value]) => [
          key,
          fields.includes(key) && value !== undefined ? storedCalendarDate(value) : value,
        ]),
      );
    const converted = convert(data);
    const inner = nested === undefined ? undefined : data[nested];
    return nested !== undefined && isRecord(inner)
      ? { ...converted, [nested]: convert(inner) }
      : converted;
  };
