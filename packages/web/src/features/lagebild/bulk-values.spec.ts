import { describe, expect, it } from 'vitest';
import { checkRow, isBlank, outcomeOf } from './bulk-values.js';

const m = { valueInvalid: 'Zahl?', dateRequired: 'Datum?', sourceRequired: 'Quelle?' };

describe('a row of the bulk values table', () => {
  it('is skipped while untouched, even with its preset date', () => {
    expect(isBlank({ value: ' ', referenceDate: '2026-06-30', source: '' })).toBe(true);
    expect(isBlank({ value: '', referenceDate: '2026-06-30', source: 'Statistik' })).toBe(false);
  });

  it('names each missing or unreadable part once begun', () => {
    expect(checkRow({ value: 'viel', referenceDate: '', source: ' ' }, m)).toEqual({
      value: 'Zahl?',
      referenceDate: 'Datum?',
      source: 'Quelle?',
    });
    expect(checkRow({ value: '12,5', referenceDate: '2026-06-30', source: 'IAB' }, m)).toEqual({});
  });

  it('puts the API’s errors beside the field they name, the rest on the row', () => {
    expect(
      outcomeOf([
        {
          code: 'BAD_USER_INPUT',
          field: 'input.referenceDate',
          message: 'vor dem Ausgangswert',
          details: {},
        },
        { code: 'CONFLICT', field: 'expectedVersion', message: 'geändert', details: {} },
      ]),
    ).toEqual({ errors: { referenceDate: 'vor dem Ausgangswert' }, general: 'geändert' });
  });
});
