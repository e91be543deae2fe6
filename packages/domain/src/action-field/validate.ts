import { checkSlugText, type DomainError } from '../shared/index.js';

export const KEY_MAX = 40;

/** The key is a slug: lower-case letters, digits, single inner hyphens (`arbeit-der-zukunft`). */
export const checkKey = (key: string): DomainError | undefined =>
  checkSlugText('key', key, {
    max: KEY_MAX,
    notA: { de: 'kein gültiges Kürzel', en: 'a valid key' },
    example: 'digitalisierung',
  });
