import type { LocalizedMessage } from '@fahrplan/domain';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { useTimeZone } from './time-zone.js';

export type Locale = 'de' | 'en';

const STORAGE_KEY = 'fahrplan.locale';

/**
 * A feature's message file: German first, English with exactly the same keys (the type checks
 * it). Values are strings or functions for messages with numbers or names in them.
 */
export const defineMessages = <M extends Record<string, unknown>>(messages: {
  de: M;
  en: Shape<M>;
}) => messages;

/** The shape a message file's English half must have: the German keys, strings or functions. */
type Shape<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Shape<T[K]> };

interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n>({ locale: 'de', setLocale: () => undefined });

const initialLocale = (): Locale => {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
};

export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useLocale = (): I18n => useContext(I18nContext);

/** The current language's half of a message file. */
export const useMessages = <M,>(messages: { de: M; en: unknown }): M => {
  const { locale } = useLocale();
  return (locale === 'de' ? messages.de : messages.en) as M;
};

/** A label from the domain (status, kind, role) in the current language. */
export const useLabel = (): ((
  message: LocalizedMessage | undefined,
  fallback?: string,
) => string) => {
  const { locale } = useLocale();
  return useCallback((message, fallback = '') => (message ? message[locale] : fallback), [locale]);
};

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** A bare calendar date (the API's `Date`): shown as that day, whatever the zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * An event that carries only a day: the API keeps a `DateTime` given as a bare date at midnight
 * UTC, so that moment is a day, not a time of day.
 */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;

/**
 * Dates and numbers in a language's format: 7. März 2017 in German. Calendar dates are shown as
 * the day they name; instants on the installation's clock (`timeZone`), never the browser's.
 */
export const createFormat = (locale: Locale, timeZone: string) => {
  const tag = TAGS[locale];
  const dayFormats = (zone: string) => ({
    long: new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: zone,
    }),
    short: new Intl.DateTimeFormat(tag, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: zone,
    }),
  });
  const local = dayFormats(timeZone);
  const calendar = dayFormats('UTC');
  const dateTime = new Intl.DateTimeFormat(tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent' });
  const isDay = (value: string) => DATE_ONLY.test(value) || DAY_ONLY.test(value);
  const day = (style: 'long' | 'short') => (value: string) =>
    isDay(value)
      ? calendar[style].format(new Date(`${value.slice(0, 10)}T00:00:00Z`))
      : local[style].format(new Date(value));
  return {
    /** A calendar date, or the installation's day of an instant: 7. März 2017. */
    date: day('long'),
    /** The same, as 07.03.2017. */
    shortDate: day('short'),
    /** An instant with its time on the installation's clock. */
    dateTime: (value: string) => dateTime.format(new Date(value)),
    /** When something happened: the day alone for a date or an event that carries only a day. */
    moment: (value: string) =>
      isDay(value) ? day('short')(value) : dateTime.format(new Date(value)),
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value / 100),
  };
};

/** `createFormat` for the user's language and the installation's time zone. */
export const useFormat = () => {
  const { locale } = useLocale();
  const timeZone = useTimeZone();
  return useMemo(() => createFormat(locale, timeZone), [locale, timeZone]);
};
