import { badInput, type DomainError } from './errors.js';

declare const calendarDateBrand: unique symbol;

/**
 * A day in the calendar, `YYYY-MM-DD`, with no clock time and no time zone: a milestone's due
 * date, a meeting's date, the ends of a planned period. Only `calendarDate` makes one, so a value
 * of this type always names a day that exists.
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date a string names, or undefined when it is not exactly `YYYY-MM-DD` or names no
 * real day (`2017-02-30`, `2018-13-01`, year 0000).
 *
 * @example calendarDate('2018-06-19') // '2018-06-19'; calendarDate('2017-02-30') // undefined
 */
export const calendarDate = (value: string): CalendarDate | undefined => {
  const match = DATE_ONLY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? (value as CalendarDate)
    : undefined;
};

/** A required (or optional) calendar date given as `YYYY-MM-DD`. */
export const checkCalendarDate = (
  field: string,
  value: string | undefined,
  required = true,
): DomainError | undefined => {
  if (value === undefined) {
    return required ? badInput(field, `„${field}“ fehlt.`, `"${field}" is missing.`) : undefined;
  }
  return calendarDate(value) === undefined
    ? badInput(
        field,
        `„${value}“ ist kein gültiges Kalenderdatum (JJJJ-MM-TT).`,
        `"${value}" is not a valid calendar date (YYYY-MM-DD).`,
      )
    : undefined;
};

/** Whether the runtime knows `timeZone` as an IANA time zone (`Europe/Berlin`). */
export const isTimeZone = (timeZone: string): boolean => {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/**
 * One `Intl.DateTimeFormat` per time zone for the given locale and fields: building one is slow,
 * and the same few time zones are asked again and again.
 */
const formatsPerTimeZone = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  return (timeZone: string): Intl.DateTimeFormat => {
    let format = formats.get(timeZone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      formats.set(timeZone, format);
    }
    return format;
  };
};

/** The parts of a calendar date; `era` tells the years before 1 (BC) apart. */
const DATE_PARTS = { year: 'numeric', month: '2-digit', day: '2-digit', era: 'short' } as const;

const dayParts = formatsPerTimeZone('en', DATE_PARTS);

/**
 * The calendar date an instant falls on in a time zone: 2026-12-05T23:30:00Z is the 6th in
 * Berlin and the 5th in UTC. "Today" is `calendarDateIn(now, timeZone)`.
 */
export const calendarDateIn = (instant: string, timeZone: string): CalendarDate => {
  const moment = new Date(instant);
  if (Number.isNaN(moment.getTime())) throw new Error(`Not an instant: ${instant}`);
  const format = dayParts(timeZone);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(moment).find((each) => each.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  const day = calendarDate(date);
  if (day === undefined) throw new Error(`No calendar date for ${instant} in ${timeZone}`);
  return day;
};

/** A date `checkCalendarDate` has passed; one it would refuse here is a programming error. */
export const checkedCalendarDate = (value: string): CalendarDate => {
  const day = calendarDate(value);
  if (day === undefined) throw new Error(`Unchecked calendar date: ${value}`);
  return day;
};

const wallClocks = formatsPerTimeZone('en-US', {
  ...DATE_PARTS,
  hourCycle: 'h23',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far a time zone's wall clock is ahead of UTC at an instant, in ms (whole seconds). */
const offsetAt = (epochMs: number, timeZone: string): number => {
  const format = wallClocks(timeZone);
  const parts = Object.fromEntries(
    format.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]),
  );
  const year = Number(parts.year) * (parts.era === 'BC' ? -1 : 1);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return wall.getTime() - Math.floor(epochMs / 1000) * 1000;
};

/**
 * The instant a wall-clock time (`HH:MM[:SS[.mmm]]`) on a calendar date is in a time zone, as
 * ISO 8601 UTC. A time that a clock change skips counts as the same time after the change.
 *
 * @example instantIn('2026-12-06', '00:30', 'Europe/Berlin') // '2026-12-05T23:30:00.000Z'
 */
export const instantIn = (date: CalendarDate, time: string, timeZone: string): string => {
  const wall = Date.parse(`${date}T${time}Z`);
  if (Number.isNaN(wall)) throw new Error(`Not a time of day: ${time}`);
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone)).toISOString();
};

/** The first instant of a calendar date in a time zone: where "since 1 March" starts. */
export const startOfDayIn = (date: CalendarDate, timeZone: string): string =>
  instantIn(date, '00:00:00.000', timeZone);

/** The last millisecond of a calendar date in a time zone: "Stand vom 1. März" includes that day. */
export const endOfDayIn = (date: CalendarDate, timeZone: string): string =>
  instantIn(date, '23:59:59.999', timeZone);

/** The calendar date `days` days after (or, negative, before) another: pure calendar arithmetic. */
export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const moved = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
  return checkedCalendarDate(
    `${String(moved.getUTCFullYear()).padStart(4, '0')}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`,
  );
};

/** Whole days from one calendar date to another: negative when `to` is before `from`. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
