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

/** Dates and numbers in the user's format: 7. März 2017 in German. */
export const useFormat = () => {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = TAGS[locale];
    const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' });
    const shortDate = new Intl.DateTimeFormat(tag, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(tag);
    const percent = new Intl.NumberFormat(tag, { style: 'percent' });
    const parse = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
    return {
      date: (value: string | Date) => date.format(parse(value)),
      shortDate: (value: string | Date) => shortDate.format(parse(value)),
      dateTime: (value: string | Date) => dateTime.format(parse(value)),
      number: (value: number) => number.format(value),
      percent: (value: number) => percent.format(value / 100),
    };
  }, [locale]);
};
