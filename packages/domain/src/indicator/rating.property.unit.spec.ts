import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../shared/index.js';
import { day } from '../shared/testing/decider-specification.js';
import type { Direction, IndicatorValue } from './index.js';
import { expectedOn, RATING_BANDS, rateIndicator } from './index.js';

/** Worst to best, for comparing; `no_data` never arises when there is a value. */
const RANK = ['off_track', 'at_risk', 'on_track', 'achieved'];

const BASELINE_DAY = day('2018-01-01');

/** An indicator with a real change to make, a line from baseline to a later target. */
const line = fc
  .record({
    direction: fc.constantFrom<Direction>('increase', 'decrease'),
    baseline: fc.integer({ min: -1000, max: 1000 }),
    change: fc.integer({ min: 1, max: 1000 }),
    days: fc.integer({ min: 2, max: 6000 }),
  })
  .map(({ direction, baseline, change, days }) => ({
    direction,
    baseline: { value: baseline, date: BASELINE_DAY, source: 'Statistik' },
    target: {
      value: direction === 'increase' ? baseline + change : baseline - change,
      date: addDays(BASELINE_DAY, days),
    },
  }));

type Line = fc.Arbitrary<ReturnType<typeof line.generate>['value']>;

const valueOn = (value: number, referenceDate: CalendarDate, valueId = 'v'): IndicatorValue => ({
  valueId,
  value,
  referenceDate,
  source: 'Statistik',
  reportedAt: '2026-01-01T00:00:00.000Z',
});

/** A day strictly between baseline and target. */
const inside = (indicator: ReturnType<Line['generate']>['value']) =>
  fc
    .integer({ min: 1, max: 5999 })
    .filter((offset) => addDays(BASELINE_DAY, offset) < indicator.target.date)
    .map((offset) => addDays(BASELINE_DAY, offset));

describe('rateIndicator', () => {
  it('has no data without values', () =>
    fc.assert(
      fc.property(line, (indicator) => {
        expect(rateIndicator({ ...indicator, values: [] }).rating).toBe('no_data');
      }),
    ));

  it('rates a value on the line before the target date as on track', () =>
    fc.assert(
      fc.property(
        line.chain((indicator) => fc.tuple(fc.constant(indicator), inside(indicator))),
        ([indicator, date]) => {
          const values = [valueOn(expectedOn(indicator, date), date)];
          const assessment = rateIndicator({ ...indicator, values });
          expect(assessment.rating).toBe('on_track');
          expect(assessment.shortfall).toBeCloseTo(0);
        },
      ),
    ));

  it('is monotone in the value for a fixed date, respecting the direction', () =>
    fc.assert(
      fc.property(
        line.chain((indicator) =>
          fc.tuple(
            fc.constant(indicator),
            inside(indicator),
            fc.double({ min: -3000, max: 3000, noNaN: true }),
            fc.double({ min: -3000, max: 3000, noNaN: true }),
          ),
        ),
        ([indicator, date, a, b]) => {
          const sign = indicator.direction === 'increase' ? 1 : -1;
          const [worse, better] = sign * a <= sign * b ? [a, b] : [b, a];
          const rank = (value: number) =>
            RANK.indexOf(rateIndicator({ ...indicator, values: [valueOn(value, date)] }).rating);
          expect(rank(better)).toBeGreaterThanOrEqual(rank(worse));
        },
      ),
    ));

  it('calls a value at or beyond the target achieved, whatever the date', () =>
    fc.assert(
      fc.property(
        line.chain((indicator) =>
          fc.tuple(fc.constant(indicator), inside(indicator), fc.integer({ min: 0, max: 100 })),
        ),
        ([indicator, date, beyond]) => {
          const sign = indicator.direction === 'increase' ? 1 : -1;
          const value = indicator.target.value + sign * beyond;
          expect(rateIndicator({ ...indicator, values: [valueOn(value, date)] }).rating).toBe(
            'achieved',
          );
        },
      ),
    ));

  it('rates a mirrored indicator the same (lower is better is higher is better upside down)', () =>
    fc.assert(
      fc.property(
        line.chain((indicator) =>
          fc.tuple(
            fc.constant(indicator),
            inside(indicator),
            fc.integer({ min: -3000, max: 3000 }),
          ),
        ),
        ([indicator, date, value]) => {
          const mirrored = {
            direction: (indicator.direction === 'increase' ? 'decrease' : 'increase') as Direction,
            baseline: { ...indicator.baseline, value: -indicator.baseline.value },
            target: { ...indicator.target, value: -indicator.target.value },
          };
          expect(rateIndicator({ ...mirrored, values: [valueOn(-value, date)] }).rating).toBe(
            rateIndicator({ ...indicator, values: [valueOn(value, date)] }).rating,
          );
        },
      ),
    ));

  it('rates the value with the latest reference date, whatever the order reported', () =>
    fc.assert(
      fc.property(
        line.chain((indicator) =>
          fc.tuple(
            fc.constant(indicator),
            fc.uniqueArray(inside(indicator), { minLength: 1, maxLength: 5 }),
            fc.integer({ min: -3000, max: 3000 }),
          ),
        ),
        ([indicator, dates, value]) => {
          const values = dates.map((date, index) => valueOn(value + index, date, `v${index}`));
          const latest = [...values].sort((a, b) =>
            a.referenceDate < b.referenceDate ? 1 : -1,
          )[0];
          const rated = rateIndicator({ ...indicator, values: [...values].reverse() });
          expect(rated.latest).toEqual(latest);
        },
      ),
    ));
});

describe('RATING_BANDS', () => {
  it('grow and end in a band that takes any shortfall', () => {
    const limits = RATING_BANDS.map((band) => band.maxShortfall);
    expect([...limits].sort((a, b) => a - b)).toEqual(limits);
    expect(limits.at(-1)).toBe(Number.POSITIVE_INFINITY);
  });
  it.each([
    [45, 'on_track'],
    [40, 'on_track'],
    [38, 'on_track'],
    [37.9, 'at_risk'],
    [34, 'at_risk'],
    [33.9, 'off_track'],
    [60, 'achieved'],
  ])(
    'rates %d against the line at 40 (baseline 20, target 60: 5 %% = 2, 15 %% = 6) as %s',
    (value, rating) => {
      // Half way from 2018-01-01 to 2030-01-01 by days: the line stands at 40.
      const indicator = {
        direction: 'increase' as const,
        baseline: { value: 20, date: day('2018-01-01'), source: 'Statistik' },
        target: { value: 60, date: day('2030-01-01') },
      };
      const middle = addDays(day('2018-01-01'), 2191);
      expect(expectedOn(indicator, middle)).toBeCloseTo(40, 1);
      expect(rateIndicator({ ...indicator, values: [valueOn(value, middle)] }).rating).toBe(rating);
    },
  );
  it('is flat before the baseline and after the target', () => {
    const indicator = {
      baseline: { value: 20, date: day('2018-01-01'), source: 'Statistik' },
      target: { value: 60, date: day('2030-01-01') },
    };
    expect(expectedOn(indicator, day('2010-01-01'))).toBe(20);
    expect(expectedOn(indicator, day('2035-01-01'))).toBe(60);
  });
});
