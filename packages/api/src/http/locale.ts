import type { Context, MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';

export type Locale = 'de' | 'en';

/**
 * German unless the client prefers English by Accept-Language. Only the header counts: no
 * `?lang=`, and no cookie is set, so one request's language never sticks to the next.
 */
export const detectLocale = (): MiddlewareHandler =>
  languageDetector({
    supportedLanguages: ['de', 'en'],
    fallbackLanguage: 'de',
    order: ['header'],
    caches: false,
  });

/** The locale `detectLocale` found for this request. */
export const localeOf = (c: Context): Locale => (c.get('language') === 'en' ? 'en' : 'de');
