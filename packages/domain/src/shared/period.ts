import { type CalendarDate, checkCalendarDate, checkedCalendarDate } from './calendar-date.js';
import { badInput, type DomainError } from './errors.js';
import { firstError } from './validation.js';

/** When something is planned to run, in calendar days; either end may be open. */
export interface Period<D extends string = CalendarDate> {
  readonly plannedStart?: D;
  readonly plannedEnd?: D;
}

/**
 * The ends of a period `checkPeriod` has passed, as calendar dates; keys omitted when absent so
 * events compare cleanly.
 */
export const periodOf = ({ plannedStart, plannedEnd }: Period<string>): Period => ({
  ...(plannedStart === undefined ? {} : { plannedStart: checkedCalendarDate(plannedStart) }),
  ...(plannedEnd === undefined ? {} : { plannedEnd: checkedCalendarDate(plannedEnd) }),
});

export interface PeriodFields {
  /** Put before both field names, e.g. `measure.` for the measure an adoption plans. */
  readonly prefix?: string;
  /** The field the user changed, when an edit moves one end of a stored period past the other. */
  readonly blame?: 'plannedStart' | 'plannedEnd';
}

/**
 * A planned period: both ends calendar dates (if given) and the end not on a day before the
 * start. `YYYY-MM-DD` compares as text in calendar order.
 */
export const checkPeriod = (
  start: string | undefined,
  end: string | undefined,
  { prefix = '', blame = 'plannedEnd' }: PeriodFields = {},
): DomainError | undefined =>
  firstError(
    checkCalendarDate(`${prefix}plannedStart`, start, false),
    checkCalendarDate(`${prefix}plannedEnd`, end, false),
  ) ??
  (start !== undefined && end !== undefined && end < start
    ? badInput(
        `${prefix}${blame}`,
        `Das geplante Ende (${end}) liegt vor dem geplanten Beginn (${start}).`,
        `The planned end (${end}) is before the planned start (${start}).`,
      )
    : undefined);

/**
 * The period an edit leaves: the ends it gives over the stored ones. When the two cross, the
 * end the edit moves is to blame (the start, if it gives no end).
 */
export const checkRevisedPeriod = (
  given: Period<string>,
  stored: Period,
): DomainError | undefined =>
  checkPeriod(given.plannedStart ?? stored.plannedStart, given.plannedEnd ?? stored.plannedEnd, {
    blame: given.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
  });
