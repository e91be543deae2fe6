import type { CommandMetadata, Evidence } from '../shared/index.js';
import { badInput, DomainError, resolveOccurredAt } from '../shared/index.js';

/** An id the command names: blank ids are input errors, not lookups of nothing. */
export const checkId = (field: string, id: string): DomainError | undefined =>
  id.trim() === ''
    ? badInput(field, `„${field}“ darf nicht leer sein.`, `"${field}" must not be empty.`)
    : undefined;

/** A list of ids: at least `min`, none blank, none twice. */
export const checkIds = (
  field: string,
  ids: readonly string[],
  min: number,
): DomainError | undefined => {
  if (ids.length < min) {
    return badInput(
      field,
      `„${field}“ braucht mindestens ${min === 1 ? 'einen Eintrag' : `${min} Einträge`}.`,
      `"${field}" needs at least ${min === 1 ? 'one entry' : `${min} entries`}.`,
    );
  }
  for (const [index, id] of ids.entries()) {
    const blank = checkId(`${field}.${index}`, id);
    if (blank) return blank;
    if (ids.indexOf(id) !== index) {
      return badInput(
        `${field}.${index}`,
        `„${id}“ steht doppelt in „${field}“.`,
        `"${id}" appears twice in "${field}".`,
      );
    }
  }
  return undefined;
};

export const conflict = (field: string, de: string, en: string): DomainError =>
  new DomainError('CONFLICT', { de, en }, { field });

/** The part of an event that comes from the metadata rather than the data. */
export interface EventHeader {
  readonly occurredAt: string;
  readonly reason?: string;
  readonly evidence?: readonly Evidence[];
}

/**
 * When it happened, why and on what grounds: copied onto every event this aggregate emits (one
 * consistent way), keys omitted when absent so events compare cleanly.
 */
export const headerOf = (metadata: CommandMetadata): EventHeader | DomainError => {
  const occurredAt = resolveOccurredAt(metadata);
  if (typeof occurredAt !== 'string') return occurredAt;
  return {
    occurredAt,
    ...(metadata.reason === undefined ? {} : { reason: metadata.reason }),
    ...(metadata.evidence === undefined ? {} : { evidence: metadata.evidence }),
  };
};

/** The same ids, in any order (lists are free of duplicates). */
export const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));
