import { badInput, checkDate, type DomainError, dayOf } from '../shared/index.js';

/** A milestone falls due on or after the day the recommendation was adopted. */
export const checkDueDate = (dueDate: string, adoptedAt: string): DomainError | undefined =>
  checkDate('dueDate', dueDate) ??
  (dayOf(dueDate) < dayOf(adoptedAt)
    ? badInput(
        'dueDate',
        `Der Termin (${dueDate}) liegt vor der Annahme der Empfehlung (${dayOf(adoptedAt)}).`,
        `The due date (${dueDate}) is before the recommendation was adopted (${dayOf(adoptedAt)}).`,
      )
    : undefined);
