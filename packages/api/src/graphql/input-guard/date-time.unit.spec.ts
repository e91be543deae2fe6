import { describe, expect, it } from 'vitest';
import { parseDateTime } from './date-time.js';

describe('a DateTime', () => {
  it.each([
    ['2017-03-07T09:00:00Z', '2017-03-07T09:00:00.000Z'],
    ['2017-03-07', '2017-03-07T00:00:00.000Z'],
    ['2016-02-29T23:59:59.5+01:00', '2016-02-29T22:59:59.500Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
    ['2017-06-01T10:00+02:00', '2017-06-01T08:00:00.000Z'],
  ])('%s is the instant %s', (value, instant) => {
    expect(parseDateTime(value)).toBe(instant);
  });

  it.each([
    ['30 February', '2017-02-30'],
    ['29 February outside a leap year', '2017-02-29T12:00:00Z'],
    ['month 13', '2017-13-01'],
    ['day 0', '2017-01-00'],
    ['hour 24', '2017-02-28T24:00:00Z'],
    ['minute 60', '2017-02-28T10:60:00Z'],
    ['second 60', '2017-02-28T10:00:60Z'],
    ['an offset of 25 hours', '2017-06-01T10:00:00+25:00'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['before 1900', '1899-12-31T23:59:59Z'],
    ['after year 9999 in UTC', '9999-12-31T23:59:59-05:00'],
    ['a time without a zone', '2017-06-01T10:00:00'],
    ['six-digit years', '+010000-01-01T00:00:00Z'],
    ['words', 'gestern'],
    ['a number', 1_488_877_200_000],
  ])('is refused as BAD_USER_INPUT: %s', (_what, value) => {
    expect(() => parseDateTime(value)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });
});
