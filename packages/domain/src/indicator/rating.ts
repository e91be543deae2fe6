import type { CalendarDate } from '../shared/index.js';
import type { ExistingIndicator, IndicatorValue } from './state.js';

/** How an indicator stands: derived from its state at a moment, never stored. */
export const INDICATOR_RATINGS = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'no_data',
] as const;
export type IndicatorRating = (typeof INDICATOR_RATINGS)[number];

/**
 * The one table of thresholds. The shortfall is how far the latest value lies behind the straight
 * line from baseline to target at that value's reference date, as a share of the whole planned
 * change |target − baseline| (ahead of the line it is negative). The first band whose
 * `maxShortfall` the shortfall does not exceed gives the rating: up to 5 % behind is on track,
 * up to 15 % at risk, more is off track. A value at or beyond the target is `achieved` whatever
 * the date; an indicator without values is `no_data`. Where target and baseline are equal (hold a
 * level) there is no change to share: any value short of the target is off track.
 */
export const RATING_BANDS: readonly {
  readonly rating: Extract<IndicatorRating, 'on_track' | 'at_risk' | 'off_track'>;
  readonly maxShortfall: number;
}[] = [
  { rating: 'on_track', maxShortfall: 0.05 },
  { rating: 'at_risk', maxShortfall: 0.15 },
  { rating: 'off_track', maxShortfall: Number.POSITIVE_INFINITY },
];

/** Worst first: a dashboard sorts off-track indicators to the top by this. */
export const RATING_ORDER: readonly IndicatorRating[] = [
  'off_track',
  'at_risk',
  'no_data',
  'on_track',
  'achieved',
];

type Line = Pick<ExistingIndicator, 'baseline' | 'target'>;

const dayNumber = (date: CalendarDate): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Where the straight line from baseline to target stands on a day; flat before and after. */
export const expectedOn = ({ baseline, target }: Line, date: CalendarDate): number => {
  if (date <= baseline.date) return baseline.value;
  if (date >= target.date) return target.value;
  const share =
    (dayNumber(date) - dayNumber(baseline.date)) /
    (dayNumber(target.date) - dayNumber(baseline.date));
  return baseline.value + share * (target.value - baseline.value);
};

/** The value with the latest reference date; of two for the same day, the one reported last. */
export const latestValue = (values: readonly IndicatorValue[]): IndicatorValue | undefined =>
  values.reduce<IndicatorValue | undefined>(
    (latest, each) =>
      latest === undefined || each.referenceDate >= latest.referenceDate ? each : latest,
    undefined,
  );

export interface IndicatorAssessment {
  readonly rating: IndicatorRating;
  /** The value rated; absent with `no_data`. */
  readonly latest?: IndicatorValue;
  /** The line at the latest value's reference date. */
  readonly expected?: number;
  /** Behind the line as a share of the planned change (see `RATING_BANDS`); negative when ahead. */
  readonly shortfall?: number;
}

/**
 * Rates an indicator as its state stands (pass the state as of a past moment for the Lagebild
 * then): its latest value against the line at that value's date.
 *
 * @example rateIndicator(state).rating // 'at_risk'
 */
export const rateIndicator = (
  indicator: Pick<ExistingIndicator, 'baseline' | 'target' | 'direction' | 'values'>,
): IndicatorAssessment => {
  const latest = latestValue(indicator.values);
  if (latest === undefined) return { rating: 'no_data' };
  const expected = expectedOn(indicator, latest.referenceDate);
  const sign = indicator.direction === 'increase' ? 1 : -1;
  const behind = sign * (expected - latest.value);
  const span = Math.abs(indicator.target.value - indicator.baseline.value);
  const shortfall = span === 0 ? (behind > 0 ? Number.POSITIVE_INFINITY : 0) : behind / span;
  if (sign * (latest.value - indicator.target.value) >= 0) {
    return { rating: 'achieved', latest, expected, shortfall };
  }
  const band = RATING_BANDS.find((each) => shortfall <= each.maxShortfall);
  return { rating: band?.rating ?? 'off_track', latest, expected, shortfall };
};
