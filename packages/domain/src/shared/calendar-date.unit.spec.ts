import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  calendarDate,
  calendarDateIn,
  checkCalendarDate,
  checkedCalendarDate,
  endOfDayIn,
  instantIn,
  isTimeZone,
  startOfDayIn,
} from './calendar-date.js';

// Runs under several TZ values (see vitest.config.ts): nothing here may depend on the host's zone.
describe('calendarDate', () => {
  it.each(['2018-06-19', '2016-02-29', '2030-12-31', '0001-01-01', '9999-12-31'])(
    'takes %s',
    (value) => expect(calendarDate(value)).toBe(value),
  );
  it.each([
    '2017-02-30',
    '2018-02-29',
    '2018-13-01',
    '2018-00-10',
    '2018-06-31',
    '0000-01-01',
    '2018-6-19',
    '2018-06-19T00:00:00Z',
    ' 2018-06-19',
    '19.06.2018',
    '',
  ])('refuses %j', (value) => expect(calendarDate(value)).toBeUndefined());
});

describe('checkCalendarDate', () => {
  it('names the field and the reason', () =>
    expect(checkCalendarDate('dueDate', '2017-02-30')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueDate',
      messages: { de: expect.stringContaining('Kalenderdatum') },
    }));
  it('is missing only when required', () => {
    expect(checkCalendarDate('date', undefined)?.field).toBe('date');
    expect(checkCalendarDate('date', undefined, false)).toBeUndefined();
  });
});

describe('calendarDateIn', () => {
  it.each([
    // Just after midnight in Berlin: already the next day there, not yet in UTC.
    ['2026-12-05T23:30:00Z', 'Europe/Berlin', '2026-12-06'],
    ['2026-12-05T23:30:00Z', 'UTC', '2026-12-05'],
    ['2026-12-05T23:30:00Z', 'America/Los_Angeles', '2026-12-05'],
    ['2026-12-05T23:30:00Z', 'Pacific/Kiritimati', '2026-12-06'],
    // Summer time: 00:30 in Berlin is 22:30 UTC the day before.
    ['2026-06-30T22:30:00Z', 'Europe/Berlin', '2026-07-01'],
    // Just before midnight in UTC.
    ['2026-12-05T23:59:59.999Z', 'UTC', '2026-12-05'],
    ['2026-12-06T00:00:00.000Z', 'America/Los_Angeles', '2026-12-05'],
  ])('puts %s on the day it is in %s: %s', (instant, timeZone, day) =>
    expect(calendarDateIn(instant, timeZone)).toBe(day),
  );
  it('throws on what is no instant', () =>
    expect(() => calendarDateIn('bald', 'UTC')).toThrow(/Not an instant/));

  describe('when the clock reads 00:30 in Berlin', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2026-12-05T23:30:00Z'));
    });
    afterEach(() => vi.useRealTimers());
    it('today in Berlin is the 6th, whatever the host zone', () =>
      expect(calendarDateIn(new Date().toISOString(), 'Europe/Berlin')).toBe('2026-12-06'));
  });
});

describe('isTimeZone', () => {
  it.each(['Europe/Berlin', 'UTC', 'America/Los_Angeles'])('knows %s', (zone) =>
    expect(isTimeZone(zone)).toBe(true),
  );
  it.each(['Europe/Berlinn', '', 'Mars/Olympus'])('refuses %j', (zone) =>
    expect(isTimeZone(zone)).toBe(false),
  );
});

describe('instantIn, startOfDayIn, endOfDayIn', () => {
  const day = checkedCalendarDate;
  it.each([
    ['2026-12-06', '00:30', 'Europe/Berlin', '2026-12-05T23:30:00.000Z'],
    ['2026-07-01', '00:30', 'Europe/Berlin', '2026-06-30T22:30:00.000Z'],
    ['2026-12-05', '23:59:59.999', 'UTC', '2026-12-05T23:59:59.999Z'],
    ['2026-12-05', '16:00', 'America/Los_Angeles', '2026-12-06T00:00:00.000Z'],
    ['2026-12-06', '00:00', 'Pacific/Kiritimati', '2026-12-05T10:00:00.000Z'],
    // The spring-forward gap: 02:30 does not exist in Berlin on 29 March 2026.
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // The autumn overlap takes one of the two 02:30s, consistently.
    ['2026-10-25', '03:30', 'Europe/Berlin', '2026-10-25T02:30:00.000Z'],
  ])('puts %s %s in %s at %s', (date, time, zone, instant) =>
    expect(instantIn(day(date), time, zone)).toBe(instant),
  );
  it('brackets a Berlin day', () => {
    expect(startOfDayIn(day('2026-12-06'), 'Europe/Berlin')).toBe('2026-12-05T23:00:00.000Z');
    expect(endOfDayIn(day('2026-12-06'), 'Europe/Berlin')).toBe('2026-12-06T22:59:59.999Z');
  });
  it('round-trips with calendarDateIn at both ends of the day', () => {
    for (const zone of ['Europe/Berlin', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(calendarDateIn(startOfDayIn(day('2018-06-19'), zone), zone)).toBe('2018-06-19');
      expect(calendarDateIn(endOfDayIn(day('2018-06-19'), zone), zone)).toBe('2018-06-19');
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-06', -28, '2026-11-08'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    // Across the clock change: still whole days.
    ['2026-03-28', 2, '2026-03-30'],
  ])('moves %s by %i days to %s', (date, days, moved) =>
    expect(addDays(checkedCalendarDate(date), days)).toBe(moved),
  );
});
