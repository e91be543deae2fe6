import type { AggregateKind, DomainError, ReportIndicatorValues } from '@fahrplan/domain';
import { refusedValueRow } from '../auth/report-rows.js';
import type { Database } from '../database/index.js';
import { ConcurrencyError } from '../event-store/index.js';
import { loadItems } from '../queries/items.js';
import { readScopeOf } from '../visibility/rules.js';
import { planIndicatorValues } from './indicator-value-import.js';
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from './limits.js';
import { columnOfMeasureError, planMeasures } from './measure-import.js';
import { countsOf, type ImportPreview, type RowPlan } from './preview.js';
import { blocks, problem, type SheetProblem } from './problems.js';
import { readSheet } from './read-sheet.js';
import { decideRows, type RowCommand, type RowsOptions, writeRows } from './run-rows.js';
import { sheetError } from './sheet-error.js';
import { columnOfSuggestionError, planSuggestions } from './suggestion-import.js';

/** What a file is imported into: a meeting's suggestions, the measures' progress, a cycle's figures. */
export type ImportTarget =
  | { readonly kind: 'suggestions'; readonly meetingId: string }
  | { readonly kind: 'measures' }
  | { readonly kind: 'indicator-values'; readonly cycleId: string };

export interface ImportOptions extends RowsOptions {
  readonly target: ImportTarget;
  readonly limits?: SheetLimits;
  /** Only the preview: nothing is written. */
  readonly dryRun?: boolean;
}

export interface ImportResult {
  readonly preview: ImportPreview;
  /** Events written: 0 for a dry run, a refused file, or one imported before. */
  readonly written: number;
}

const meetingMissing = (meetingId: string) =>
  sheetError('NOT_FOUND', {
    de: `Eine Veranstaltung „${meetingId.slice(0, 80)}“ gibt es nicht.`,
    en: `There is no meeting "${meetingId.slice(0, 80)}".`,
  });

interface Plan {
  readonly rows: RowPlan[];
  readonly problems: SheetProblem[];
  readonly commands: RowCommand[];
  /** Where a refusal points, where one command carries many rows (else its row, `columnOf`). */
  readonly locate?: (error: DomainError) => { row: number | null; column: string | null };
}

const cycleMissing = (cycleId: string) =>
  sheetError('NOT_FOUND', {
    de: `Einen Berichtszyklus „${cycleId.slice(0, 80)}“ gibt es nicht.`,
    en: `There is no reporting cycle "${cycleId.slice(0, 80)}".`,
  });

const planOf = async (database: Database, file: Buffer, options: ImportOptions) => {
  const table = await readSheet(file, options.limits ?? DEFAULT_SHEET_LIMITS);
  const { target } = options;
  let plan: Plan;
  let columnOf: typeof columnOfSuggestionError;
  /** The import's target, as the caller may see it, or the refusal `missing` makes. */
  const mustSee = async (kind: AggregateKind, id: string, missing: (id: string) => Error) => {
    const [item] = await loadItems(
      database,
      [{ kind, id }],
      undefined,
      readScopeOf(options.caller),
    );
    if (!item) throw missing(id);
  };
  if (target.kind === 'suggestions') {
    await mustSee('Meeting', target.meetingId, meetingMissing);
    plan = await planSuggestions(database, table, target.meetingId);
    columnOf = columnOfSuggestionError;
  } else if (target.kind === 'measures') {
    plan = await planMeasures(database, table);
    columnOf = columnOfMeasureError;
  } else {
    await mustSee('ReportingCycle', target.cycleId, cycleMissing);
    plan = await planIndicatorValues(database, table, target.cycleId);
    columnOf = () => null;
    // The command acts in its first indicator's process: every other row's must allow it too.
    const values = (plan.commands[0]?.command.data as ReportIndicatorValues['data'] | undefined)
      ?.values;
    const refused =
      values &&
      (await refusedValueRow(
        database,
        options.caller,
        values.map((each) => each.indicatorId),
        { actor: options.caller.actor, now: options.now, timeZone: options.timeZone },
      ));
    if (refused && plan.locate) {
      const at = plan.locate(refused);
      plan.problems.push(problem(at.row, at.column, refused.code, refused.messages));
    }
  }
  return { table, plan, columnOf };
};

/**
 * Reads the file, checks every row and decides every command (the preview); unless it is a dry
 * run and when no row has a problem, appends all rows' events in one transaction. A file read a
 * second time finds its rows there and writes nothing.
 */
export const importSheet = async (
  database: Database,
  file: Buffer,
  options: ImportOptions,
): Promise<ImportResult> => {
  const { table, plan, columnOf } = await planOf(database, file, options);
  const problems = [...plan.problems];
  const blocked = problems.some(blocks);
  // Rows with problems are not decided: the domain would only repeat them.
  const outcome = blocked
    ? { failures: [], appends: [], events: 0 }
    : await decideRows(database, plan.commands, options);
  for (const failure of outcome.failures) {
    const at = plan.locate?.(failure.error) ?? {
      row: failure.row,
      column: columnOf(failure.error),
    };
    problems.push(problem(at.row, at.column, failure.error.code, failure.error.messages));
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const ok = !problems.some(blocks);
  const preview: ImportPreview = {
    format: table.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    rows: plan.rows,
    problems,
    counts: countsOf(plan.rows),
    events: outcome.events,
    ok,
  };
  if (!ok || options.dryRun) return { preview, written: 0 };
  try {
    return { preview, written: await writeRows(database, outcome, options.eventMacKey) };
  } catch (error) {
    // Someone changed an item between the preview and the write: nothing was written.
    if (!(error instanceof ConcurrencyError)) throw error;
    throw sheetError('CONFLICT', {
      de: 'Ein Eintrag wurde während des Imports geändert; nichts wurde übernommen. Bitte erneut prüfen.',
      en: 'An item changed during the import; nothing was written. Please check again.',
    });
  }
};
