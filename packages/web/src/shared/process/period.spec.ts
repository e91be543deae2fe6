import { describe, expect, it } from 'vitest';
import { processPeriod } from './period.js';

const phase = (plannedStart: string, rest: Partial<Record<string, string>> = {}) => ({
  plannedStart,
  plannedEnd: rest.plannedEnd ?? null,
  startedOn: rest.startedOn ?? null,
  closedOn: rest.closedOn ?? null,
});

describe('processPeriod', () => {
  describe('when the process started and concluded', () => {
    it('is its own start and conclusion', () => {
      expect(
        processPeriod({
          startedAt: '2016-03-01T00:00:00.000Z',
          concludedAt: '2030-12-31T00:00:00.000Z',
          phases: [phase('2016-01-01')],
        }),
      ).toEqual({ from: '2016-03-01T00:00:00.000Z', to: '2030-12-31T00:00:00.000Z' });
    });
  });

  describe('when it has phases only', () => {
    it('runs from the first phase, as begun, to the last, as planned', () => {
      expect(
        processPeriod({
          startedAt: null,
          concludedAt: null,
          phases: [
            phase('2016-01-01', { startedOn: '2016-02-01' }),
            phase('2018-01-01', { plannedEnd: '2030-12-31' }),
          ],
        }),
      ).toEqual({ from: '2016-02-01', to: '2030-12-31' });
    });
  });

  describe('when nothing is known', () => {
    it('has neither end', () => {
      expect(processPeriod({ startedAt: null, concludedAt: null, phases: [] })).toEqual({
        from: null,
        to: null,
      });
    });
  });
});
