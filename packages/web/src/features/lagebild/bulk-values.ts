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

/** What the API's refusal of a table says: per row (by indicator id), and what no row owns. */
export interface TableOutcome {
  readonly rows: Readonly<Record<string, RowOutcome>>;
  readonly general?: string;
}

/**
 * The API's refusal of the table, beside the row it names (`values.<n>.<field>`, `n` the place in
 * `sent`): beside the field where the row has it, else on the row (a conflict, a retired
 * indicator); an error naming no row is the table's.
 */
export const outcomesOf = (errors: readonly ApiError[], sent: readonly string[]): TableOutcome => {
  const rows: Record<string, { errors: Partial<Record<RowField, string>>; general?: string }> = {};
  let general: string | undefined;
  for (const error of errors) {
    const match = /^(?:input\.)?values\.(\d+)(?:\.(\w+))?$/.exec(error.field ?? '');
    const id = match ? sent[Number(match[1])] : undefined;
    if (id === undefined) {
      general ??= error.message;
      continue;
    }
    const row = rows[id] ?? { errors: {} };
    rows[id] = row;
    const field = match?.[2];
    if (field !== undefined && isRowField(field)) row.errors[field] ??= error.message;
    else row.general ??= error.message;
  }
  return { rows, ...(general === undefined ? {} : { general }) };
};
