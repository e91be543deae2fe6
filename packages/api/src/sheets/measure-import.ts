import type { DomainError, ExistingMeasure } from '@fahrplan/domain';
import type { SqlRunner } from '../database/index.js';
import { calendarDay, integer, yesNo } from './cell-values.js';
import { MEASURE_COLUMNS } from './columns.js';
import type { RowPlan } from './preview.js';
import { problem, type SheetProblem } from './problems.js';
import { type SheetTable, textOf } from './read-sheet.js';
import type { RowCommand } from './run-rows.js';
import { exportedVersion, headerIn, openExport, staleRow } from './versioned-rows.js';

type Key = (typeof MEASURE_COLUMNS)[number]['key'];

const header = headerIn(MEASURE_COLUMNS);
const MEASURE = { de: 'Die Maßnahme', en: 'The measure' };

const COLUMN_OF_FIELD: Readonly<Record<string, Key>> = {
  progress: 'progress',
  dueDate: 'dueDate',
  milestoneId: 'milestoneId',
  measureId: 'measureId',
};

export const columnOfMeasureError = (error: DomainError): string | null => {
  const key = error.field ? COLUMN_OF_FIELD[error.field] : undefined;
  return key ? header(key) : null;
};

/**
 * Reads an edited export of measures and milestones: only a cell that differs from the
 * measure's current state becomes a command (progress, due date, reached); a changed row whose
 * measure moved on since the export (its version) is a conflict, never overwritten.
 */
export const planMeasures = async (runner: SqlRunner, table: SheetTable) => {
  const opened = await openExport<ExistingMeasure>(runner, table, MEASURE_COLUMNS, {
    kind: 'Measure',
    idKey: 'measureId',
  });
  const { problems } = opened;
  if (!opened.complete) return { rows: [], problems, commands: [] };
  const { cellsOf, items: measures } = opened;
  const rows: RowPlan[] = [];
  const commands: RowCommand[] = [];
  for (const { number, cells } of table.rows) {
    const cell = cellsOf(cells);
    const fail = (key: Key | null, code: string, message: SheetProblem['message']) =>
      problems.push(problem(number, key ? header(key) : null, code, message));
    const measureId = textOf(cell.get('measureId'));
    const measure = measures.get(measureId);
    if (!measure) {
      fail('measureId', 'NOT_FOUND', {
        de: `Eine Maßnahme „${measureId.slice(0, 80)}“ gibt es nicht.`,
        en: `There is no measure "${measureId.slice(0, 80)}".`,
      });
      continue;
    }
    const version = exportedVersion(cell.get('version'));
    if ('problem' in version) {
      fail('version', 'INVALID_VALUE', version.problem);
      continue;
    }
    const milestoneId = textOf(cell.get('milestoneId'));
    const target = { measureId };
    const changes: RowCommand['command'][] = [];
    let label = measure.state.title;
    if (milestoneId === '') {
      const progress = integer(cell.get('progress'), 0, 100);
      if ('problem' in progress) {
        fail('progress', 'INVALID_VALUE', progress.problem);
        continue;
      }
      if (progress.value !== undefined && progress.value !== measure.state.progress) {
        changes.push({
          type: 'ReportMeasureProgress',
          data: { ...target, progress: progress.value },
        });
      }
    } else {
      const milestone = measure.state.milestones.find((m) => m.milestoneId === milestoneId);
      if (!milestone) {
        fail('milestoneId', 'NOT_FOUND', {
          de: `Die Maßnahme hat keinen Meilenstein „${milestoneId.slice(0, 80)}“.`,
          en: `The measure has no milestone "${milestoneId.slice(0, 80)}".`,
        });
        continue;
      }
      label = `${measure.state.title} – ${milestone.title}`;
      const due = calendarDay(cell.get('dueDate'));
      const reached = yesNo(cell.get('reached'));
      if ('problem' in due) fail('dueDate', 'INVALID_VALUE', due.problem);
      if ('problem' in reached) fail('reached', 'INVALID_VALUE', reached.problem);
      if ('problem' in due || 'problem' in reached) continue;
      if (due.value !== undefined && due.value !== milestone.dueDate) {
        changes.push({
          type: 'RescheduleMilestone',
          data: { ...target, milestoneId, dueDate: due.value },
        });
      }
      if (reached.value && milestone.reachedAt === undefined) {
        changes.push({ type: 'ReachMilestone', data: { ...target, milestoneId } });
      } else if (!reached.value && milestone.reachedAt !== undefined) {
        fail('reached', 'MILESTONE_REACHED', {
          de: 'Der Meilenstein ist schon erreicht; das lässt sich nicht zurücknehmen.',
          en: 'The milestone is reached already; that cannot be taken back.',
        });
        continue;
      }
    }
    if (changes.length > 0 && version.value !== measure.version) {
      problems.push(staleRow(number, header('version'), MEASURE, measure.version, version.value));
      continue;
    }
    rows.push({ row: number, action: changes.length > 0 ? 'update' : 'unchanged', label });
    for (const command of changes) commands.push({ row: number, kind: 'Measure', command });
  }
  return { rows, problems, commands };
};
