import { badInput, type DomainError } from './errors.js';
import { checkText } from './validation.js';

/** Ids are made by the API; a check only guards against a blank or absurd one. */
export const ID_MAX = 200;

/** An id the command names: blank ids are input errors, not lookups of nothing. */
export const checkId = (field: string, id: string): DomainError | undefined =>
  checkText(field, id, { max: ID_MAX });

/**
 * A list of ids: at least `min` (default none), none blank, none twice. Whether they exist the API
 * checks through `referencesOf`.
 */
export const checkIds = (
  field: string,
  ids: readonly string[],
  { min = 0 }: { min?: number } = {},
): DomainError | undefined => {
  if (ids.length < min) {
    return badInput(
      field,
      `„${field}“ braucht mindestens ${min === 1 ? 'einen Eintrag' : `${min} Einträge`}.`,
      `"${field}" needs at least ${min === 1 ? 'one entry' : `${min} entries`}.`,
    );
  }
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

/** The same ids, in any order (lists are free of duplicates). */
export const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));
