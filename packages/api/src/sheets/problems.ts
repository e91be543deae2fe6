import type { LocalizedMessage } from '@fahrplan/domain';

/**
 * One problem of one row, shown beside it: the row number and the column header as the user sees
 * them in Excel. `error` rows block the import; a `conflict` is an error of its own kind (the item
 * changed since the export); `notice`s (a row already imported) do not block.
 */
export interface SheetProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly severity: 'error' | 'conflict' | 'notice';
  readonly code: string;
  readonly message: LocalizedMessage;
}

export const problem = (
  row: number | null,
  column: string | null,
  code: string,
  message: LocalizedMessage,
  severity: SheetProblem['severity'] = 'error',
): SheetProblem => ({ row, column, severity, code, message });

export const blocks = (found: SheetProblem) => found.severity !== 'notice';
