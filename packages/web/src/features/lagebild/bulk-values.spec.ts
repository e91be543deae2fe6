import { describe, expect, it } from 'vitest';
import { checkRow, isBlank, outcomesOf } from './bulk-values.js';

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

  it('puts the API’s refusal beside the row and field it names, the rest on the row or table', () => {
    const error = (field: string | undefined, message: string) => ({
      code: 'BAD_USER_INPUT',
      field,
      message,
      details: {},
    });
    expect(
      outcomesOf(
        [
          error('values.1.referenceDate', 'vor dem Ausgangswert'),
          error('values.0.expectedVersion', 'geändert'),
          error('values.0', 'eingestellt'),
          error('id', 'Zyklus geschlossen'),
        ],
        ['kz-a', 'kz-b'],
      ),
    ).toEqual({
      rows: {
        'kz-a': { errors: {}, general: 'geändert' },
        'kz-b': { errors: { referenceDate: 'vor dem Ausgangswert' } },
      },
      general: 'Zyklus geschlossen',
    });
  });
});
