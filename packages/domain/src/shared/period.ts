import { badInput, type DomainError } from './errors.js';
import { checkDate, firstError } from './validation.js';

/** When something is planned to run; either end may be open. */
export interface Period {
  readonly plannedStart?: string;
  readonly plannedEnd?: string;
}

/** The ends of a period that are given, keys omitted when absent so events compare cleanly. */
export const periodOf = ({ plannedStart, plannedEnd }: Period): Period => ({
  ...(plannedStart === undefined ? {} : { plannedStart }),
  ...(plannedEnd === undefined ? {} : { plannedEnd }),
});

/**
 * The calendar day of a checked ISO date: plans are made in days, so `2018-03-01` and
 * `2018-03-01T10:00Z` are the same day, not one before the other.
 */
export const dayOf = (isoDate: string): string => isoDate.slice(0, 10);

export interface PeriodFields {
  /** Put before both field names, e.g. `measure.` for the measure an adoption plans. */
  readonly prefix?: string;
  /** The field the user changed, when an edit moves one end of a stored period past the other. */
  readonly blame?: 'plannedStart' | 'plannedEnd';
}

/** A planned period: both dates valid (if given) and the end not on a day before the start. */
export const checkPeriod = (
  start: string | undefined,
  end: string | undefined,
  { prefix = '', blame = 'plannedEnd' }: PeriodFields = {},
): DomainError | undefined =>
  firstError(
    checkDate(`${prefix}plannedStart`, start, false),
    checkDate(`${prefix}plannedEnd`, end, false),
  ) ??
  (start !== undefined && end !== undefined && dayOf(end) < dayOf(start)
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
export const checkRevisedPeriod = (given: Period, stored: Period): DomainError | undefined =>
  checkPeriod(given.plannedStart ?? stored.plannedStart, given.plannedEnd ?? stored.plannedEnd, {
    blame: given.plannedEnd === undefined ? 'plannedStart' : 'plannedEnd',
  });
