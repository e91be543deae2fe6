import type { AggregateKind } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { inActionFieldSql, inProcessOrAll } from '../live/index.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import {
  ENTRY_COLUMNS,
  ENTRY_JOINS,
  type EntryRow,
  entryOf,
  type HistoryEntry,
} from './history.js';
import type { ItemRef } from './items.js';
import { itemKeys } from './key-set.js';

/** A time window over the item versions, and what the caller may see of it. */
export interface ChangeWindow {
  /** Inclusive. */
  readonly since: string;
  /** Exclusive; open to now when absent. */
  readonly until?: string;
  /** Recording time (`valid_from`) or occurrence time. */
  readonly by: 'recorded' | 'occurred';
  readonly actionFieldId?: string;
  readonly processId?: string;
  readonly scope: ReadScope;
}

/** One item's events within a window, in order. */
export interface ItemChangesRow extends ItemRef {
  /** The action fields of the item's last version in the window. */
  readonly actionFieldIds: readonly string[];
  readonly entries: HistoryEntry[];
}

/** Over an item version (alias `v`): it lies in the window and the caller may see it. */
const inWindow = (window: ChangeWindow): SQL => {
  const at = window.by === 'recorded' ? sql`v.valid_from` : sql`v.occurred_at`;
  return sql.join(
    [
      sql`${at} >= ${window.since}::timestamptz`,
      window.until === undefined ? sql`true` : sql`${at} < ${window.until}::timestamptz`,
      window.actionFieldId === undefined ? sql`true` : inActionFieldSql(window.actionFieldId),
      inProcessOrAll(window.processId),
      visibleSql(window.scope),
    ],
    sql` AND `,
  );
};

/** The items changed within the window, at most `limit` of them (in no particular order). */
export const changedItems = (
  runner: SqlRunner,
  window: ChangeWindow,
  limit: number,
): Promise<ItemRef[]> =>
  runner.rows<ItemRef>(sql`
    SELECT DISTINCT v.kind, v.id FROM item_versions v WHERE ${inWindow(window)} LIMIT ${limit}`);

/** The items' events within the window, each with the fields it changed: one query. */
export const itemChanges = async (
  runner: SqlRunner,
  window: ChangeWindow,
  items: readonly ItemRef[],
): Promise<ItemChangesRow[]> => {
  if (items.length === 0) return [];
  const rows = await runner.rows<
    EntryRow & { kind: AggregateKind; id: string; action_field_ids: string[]; before: unknown }
  >(sql`
    SELECT v.kind, v.id, v.action_field_ids, ${ENTRY_COLUMNS},
      (SELECT b.state FROM item_versions b
        WHERE b.kind = v.kind AND b.id = v.id AND b.version = v.version - 1) AS before
    FROM item_versions v ${ENTRY_JOINS}
    WHERE (v.kind, v.id) IN (${itemKeys(items)}) AND ${inWindow(window)}
    ORDER BY v.kind, v.id, v.version`);
  const byItem = new Map<string, ItemChangesRow>();
  for (const row of rows) {
    const key = `${row.kind}|${row.id}`;
    const entries = byItem.get(key)?.entries ?? [];
    entries.push(entryOf(row, row.before));
    byItem.set(key, { kind: row.kind, id: row.id, actionFieldIds: row.action_field_ids, entries });
  }
  return [...byItem.values()];
};
