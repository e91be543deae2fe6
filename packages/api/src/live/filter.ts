import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { inProcessesSql } from '../visibility/processes.js';
import { isPublic, type ReadScope } from '../visibility/rules.js';
import type { LiveEvent, LiveItem } from './live-events.js';

/** What a subscriber asked for; every condition given must hold. */
export interface LiveFilter {
  readonly streamId?: string;
  /** Empty means any type, as in the `events` feed. */
  readonly types?: readonly string[];
  /** An action field's own id: its items' events and its own. */
  readonly actionFieldId?: string;
  /** A process's id: its own events, its action fields' and their items' (see `inProcessSql`). */
  readonly process?: ProcessMembership;
}

/**
 * What a subscription knows of the process it filters by: its id, and its action fields, which
 * grow as fields are defined in it (the filter sees the definition before any item names it).
 */
export interface ProcessMembership {
  readonly processId: string;
  readonly actionFieldIds: Set<string>;
}

/** A subscription's view of a process: its action fields now; later ones join as they come. */
export const processMembership = async (
  runner: SqlRunner,
  processId: string,
): Promise<ProcessMembership> => {
  const rows = await runner.rows<{ id: string }>(sql`
    SELECT v.id FROM item_versions v
    WHERE v.kind = 'ActionField' AND v.valid_to IS NULL AND ${inProcessSql(processId)}`);
  return { processId, actionFieldIds: new Set(rows.map((row) => row.id)) };
};

/** A process field of an action field's state; rows projected before processes lack it. */
export const processIdOfField = (state: unknown): string => {
  const value = (state as { processId?: unknown } | null)?.processId;
  return typeof value === 'string' ? value : DEFAULT_PROCESS_ID;
};

/** Whether an item version (alias `v`) belongs to the process (see `inProcessesSql`). */
export const inProcessSql = (processId: string): SQL => inProcessesSql([processId]);

/** `inProcessSql` where a process is given, else no condition (every process). */
export const inProcessOrAll = (processId: string | undefined): SQL =>
  processId === undefined ? sql`true` : inProcessSql(processId);

/** `inProcessSql` for one live event's item; learns the process's new action fields on the way. */
const inProcess = (item: LiveItem | undefined, membership: ProcessMembership): boolean => {
  if (!item) return false;
  const { processId, actionFieldIds } = membership;
  if (item.kind === 'Process') return item.id === processId;
  if (item.kind === 'ActionField') {
    if (item.processId !== processId) return false;
    actionFieldIds.add(item.id);
    return true;
  }
  if (item.actionFieldIds.length === 0) return processId === DEFAULT_PROCESS_ID;
  return item.actionFieldIds.some((id) => actionFieldIds.has(id));
};

/** Whether the item version an event produced belongs to the action field, or is the field. */
const inActionField = (item: LiveItem | undefined, actionFieldId: string): boolean =>
  (item?.kind === 'ActionField' && item.id === actionFieldId) ||
  (item?.actionFieldIds.includes(actionFieldId) ?? false);

/**
 * `inActionField` in SQL, over an item version (alias `v`): the `events` feed and `changes` filter
 * by action field exactly as subscriptions do.
 */
export const inActionFieldSql = (actionFieldId: string): SQL =>
  sql`((v.kind = 'ActionField' AND v.id = ${actionFieldId}) OR ${actionFieldId} = ANY(v.action_field_ids))`;

/**
 * A subscriber's read scope (see `ReadScope`), with the action fields of each process it reads
 * everything in, so that each event is judged without a query.
 */
export type LiveScope = 'all' | readonly ProcessMembership[];

export const liveScopeOf = async (runner: SqlRunner, scope: ReadScope): Promise<LiveScope> =>
  scope === 'all' ? 'all' : Promise.all(scope.map((id) => processMembership(runner, id)));

/** Whether the subscriber may see the item version an event produced. */
const sees = (scope: LiveScope, item: LiveItem | undefined): boolean =>
  scope === 'all' ||
  (item !== undefined &&
    (isPublic(item.kind, item.status) || scope.some((membership) => inProcess(item, membership))));

/**
 * Whether a subscriber receives an event. Outside the processes it reads everything in (partners
 * and anonymous callers: everywhere) it receives an event only if the item version it produced
 * is public: a draft never reaches them, nor does any event of a stream that is not an item.
 */
export const acceptsFor =
  (filter: LiveFilter, scope: LiveScope) =>
  ({ event, item }: LiveEvent): boolean => {
    if (!sees(scope, item)) return false;
    if (filter.streamId !== undefined && event.streamId !== filter.streamId) return false;
    if (filter.types?.length && !filter.types.includes(event.type)) return false;
    if (filter.actionFieldId !== undefined && !inActionField(item, filter.actionFieldId)) {
      return false;
    }
    if (filter.process !== undefined && !inProcess(item, filter.process)) return false;
    return true;
  };
