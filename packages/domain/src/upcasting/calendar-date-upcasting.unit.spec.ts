import { describe, expect, it } from 'vitest';
import { meeting } from '../meeting/index.js';
import { fold } from '../shared/index.js';
import { storedCalendarDate } from './calendar-dates.js';
import { upcast } from './index.js';

// Runs under several TZ values (see vitest.config.ts): the result must never depend on the host.
describe('storedCalendarDate', () => {
  it.each([
    ['2018-06-19', '2018-06-19'],
    ['2018-06-19T00:00:00.000Z', '2018-06-19'],
    ['2018-06-19T00:00:00Z', '2018-06-19'],
    ['2018-06-19T00:00Z', '2018-06-19'],
    // A partner's instant: the day it was in Germany, where the installation ran.
    ['2018-06-18T22:30:00.000Z', '2018-06-19'],
    ['2018-12-31T23:30:00.000Z', '2019-01-01'],
    ['2018-06-19T12:00:00.000Z', '2018-06-19'],
  ])('reads %s as %s', (stored, day) => expect(storedCalendarDate(stored)).toBe(day));
  it.each([[42], ['bald'], [null]])('throws on a corrupt value %s', (stored) =>
    expect(() => storedCalendarDate(stored)).toThrow(/Stored date/),
  );
});

describe('upcast of events with calendar dates', () => {
  const meetingPlanned = {
    type: 'MeetingPlanned',
    schemaVersion: 1,
    occurredAt: '2016-09-01T00:00:00.000Z',
    data: {
      meetingId: 'mt-1',
      title: 'Workshop Digitalisierung',
      kind: 'workshop',
      date: '2016-10-12T00:00:00.000Z',
      place: 'Chemnitz',
      actionFieldIds: ['af-digital'],
    },
  };
  it('turns a v1 meeting date into a calendar date at version 2', () =>
    expect(upcast(meetingPlanned)).toEqual({
      ...meetingPlanned,
      schemaVersion: 2,
      data: { ...meetingPlanned.data, date: '2016-10-12' },
    }));
  it('leaves the stored event untouched (its hash covers the stored bytes)', () => {
    upcast(meetingPlanned);
    expect(meetingPlanned.data.date).toBe('2016-10-12T00:00:00.000Z');
  });
  it('folds a v1 meeting into a state with a calendar date', () =>
    expect(
      fold(meeting, [upcast(meetingPlanned) as unknown as Parameters<typeof meeting.evolve>[1]]),
    ).toMatchObject({ date: '2016-10-12' }));
  it('leaves absent optional dates absent', () =>
    expect(
      upcast({
        type: 'MeasureRevised',
        schemaVersion: 1,
        data: { measureId: 'm-1', title: 'Neu' },
      }).data,
    ).toEqual({ measureId: 'm-1', title: 'Neu' }));
  it('turns the measure period inside an adoption', () =>
    expect(
      upcast({
        type: 'RecommendationAdopted',
        schemaVersion: 1,
        data: {
          recommendationId: 'r-1',
          measureId: 'm-1',
          measure: {
            title: 'Lotsen',
            owner: 'SMWA',
            actionFieldIds: [],
            plannedStart: '2018-07-01T00:00:00.000Z',
            plannedEnd: '2030-12-31T00:00:00.000Z',
          },
        },
      }).data,
    ).toMatchObject({ measure: { plannedStart: '2018-07-01', plannedEnd: '2030-12-31' } }));
  it('turns both dates of a rescheduled milestone', () =>
    expect(
      upcast({
        type: 'MilestoneRescheduled',
        schemaVersion: 1,
        data: {
          measureId: 'm-1',
          milestoneId: 'ms-1',
          dueDate: '2021-03-01T00:00:00.000Z',
          previousDueDate: '2020-09-01',
        },
      }).data,
    ).toEqual({
      measureId: 'm-1',
      milestoneId: 'ms-1',
      dueDate: '2021-03-01',
      previousDueDate: '2020-09-01',
    }));
});
