import { AGGREGATES, type AnyCommand, DEFAULT_PROCESS_ID, kindOfCommand } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { processIdOfField } from '../live/index.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringsAt = (data: Readonly<Record<string, unknown>>, key: string): string[] => {
  const value = data[key];
  return Array.isArray(value) ? value.filter((each) => typeof each === 'string') : [];
};

/** The process of the first of these action fields that exists; undefined if none does. */
const processOfFields = async (
  runner: SqlRunner,
  actionFieldIds: readonly string[],
): Promise<string | undefined> => {
  if (actionFieldIds.length === 0) return undefined;
  const rows = await runner.rows<{ id: string; state: unknown }>(sql`
    SELECT id, state FROM item_versions
    WHERE kind = 'ActionField' AND valid_to IS NULL AND id IN (${sqlList(actionFieldIds)})`);
  const byId = new Map(rows.map((row) => [row.id, processIdOfField(row.state)]));
  return actionFieldIds.map((id) => byId.get(id)).find((found) => found !== undefined);
};

/**
 * The strategy process a command acts in, for authorization by process (roles per process): a
 * process's own commands name it; an action field's definition names it, any other command on
 * a field finds it there; a command naming action fields (creating or re-filing an item) acts in
 * the process of the first of them; any other command acts in the process of its target's
 * action fields (an indicator: its subject's; a command naming a measure: that measure's).
 * Whatever covers no action field (or targets nothing known) belongs to the
 * default process, as everything did before processes. An item covering fields of several
 * processes answers with its first field's process.
 */
export const processOfCommand = async (runner: SqlRunner, command: AnyCommand): Promise<string> => {
  const kind = kindOfCommand(command.type);
  const data = isRecord(command.data) ? command.data : {};
  if (kind === 'Process' || command.type === 'DefineActionField') {
    return typeof data.processId === 'string' ? data.processId : DEFAULT_PROCESS_ID;
  }
  const named = await processOfFields(runner, [
    ...stringsAt(data, 'actionFieldIds'),
    ...stringsAt(data, 'addedActionFieldIds'),
    ...(typeof data.actionFieldId === 'string' ? [data.actionFieldId] : []),
  ]);
  if (named !== undefined) return named;
  if (kind === undefined) return DEFAULT_PROCESS_ID;
  // A Lagebild command names the measure it is about (an indicator's, a status report's): it
  // acts where that measure does. A reporting cycle covers every process and names none.
  if (typeof data.measureId === 'string' && kind !== 'Measure') {
    return processOfItem(runner, 'Measure', data.measureId);
  }
  // Figures reported in bulk for a cycle act where their indicators do (the first one's; the
  // API checks the caller may report on every other one's too).
  const [first] = Array.isArray(data.values) ? data.values : [];
  if (kind === 'ReportingCycle' && isRecord(first) && typeof first.indicatorId === 'string') {
    return processOfItem(runner, 'Indicator', first.indicatorId);
  }
  return processOfItem(runner, kind, AGGREGATES[kind].targetOf(command));
};

/** The process of an existing item: its action fields', an indicator's subject's. */
const processOfItem = async (runner: SqlRunner, kind: string, id: string): Promise<string> => {
  const [row] = await runner.rows<{ action_field_ids: string[]; state: unknown }>(sql`
    SELECT action_field_ids, state FROM item_versions
    WHERE kind = ${kind} AND id = ${id} AND valid_to IS NULL`);
  if (!row) return DEFAULT_PROCESS_ID;
  if (kind === 'ActionField') return processIdOfField(row.state);
  const subject = isRecord(row.state) && isRecord(row.state.subject) ? row.state.subject : {};
  if (kind === 'Indicator' && typeof subject.kind === 'string' && typeof subject.id === 'string') {
    return processOfItem(runner, subject.kind, subject.id);
  }
  return (await processOfFields(runner, row.action_field_ids)) ?? DEFAULT_PROCESS_ID;
};
