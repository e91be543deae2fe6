import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

const PARAM = 'stand';
/** `?nach=erfasst`: as recorded in Fahrplan then; otherwise as it had happened by then. */
const BASIS_PARAM = 'nach';
const RECORDED = 'erfasst';

export type AsOfBasis = 'OCCURRED' | 'RECORDED';
/** A day, or a day and a time of day (to tell apart two changes made on one day). */
const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/** The end of a calendar day in the user's time zone: "Stand vom 1. März" includes that day. */
export const endOfDay = (date: string): string => new Date(`${date}T23:59:59.999`).toISOString();

/** The moment a "Stand vom …" value means: the end of the day, or the end of the given second. */
export const momentOf = (value: string): string => {
  if (!value.includes('T')) return endOfDay(value);
  const withSeconds = value.length === 16 ? `${value}:59` : value;
  return new Date(`${withSeconds}.999`).toISOString();
};

export interface AsOf {
  /** The chosen day (YYYY-MM-DD, with THH:MM[:SS] if a time was chosen), or null for now. */
  readonly date: string | null;
  /** The moment to pass as the API's `asOf`, or null for the present. */
  readonly asOf: string | null;
  /**
   * Which clock `asOf` reads: by default what had happened by then (OCCURRED: the 2017
   * conference happened in 2017, even if entered later); RECORDED shows what Fahrplan said then.
   */
  readonly asOfBasis: AsOfBasis;
  readonly setDate: (date: string | null, basis?: AsOfBasis) => void;
}

/**
 * "Stand vom …" lives in the address (`?stand=2017-03-07`), so a historical view can be
 * bookmarked, shared and printed, and every screen reads the same moment.
 */
export const useAsOf = (): AsOf => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const date = useMemo(() => {
    const value = new URLSearchParams(search).get(PARAM);
    return value && MOMENT.test(value) ? value : null;
  }, [search]);
  const asOfBasis: AsOfBasis =
    new URLSearchParams(search).get(BASIS_PARAM) === RECORDED ? 'RECORDED' : 'OCCURRED';
  const setDate = useCallback(
    (next: string | null, basis: AsOfBasis = 'OCCURRED') => {
      const params = new URLSearchParams(search);
      if (next) params.set(PARAM, next);
      else params.delete(PARAM);
      if (next && basis === 'RECORDED') params.set(BASIS_PARAM, RECORDED);
      else params.delete(BASIS_PARAM);
      const query = params.toString();
      navigate(query ? `${location}?${query}` : location);
    },
    [search, location, navigate],
  );
  return { date, asOf: date ? momentOf(date) : null, asOfBasis, setDate };
};

/** A link target that keeps the chosen moment, so following a link stays in the past. */
export const useHrefWithAsOf = (): ((path: string) => string) => {
  const { date, asOfBasis } = useAsOf();
  return useCallback(
    (path: string) => {
      if (!date) return path;
      const params = new URLSearchParams({ [PARAM]: date });
      if (asOfBasis === 'RECORDED') params.set(BASIS_PARAM, RECORDED);
      return `${path}?${params.toString()}`;
    },
    [date, asOfBasis],
  );
};
