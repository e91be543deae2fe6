import { describe, expect, it } from 'vitest';
import { parsePercent } from './report-progress-form.js';
import { changedFields } from './revise-measure-form.js';

describe('parsePercent', () => {
  it('accepts whole percentages from 0 to 100', () => {
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent(' 75 ')).toBe(75);
    expect(parsePercent('100')).toBe(100);
  });

  it('rejects what the API could not take as a percentage', () => {
    for (const text of ['', '101', '-5', '7.5', '7,5', 'siebzig']) {
      expect(parsePercent(text)).toBeNull();
    }
  });
});

describe('changedFields', () => {
  const before = {
    title: 'Digitalisierungslotsen Sachsen',
    owner: 'SMWA, Referat 31',
    description: '',
    plannedStart: '2019-01-01',
    plannedEnd: '2030-12-31',
  };

  it('sends only what was changed, trimmed', () => {
    expect(changedFields(before, { ...before, owner: ' SMWA, Referat 32 ' })).toEqual({
      owner: 'SMWA, Referat 32',
    });
  });

  it('sends nothing when only whitespace was added', () => {
    expect(changedFields(before, { ...before, title: `${before.title} ` })).toEqual({});
  });

  it('keeps a date that was emptied, since the API cannot unplan it', () => {
    expect(changedFields(before, { ...before, plannedEnd: '' })).toEqual({});
  });

  it('sends an emptied title, for the API to say it is required', () => {
    expect(changedFields(before, { ...before, title: '' })).toEqual({ title: '' });
  });
});
