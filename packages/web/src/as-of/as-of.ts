import { calendarDate, endOfDayIn, instantIn } from '@fahrplan/domain';
import { useCallback } from 'react';
import { useTimeZone } from '../i18n/time-zone.js';
import { useUrlState } from '../shared/url-state.js';

const PARAM = 'stand';
/** `?nach=erfasst`: as recorded in Fahrplan then; otherwise as it had happened by then. */
const BASIS_PARAM = 'nach';
const RECORDED = 'erfasst';

export type AsOfBasis = 'OCCURRED' | 'RECORDED';
/** A day, or a day and a time of day (to tell apart two changes made on one day). */
const MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

/**
 * The moment a "Stand vom …" value means, on the installation's clock: the end of the day, or
 * the end of the given second (`2017-03-07T14:30` includes 14:30:59.999). Null for no moment.
 */
export const momentOf = (value: string, timeZone: string): string | null => {
  const day = calendarDate(value.slice(0, 10));
  if (day === undefined) return null;
  const time = value.slice(11);
  if (time === '') return endOfDayIn(day, timeZone);
  return instantIn(day, `${time.length === 5 ? `${time}:59` : time}.999`, timeZone);
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

interface AsOfParams {
  readonly date: string | null;
  readonly basis: AsOfBasis;
}

const readAsOf = (params: URLSearchParams): AsOfParams => {
  const value = params.get(PARAM);
  return {
    date: value && MOMENT.test(value) && calendarDate(value.slice(0, 10)) ? value : null,
    basis: params.get(BASIS_PARAM) === RECORDED ? 'RECORDED' : 'OCCURRED',
  };
};

const writeAsOf = ({ date, basis }: AsOfParams) => ({
  [PARAM]: date,
  [BASIS_PARAM]: date && basis === 'RECORDED' ? RECORDED : null,
});

/**
 * "Stand vom …" lives in the address (`?stand=2017-03-07`), so a historical view can be
 * bookmarked, shared and printed, and every screen reads the same moment.
 */
export const useAsOf = (): AsOf => {
  const [{ date, basis }, setParams] = useUrlState(readAsOf, writeAsOf);
  const timeZone = useTimeZone();
  const setDate = useCallback(
    (next: string | null, nextBasis: AsOfBasis = 'OCCURRED') =>
      setParams({ date: next, basis: nextBasis }),
    [setParams],
  );
  return { date, asOf: date ? momentOf(date, timeZone) : null, asOfBasis: basis, setDate };
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
