import { type CalendarDate, calendarDateIn } from '@fahrplan/domain';
import { createContext, type ReactNode, useContext } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql/graphql.js';

const InstallationQuery = graphql(`
  query Installation {
    installation {
      timeZone
    }
  }
`);

const TimeZoneContext = createContext<string | null>(null);

/** Only if the API cannot say: the browser's own zone, so the app still shows days. */
const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The installation's time zone from the API, for everything below: "today", the end of a day and
 * every day shown are the installation's (Germany's), not the browser's or UTC's.
 */
export const InstallationProvider = ({ children }: { children: ReactNode }) => {
  const [{ data, error }] = useQuery({ query: InstallationQuery, requestPolicy: 'cache-first' });
  const timeZone = data?.installation.timeZone ?? (error ? browserTimeZone() : null);
  if (timeZone === null) return null;
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
};

export const useTimeZone = (): string => useContext(TimeZoneContext) ?? browserTimeZone();

/** Today's date in the installation's time zone, by the browser's clock. */
export const todayIn = (timeZone: string): CalendarDate =>
  calendarDateIn(new Date().toISOString(), timeZone);

export const useToday = (): CalendarDate => todayIn(useTimeZone());
