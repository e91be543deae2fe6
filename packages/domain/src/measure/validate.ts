import type { CommandMetadata, Evidence } from '../shared/index.js';
import {
  badInput,
  checkDate,
  checkText,
  DomainError,
  firstError,
  resolveOccurredAt,
} from '../shared/index.js';

// The id, period and header checks mirror project-idea/validate.ts: each aggregate stands on its
// own, and the kernel has no such helpers yet.

const ID_MAX = 200;

/** Ids are made by the API; this only guards against a blank or absurd one. */
export const checkId = (field: string, id: string): DomainError | undefined =>
  checkText(field, id, { max: ID_MAX });

/** A list of ids: none blank, none twice. */
export const checkIds = (field: string, ids: readonly string[]): DomainError | undefined => {
  for (const [index, id] of ids.entries()) {
    const invalid =
      checkId(`${field}.${index}`, id) ??
      (ids.indexOf(id) === index
        ? undefined
        : badInput(
            `${field}.${index}`,
            `„${id}“ steht doppelt in „${field}“.`,
            `"${id}" appears twice in "${field}".`,
          ));
    if (invalid) return invalid;
  }
  return undefined;
};

/**
 * The calendar day of a checked ISO date: plans are made in days, so a milestone due on the day
 * of adoption is not before it, whatever the hour.
 */
export const dayOf = (isoDate: string): string => isoDate.slice(0, 10);

/**
 * Both dates valid (if given) and the end not before the start. `blame` is the field the user
 * changed, when an edit moves one end of a stored period past the other.
 */
export const checkPeriod = (
  start: string | undefined,
  end: string | undefined,
  blame: 'plannedStart' | 'plannedEnd' = 'plannedEnd',
): DomainError | undefined =>
  firstError(checkDate('plannedStart', start, false), checkDate('plannedEnd', end, false)) ??
  (start !== undefined && end !== undefined && dayOf(end) < dayOf(start)
    ? badInput(
        blame,
        `Das geplante Ende (${end}) liegt vor dem geplanten Beginn (${start}).`,
        `The planned end (${end}) is before the planned start (${start}).`,
      )
    : undefined);

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

export const conflict = (field: string, de: string, en: string): DomainError =>
  new DomainError('CONFLICT', { de, en }, { field });

/** The part of an event that comes from the metadata rather than the data. */
export interface EventHeader {
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * When it happened, why and on what grounds: copied onto every event (one consistent way),
 * keys omitted when absent so events compare cleanly.
 */
export const headerOf = (metadata: CommandMetadata): EventHeader | DomainError => {
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return {
    schemaVersion: 1,
    occurredAt,
    ...(metadata.reason === undefined ? {} : { reason: metadata.reason }),
    ...(metadata.evidence === undefined ? {} : { evidence: metadata.evidence }),
  };
};
