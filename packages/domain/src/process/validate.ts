import { badInput, checkSlugText, type DomainError } from '../shared/index.js';

export const SLUG_MAX = 60;
const ID_PREFIX = 'sp-';

/**
 * A process's id is its slug with a prefix: the event store refuses a second stream of the same
 * id, which makes the slug unique without a lookup across aggregates.
 */
export const processIdOfSlug = (slug: string): string => `${ID_PREFIX}${slug}`;

/** The slug is URL-safe: lower-case letters, digits, single inner hyphens. */
export const checkSlug = (slug: string): DomainError | undefined =>
  checkSlugText('slug', slug, {
    max: SLUG_MAX,
    notA: { de: 'kein gültiger Kurzname', en: 'a valid short name' },
    example: 'fachkraefte-2030',
  });

/** The id must be the slug's (see `processIdOfSlug`). */
export const checkProcessId = (processId: string, slug: string): DomainError | undefined =>
  processId === processIdOfSlug(slug)
    ? undefined
    : badInput(
        'processId',
        `Die ID eines Strategieprozesses ist „${processIdOfSlug(slug)}“, nicht „${processId}“.`,
        `A process's id is "${processIdOfSlug(slug)}", not "${processId}".`,
      );
