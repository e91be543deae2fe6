import type { LocalizedMessage } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { integer, type Parsed } from './cell-values.js';
import { cellsByKey, matchHeader, missingColumns, type SheetColumn } from './columns.js';
import { problem, type SheetProblem } from './problems.js';
import { type CellValue, type SheetTable, textOf } from './read-sheet.js';

/*
 * What every bulk update of an export shares (measures, indicator values): its rows name an item
 * and the version it had when exported; a changed row of an item that moved on is a conflict.
 */

/** A column's German header, as the user sees it in Excel, by its key. */
export const headerIn =
  <C extends readonly SheetColumn[]>(columns: C) =>
  (key: C[number]['key']): string =>
    (columns.find((candidate) => candidate.key === key) as SheetColumn).header.de;

/** The current rows of the items a file names, by id. */
const currentRows = async <S>(runner: SqlRunner, kind: string, ids: readonly string[]) =>
  new Map(
    (
      await runner.rows<{ id: string; version: number; state: S }>(sql`
        SELECT id, version, state FROM item_versions WHERE kind = ${kind} AND valid_to IS NULL
          AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`)
    ).map((row) => [row.id, row]),
  );

/** The row's version as exported, or why it is unusable. */
export const exportedVersion = (cell: CellValue | undefined): Parsed<number> => {
  const version = integer(cell, 1, Number.MAX_SAFE_INTEGER);
  return 'problem' in version || version.value === undefined
    ? {
        problem: {
          de: 'Die Version fehlt oder ist keine Zahl: bitte den Export unverändert lassen.',
          en: 'The version is missing or not a number: please leave the export’s column as it is.',
        },
      }
    : { value: version.value };
};

/** A changed row whose item moved on since the export: `what` names the item ("Die Maßnahme"). */
export const staleRow = (
  row: number,
  column: string,
  what: LocalizedMessage,
  current: number,
  exported: number,
): SheetProblem =>
  problem(
    row,
    column,
    'CONFLICT',
    {
      de: `${what.de} wurde seit dem Export geändert (jetzt Version ${current}, in der Datei ${exported}): bitte neu exportieren und die Änderung dort eintragen.`,
      en: `${what.en} changed since the export (now version ${current}, ${exported} in the file): please export again and enter the change there.`,
    },
    'conflict',
  );

/**
 * An edited export opened: its header matched (a problem per column it lacks, and then nothing
 * else), each row's cells by column key, and the current rows of the items its `idKey` names.
 */
export const openExport = async <S>(
  runner: SqlRunner,
  table: SheetTable,
  columns: readonly SheetColumn[],
  item: { readonly kind: string; readonly idKey: string },
) => {
  const matched = matchHeader(columns, table.header);
  const problems = missingColumns(columns, matched, {
    de: 'bitte den Export verwenden',
    en: 'please use the export',
  });
  if (problems.length > 0) return { complete: false as const, problems };
  const cellsOf = (cells: readonly (CellValue | undefined)[]) =>
    cellsByKey<string, CellValue | undefined>(matched, cells);
  const wanted = [...new Set(table.rows.map((row) => textOf(cellsOf(row.cells).get(item.idKey))))];
  const items = await currentRows<S>(runner, item.kind, wanted);
  return { complete: true as const, problems, cellsOf, items };
};
