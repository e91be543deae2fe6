import { describe, expect, it } from 'vitest';
import { meta, TEST_NOW } from './testing/decider-specification.js';
import { checkDate, checkText, resolveOccurredAt } from './validation.js';

describe('checkDate', () => {
  it('accepts dates and date-times with a zone', () => {
    expect(checkDate('date', '2017-03-07')).toBeUndefined();
    expect(checkDate('date', '2017-03-07T09:30:00+01:00')).toBeUndefined();
  });
  it('refuses days that do not exist and malformed text', () => {
    expect(checkDate('date', '2018-02-30')?.field).toBe('date');
    expect(checkDate('date', '2018-13-01')?.code).toBe('BAD_USER_INPUT');
    expect(checkDate('date', 'next tuesday')?.code).toBe('BAD_USER_INPUT');
  });
});

describe('checkText', () => {
  it('refuses blank and overlong text with German and English messages', () => {
    const blank = checkText('title', '  ', { max: 10 });
    expect(blank?.messages.de).toContain('darf nicht leer sein');
    expect(checkText('title', 'x'.repeat(11), { max: 10 })?.messages.en).toContain('too long');
  });
});

describe('resolveOccurredAt', () => {
  it('keeps a past date and defaults to now', () => {
    expect(resolveOccurredAt(meta({ occurredAt: '2017-03-07' }))).toBe('2017-03-07T00:00:00.000Z');
    expect(resolveOccurredAt(meta())).toBe(TEST_NOW);
  });
  it('refuses the future', () => {
    const future = resolveOccurredAt(meta({ occurredAt: '2031-01-01' }));
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
  });
});
