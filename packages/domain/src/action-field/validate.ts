import { badInput, checkText, type DomainError } from '../shared/index.js';

export const KEY_MAX = 40;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key is a slug: lower-case letters, digits, single inner hyphens (`arbeit-der-zukunft`). */
export const checkKey = (key: string): DomainError | undefined => {
  const missingOrLong = checkText('key', key, { max: KEY_MAX });
  if (missingOrLong) return missingOrLong;
  return SLUG.test(key)
    ? undefined
    : badInput(
        'key',
        `„${key}“ ist kein gültiges Kürzel: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „digitalisierung“.`,
        `"${key}" is not a valid key: lower-case letters, digits and hyphens only, e.g. "digitalisierung".`,
      );
};
