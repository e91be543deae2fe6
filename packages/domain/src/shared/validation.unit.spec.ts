import { describe, expect, it } from 'vitest';
import { checkContent } from './changes.js';
import { checkId, checkIds, ID_MAX, sameIds } from './ids.js';
import { checkEmail, checkPerson, EMAIL_MAX, personalDataOf } from './people.js';
import { checkPeriod, checkRevisedPeriod, periodOf } from './period.js';
import { day, meta, TEST_NOW } from './testing/decider-specification.js';
import {
  checkDate,
  checkText,
  firstError,
  resolveOccurredAt,
  textOrNothing,
} from './validation.js';

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

describe('textOrNothing', () => {
  it('treats blank text as none', () => {
    expect(textOrNothing('  ')).toBeUndefined();
    expect(textOrNothing(undefined)).toBeUndefined();
    expect(textOrNothing(' TU Dresden ')).toBe(' TU Dresden ');
  });
});

describe('checkId', () => {
  it('refuses a blank or absurdly long id on the field', () => {
    expect(checkId('meetingId', ' ')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(checkId('meetingId', 'x'.repeat(ID_MAX + 1))?.field).toBe('meetingId');
    expect(checkId('meetingId', 'x'.repeat(ID_MAX))).toBeUndefined();
  });
});

describe('checkIds', () => {
  it('accepts distinct ids, and none', () => {
    expect(checkIds('actionFieldIds', ['af-1', 'af-2'])).toBeUndefined();
    expect(checkIds('actionFieldIds', [])).toBeUndefined();
  });
  it('blames the first blank or repeated entry by its index', () => {
    expect(checkIds('actionFieldIds', ['af-1', ''])?.field).toBe('actionFieldIds.1');
    const twice = checkIds('actionFieldIds', ['af-1', 'af-2', 'af-1']);
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionFieldIds.2' });
    expect(twice?.messages.en).toContain('appears twice');
  });
  it('reports a blank id before the repetition of it', () =>
    expect(checkIds('derivedFrom', ['', ''])?.field).toBe('derivedFrom.0'));
  it('needs at least `min` entries', () => {
    expect(checkIds('actionFieldIds', [], { min: 1 })?.field).toBe('actionFieldIds');
    expect(checkIds('parts', ['a'], { min: 2 })?.messages.en).toContain('at least 2 entries');
  });
});

describe('sameIds', () => {
  it('ignores order, not length or members', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
    expect(sameIds(['a', 'c'], ['a', 'b'])).toBe(false);
  });
});

describe('checkEmail', () => {
  it('takes a blank address as none and refuses a malformed one', () => {
    expect(checkEmail('email', ' ')).toBeUndefined();
    expect(checkEmail('email', 'erika@example.org')).toBeUndefined();
    expect(checkEmail('email', 'erika@example')?.field).toBe('email');
    expect(checkEmail('email', `${'x'.repeat(EMAIL_MAX)}@example.org`)?.field).toBe('email');
  });
});

describe('checkPerson and personalDataOf', () => {
  const erika = { subjectId: 'subj-1', name: 'Erika Mustermann', email: 'erika@example.org' };
  it('checks each field under the prefix', () => {
    expect(checkPerson('submitter.', erika)).toBeUndefined();
    expect(checkPerson('submitter.', { ...erika, subjectId: '' })?.field).toBe(
      'submitter.subjectId',
    );
    expect(checkPerson('', { ...erika, name: ' ' })?.field).toBe('name');
    expect(checkPerson('', { ...erika, email: 'kaputt' })?.field).toBe('email');
    expect(checkPerson('', { ...erika, organisation: 'x'.repeat(201) })?.field).toBe(
      'organisation',
    );
  });
  it('leaves blank optional details out of the personal data', () =>
    expect(personalDataOf({ ...erika, email: '', organisation: ' ' })).toEqual({
      subjectId: 'subj-1',
      name: 'Erika Mustermann',
    }));
});

describe('checkPeriod', () => {
  it('takes calendar dates only, never instants', () => {
    expect(checkPeriod('2018-01-01', '2018-01-01')).toBeUndefined();
    expect(checkPeriod('2018-01-01T12:00:00Z', '2018-01-01')?.field).toBe('plannedStart');
    expect(checkPeriod('2018-01-01', '2018-01-01T23:00:00Z')?.field).toBe('plannedEnd');
  });
  it('checks both dates first, then blames the end or the given field', () => {
    expect(checkPeriod('Sommer', '2018-01-01')?.field).toBe('plannedStart');
    expect(checkPeriod(undefined, '2018-02-30')?.field).toBe('plannedEnd');
    expect(checkPeriod('2019-01-01', '2018-12-31', { blame: 'plannedStart' })?.field).toBe(
      'plannedStart',
    );
  });
  it('puts the prefix before the field names', () => {
    expect(checkPeriod('bald', undefined, { prefix: 'measure.' })?.field).toBe(
      'measure.plannedStart',
    );
    expect(checkPeriod('2019-01-01', '2018-01-01', { prefix: 'measure.' })?.field).toBe(
      'measure.plannedEnd',
    );
  });
  it('leaves either end open', () => expect(checkPeriod(undefined, undefined)).toBeUndefined());
});

describe('checkRevisedPeriod and periodOf', () => {
  const stored = { plannedStart: day('2019-01-01'), plannedEnd: day('2020-12-31') };
  it('blames the end the edit moves', () => {
    expect(checkRevisedPeriod({ plannedStart: '2021-01-01' }, stored)?.field).toBe('plannedStart');
    expect(checkRevisedPeriod({ plannedEnd: '2018-12-31' }, stored)?.field).toBe('plannedEnd');
    expect(checkRevisedPeriod({ plannedEnd: '2021-06-30' }, stored)).toBeUndefined();
  });
  it('keeps only the ends given', () => {
    expect(periodOf({ plannedEnd: '2030-12-31' })).toEqual({ plannedEnd: '2030-12-31' });
    expect(Object.keys(periodOf({ plannedStart: undefined }))).toEqual([]);
  });
});

describe('firstError', () => {
  it('passes when every check does', () => {
    expect(firstError(undefined, undefined)).toBeUndefined();
  });

  it('reports every bad field at once, the first one in front', () => {
    const error = checkContent(
      { title: ' ', body: '', actionFieldIds: [] },
      { minActionFields: 1 },
    );
    expect(error?.field).toBe('title');
    expect(error?.fieldErrors.map((each) => each.field)).toEqual([
      'title',
      'body',
      'actionFieldIds',
    ]);
  });

  it('names each field once, also across nested checks', () => {
    const title = checkText('title', '', { max: 10 });
    const error = firstError(title, firstError(checkText('title', '', { max: 10 })), undefined);
    expect(error?.fieldErrors.map((each) => each.field)).toEqual(['title']);
  });
});
