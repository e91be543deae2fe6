/**
 * The roadmap's layout, free of React: which years the axis shows, where a date sits on it (in
 * percent of the track, so the browser does the pixels at any width), and how an entry's bar
 * runs. Dates are calendar dates (YYYY-MM-DD): the API's `Date`, or the installation's day of an
 * instant (see roadmap-entries), the same wherever the user is.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar day, ignoring time zones. */
const dayNumber = (value: string): number => {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
};

const yearOf = (value: string): number => Number(value.slice(0, 4));

/** Where the strategy's roadmap begins when nothing on it says otherwise. */
export const DEFAULT_START_YEAR = 2017;

/** The years the axis shows, first and last included. */
export interface TimelineRange {
  readonly startYear: number;
  readonly endYear: number;
}

/**
 * From the year of the earliest date shown (or 2017 when nothing is shown) to the horizon's
 * year (2030), so nothing on the roadmap falls off its left edge and the horizon is always there.
 */
export const timelineRange = (
  dates: readonly string[],
  horizon: string,
  fallbackStartYear = DEFAULT_START_YEAR,
): TimelineRange => {
  const endYear = yearOf(horizon);
  const earliest = dates.length > 0 ? Math.min(...dates.map(yearOf)) : fallbackStartYear;
  return { startYear: Math.min(earliest, endYear), endYear };
};

const startOfRange = (range: TimelineRange) => dayNumber(`${range.startYear}-01-01`);
/** The axis ends with the last day of its last year: the first day after it. */
const endOfRange = (range: TimelineRange) => dayNumber(`${range.endYear + 1}-01-01`);

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

/** Where a day begins on the track, in percent from its left edge (0–100, clamped). */
export const positionOf = (date: string, range: TimelineRange): number => {
  const start = startOfRange(range);
  return clampPercent(((dayNumber(date) - start) / (endOfRange(range) - start)) * 100);
};

/** Where a day ends on the track: the end of a period includes its last day. */
const endPositionOf = (date: string, range: TimelineRange): number => {
  const start = startOfRange(range);
  return clampPercent(((dayNumber(date) + 1 - start) / (endOfRange(range) - start)) * 100);
};

export interface YearTick {
  readonly year: number;
  /** Percent from the left where the year begins. */
  readonly left: number;
  /** Percent of the track the year takes (leap years a little more). */
  readonly width: number;
}

/** One column per year of the range. */
export const yearTicks = (range: TimelineRange): YearTick[] =>
  Array.from({ length: range.endYear - range.startYear + 1 }, (_, index) => {
    const year = range.startYear + index;
    const left = positionOf(`${year}-01-01`, range);
    const right = year === range.endYear ? 100 : positionOf(`${year + 1}-01-01`, range);
    return { year, left, width: right - left };
  });

export interface Bar {
  readonly left: number;
  readonly width: number;
  /** No planned end: the bar runs to the right edge and says so. */
  readonly openEnd: boolean;
  /** The period began before the axis (cut off on the left). */
  readonly cutStart: boolean;
  /** The period ends after the axis (cut off on the right). */
  readonly cutEnd: boolean;
}

/** So that a period of a few days is still a visible bar, not a hairline. */
export const MIN_BAR_WIDTH = 0.6;

/** The bar of a period from `start` to `end` (inclusive), or open-ended without an end. */
export const barOf = (start: string, end: string | null, range: TimelineRange): Bar => {
  const left = positionOf(start, range);
  const right = end === null ? 100 : endPositionOf(end, range);
  const width = Math.max(right - left, MIN_BAR_WIDTH);
  return {
    left: Math.min(left, 100 - MIN_BAR_WIDTH),
    width,
    openEnd: end === null,
    cutStart: dayNumber(start) < startOfRange(range),
    cutEnd: end !== null && dayNumber(end) + 1 > endOfRange(range),
  };
};
