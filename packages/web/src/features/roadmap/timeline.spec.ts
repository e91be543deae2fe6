import { describe, expect, it } from 'vitest';
import {
  barOf,
  DEFAULT_START_YEAR,
  MIN_BAR_WIDTH,
  positionOf,
  timelineRange,
  yearTicks,
} from './timeline.js';

const HORIZON = '2030-12-31';
// 2018 to 2030: thirteen years, 4,748 days.
const range = { startYear: 2018, endYear: 2030 };
const DAYS = 4748;

describe('timelineRange', () => {
  it('runs from the year of the earliest date shown to the horizon', () => {
    expect(
      timelineRange(['2019-01-01', '2018-04-01T00:00:00.000Z', '2026-06-30'], HORIZON),
    ).toEqual({ startYear: 2018, endYear: 2030 });
  });

  it('starts in 2017 when nothing is shown', () => {
    expect(timelineRange([], HORIZON)).toEqual({ startYear: DEFAULT_START_YEAR, endYear: 2030 });
  });

  it('keeps the horizon even when everything starts after it', () => {
    expect(timelineRange(['2032-01-01'], HORIZON)).toEqual({ startYear: 2030, endYear: 2030 });
  });
});

describe('positionOf', () => {
  it('puts the first day of the range at the left edge', () => {
    expect(positionOf('2018-01-01', range)).toBe(0);
  });

  it('measures in days, leap years included', () => {
    expect(positionOf('2019-01-01', range)).toBeCloseTo((365 / DAYS) * 100, 6);
    expect(positionOf('2021-01-01', range)).toBeCloseTo(((365 * 2 + 366) / DAYS) * 100, 6);
  });

  it('clamps dates outside the range to its edges', () => {
    expect(positionOf('2016-07-12', range)).toBe(0);
    expect(positionOf('2031-06-01', range)).toBe(100);
  });
});

describe('yearTicks', () => {
  it('gives one tick per year, first and last included, together filling the track', () => {
    const ticks = yearTicks(range);
    expect(ticks.map((tick) => tick.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(ticks[0]?.left).toBe(0);
    const total = ticks.reduce((sum, tick) => sum + tick.width, 0);
    expect(total).toBeCloseTo(100, 6);
  });

  it('makes a leap year a little wider than the others', () => {
    const [y2019, y2020] = yearTicks({ startYear: 2019, endYear: 2020 });
    expect(y2020?.width).toBeGreaterThan(y2019?.width ?? Number.POSITIVE_INFINITY);
  });
});

describe('barOf', () => {
  it('runs from the start to the end of the last day', () => {
    const bar = barOf('2019-01-01', '2030-12-31', range);
    expect(bar.left).toBeCloseTo((365 / DAYS) * 100, 6);
    expect(bar.left + bar.width).toBeCloseTo(100, 6);
    expect(bar).toMatchObject({ openEnd: false, cutStart: false, cutEnd: false });
  });

  it('runs an open-ended period to the right edge and marks it open', () => {
    const bar = barOf('2026-09-01', null, range);
    expect(bar.left + bar.width).toBeCloseTo(100, 6);
    expect(bar.openEnd).toBe(true);
    expect(bar.cutEnd).toBe(false);
  });

  it('marks a period cut off by the edges of the range', () => {
    expect(barOf('2016-01-01', '2035-12-31', range)).toMatchObject({
      left: 0,
      width: 100,
      cutStart: true,
      cutEnd: true,
    });
  });

  it('keeps a one-day period visible', () => {
    expect(barOf('2020-05-05', '2020-05-05', range).width).toBe(MIN_BAR_WIDTH);
  });

  it('keeps a bar that starts after the range on the track', () => {
    const bar = barOf('2031-03-01', null, range);
    expect(bar.left + bar.width).toBeLessThanOrEqual(100);
    expect(bar.width).toBe(MIN_BAR_WIDTH);
  });
});
