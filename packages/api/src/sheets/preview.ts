import type { LocalizedMessage } from '@fahrplan/domain';
import type { SheetProblem } from './problems.js';
import type { SheetTable } from './read-sheet.js';

/** What a row will do when imported. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'known';

export interface RowPlan {
  readonly row: number;
  readonly action: RowAction;
  /** What the row is about, for the preview's list (a title). */
  readonly label: string;
  readonly summary?: LocalizedMessage;
}

/** The preview of an import: every row's plan and every problem; importable when `ok`. */
export interface ImportPreview {
  readonly format: SheetTable['format'];
  readonly encoding?: SheetTable['encoding'];
  readonly rows: readonly RowPlan[];
  readonly problems: readonly SheetProblem[];
  readonly counts: Readonly<Record<RowAction, number>>;
  /** Events an import would append. */
  readonly events: number;
  readonly ok: boolean;
}

export const countsOf = (rows: readonly RowPlan[]): Readonly<Record<RowAction, number>> => {
  const counts = { create: 0, update: 0, unchanged: 0, known: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
};
