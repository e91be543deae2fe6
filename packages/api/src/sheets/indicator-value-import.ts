import { createHash } from 'node:crypto';
import type { DomainError, ExistingIndicator, ReportIndicatorValues } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import { calendarDay, decimal } from './cell-values.js';
import { INDICATOR_VALUE_COLUMNS } from './columns.js';
import type { RowPlan } from './preview.js';
import { problem, type SheetProblem } from './problems.js';
import { type SheetTable, textOf } from './read-sheet.js';
import type { RowCommand } from './run-rows.js';
import { exportedVersion, headerIn, openExport, staleRow } from './versioned-rows.js';

type Key = (typeof INDICATOR_VALUE_COLUMNS)[number]['key'];

const header = headerIn(INDICATOR_VALUE_COLUMNS);
const INDICATOR = { de: 'Die Kennzahl', en: 'The indicator' };

/** The column of each field of a row of `ReportIndicatorValues` (`values.<n>.<field>`). */
const COLUMN_OF_FIELD: Readonly<Record<string, Key>> = {
  indicatorId: 'indicatorId',
  expectedVersion: 'version',
  value: 'value',
  referenceDate: 'referenceDate',
  source: 'source',
};

type Value = ReportIndicatorValues['data']['values'][number];

/**
 * A row's value id, derived from the cycle, the indicator's version and the figure: the preview
 * and the import decide the same events, and a file imported twice finds its rows unchanged.
 */
const valueIdOf = (cycleId: string, version: number, value: Omit<Value, 'valueId'>) =>
  `kw-${createHash('sha256')
    .update(JSON.stringify([cycleId, version, value]))
    .digest('hex')
    .slice(0, 32)}`;

/**
 * Reads an edited export of the bulk values table: a row whose value, reference date or source
 * differs from its indicator's latest value reports a new one; all such rows become ONE
 * `ReportIndicatorValues` on the cycle (all or none, like the page). A changed row whose indicator
 * moved on since the export (its version) is a conflict, never written.
 */
export const planIndicatorValues = async (
  runner: SqlRunner,
  table: SheetTable,
  cycleId: string,
) => {
  const opened = await openExport<ExistingIndicator>(runner, table, INDICATOR_VALUE_COLUMNS, {
    kind: 'Indicator',
    idKey: 'indicatorId',
  });
  const { problems } = opened;
  if (!opened.complete) {
    return { rows: [], problems, commands: [], locate: () => ({ row: null, column: null }) };
  }
  const { cellsOf, items: indicators } = opened;
  const rows: RowPlan[] = [];
  const values: Value[] = [];
  /** The sheet's row of each value, by its place in the command. */
  const rowOfValue: number[] = [];
  const seen = new Set<string>();
  for (const { number, cells } of table.rows) {
    const cell = cellsOf(cells);
    const fail = (key: Key | null, code: string, message: SheetProblem['message']) =>
      problems.push(problem(number, key ? header(key) : null, code, message));
    const indicatorId = textOf(cell.get('indicatorId'));
    const indicator = indicators.get(indicatorId);
    if (!indicator) {
      fail('indicatorId', 'NOT_FOUND', {
        de: `Eine Kennzahl „${indicatorId.slice(0, 80)}“ gibt es nicht.`,
        en: `There is no indicator "${indicatorId.slice(0, 80)}".`,
      });
      continue;
    }
    const version = exportedVersion(cell.get('version'));
    if ('problem' in version) {
      fail('version', 'INVALID_VALUE', version.problem);
      continue;
    }
    const value = decimal(cell.get('value'));
    const day = calendarDay(cell.get('referenceDate'));
    const source = textOf(cell.get('source'));
    if ('problem' in value) fail('value', 'INVALID_VALUE', value.problem);
    if ('problem' in day) fail('referenceDate', 'INVALID_VALUE', day.problem);
    if ('problem' in value || 'problem' in day) continue;
    const latest = indicator.state.values.at(-1);
    const label = indicator.state.title;
    const empty = value.value === undefined && day.value === undefined && source === '';
    const same =
      latest !== undefined &&
      value.value === latest.value &&
      day.value === latest.referenceDate &&
      source === latest.source;
    if (empty || same) {
      rows.push({ row: number, action: 'unchanged', label });
      continue;
    }
    const required = { de: 'Für einen neuen Wert nötig.', en: 'Needed for a new value.' };
    if (value.value === undefined) fail('value', 'REQUIRED', required);
    if (day.value === undefined) fail('referenceDate', 'REQUIRED', required);
    if (source === '') fail('source', 'REQUIRED', required);
    if (value.value === undefined || day.value === undefined || source === '') continue;
    if (seen.has(indicatorId)) {
      fail('indicatorId', 'DUPLICATE', {
        de: 'Die Kennzahl steht schon in einer früheren Zeile mit einem neuen Wert: ein Wert je Kennzahl und Import.',
        en: 'The indicator has a new value in an earlier row already: one value per indicator and import.',
      });
      continue;
    }
    seen.add(indicatorId);
    if (version.value !== indicator.version) {
      problems.push(
        staleRow(number, header('version'), INDICATOR, indicator.version, version.value),
      );
      continue;
    }
    const figure = { indicatorId, value: value.value, referenceDate: day.value, source };
    values.push({ ...figure, valueId: valueIdOf(cycleId, indicator.version, figure) });
    rowOfValue.push(number);
    rows.push({ row: number, action: 'update', label });
  }
  const [first] = rowOfValue;
  const commands: RowCommand[] =
    first === undefined
      ? []
      : [
          {
            row: first,
            kind: 'ReportingCycle',
            command: { type: 'ReportIndicatorValues', data: { cycleId, values } },
          },
        ];
  /** Where the command's refusal of a row points: that row of the sheet and its column. */
  const locate = (error: DomainError) => {
    const match = /^values\.(\d+)(?:\.(\w+))?/.exec(error.field ?? '');
    const row = match ? rowOfValue[Number(match[1])] : undefined;
    if (row === undefined) return { row: null, column: null };
    const key = match?.[2] === undefined ? undefined : COLUMN_OF_FIELD[match[2]];
    return { row, column: key ? header(key) : null };
  };
  return { rows, problems, commands, locate };
};
