import { badInput, calendarDateIn, checkCalendarDate, type DomainError } from '../shared/index.js';

/**
 * A milestone falls due on or after the day the recommendation was adopted: that day in the
 * installation's time zone, as the people who adopted it saw the calendar.
 */
export const checkDueDate = (
  dueDate: string,
  adoptedAt: string,
  timeZone: string,
): DomainError | undefined => {
  const invalid = checkCalendarDate('dueDate', dueDate);
  if (invalid) return invalid;
  const adoptedOn = calendarDateIn(adoptedAt, timeZone);
  return dueDate < adoptedOn
    ? badInput(
        'dueDate',
        `Der Termin (${dueDate}) liegt vor der Annahme der Empfehlung (${adoptedOn}).`,
        `The due date (${dueDate}) is before the recommendation was adopted (${adoptedOn}).`,
      )
    : undefined;
};
