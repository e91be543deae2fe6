import type { ApiError } from '../../graphql/errors.js';
import { parseFigure } from '../../shared/indicator/parse-value.js';

/** One row of the table as typed: a value, the day it refers to, where it comes from. */
export interface ValueRow {
  readonly value: string;
  readonly referenceDate: string;
  readonly source: string;
}

export type RowField = keyof ValueRow;

/** What a row shows beside its fields after a submit: its errors, or that it went through. */
export interface RowOutcome {
  readonly errors: Partial<Record<RowField, string>>;
  /** An error no field of the row owns (a conflict, a retired indicator). */
  readonly general?: string;
  readonly saved?: boolean;
}

export interface RowMessages {
  readonly valueInvalid: string;
  readonly dateRequired: string;
  readonly sourceRequired: string;
}

/** An untouched row is skipped; a row begun is complete or says what is missing. */
export const isBlank = (row: ValueRow): boolean =>
  row.value.trim() === '' && row.source.trim() === '';

/** The row's own mistakes, found before anything is sent (empty: it may go). */
export const checkRow = (row: ValueRow, m: RowMessages): RowOutcome['errors'] => ({
  ...(parseFigure(row.value) === null ? { value: m.valueInvalid } : {}),
  ...(row.referenceDate ? {} : { referenceDate: m.dateRequired }),
  ...(row.source.trim() ? {} : { source: m.sourceRequired }),
});

const FIELDS: readonly RowField[] = ['value', 'referenceDate', 'source'];
const isRowField = (field: string): field is RowField =>
  (FIELDS as readonly string[]).includes(field);

/** The API's refusal of a row, beside the field it names or for the whole row. */
export const outcomeOf = (errors: readonly ApiError[]): RowOutcome => {
  const outcome: { errors: Partial<Record<RowField, string>>; general?: string } = { errors: {} };
  for (const error of errors) {
    const field = error.field?.replace(/^input\./, '');
    if (field !== undefined && isRowField(field)) outcome.errors[field] ??= error.message;
    else outcome.general ??= error.message;
  }
  return outcome;
};
