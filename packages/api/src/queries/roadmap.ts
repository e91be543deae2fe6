import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { inProcessOrAll } from '../live/index.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { ITEM_COLUMNS, type ItemRow, itemOf } from './items.js';
import { type TimeTravel, validAt } from './time-travel.js';

type RawItemRow = Parameters<ReturnType<typeof itemOf>>[0];

/** What the roadmap shows: action fields (its lanes), measures and project ideas. */
export interface RoadmapRows {
  readonly actionFields: ItemRow[];
  readonly items: ItemRow[];
}

/**
 * Every action field, measure and project idea as it was at the moment (or now), read from the
 * versioned read model in two queries: no stream replay, no paging. With `actionFieldId`, only
 * that action field and the items in it; with `processId`, only what belongs to that process.
 */
export const roadmapRows = async (
  runner: SqlRunner,
  filter: {
    readonly actionFieldId?: string;
    readonly processId?: string;
    readonly scope?: ReadScope;
  },
  asOf?: TimeTravel,
): Promise<RoadmapRows> => {
  const { actionFieldId } = filter;
  const select = (where: SQL) =>
    runner.rows<RawItemRow>(sql`
      SELECT ${ITEM_COLUMNS} FROM item_versions v
      WHERE ${where} AND v.status <> 'empty' AND ${validAt(asOf)}
        AND ${inProcessOrAll(filter.processId)}
        AND ${visibleSql(filter.scope ?? 'all')}
      ORDER BY v.title, v.id`);
  const [actionFields, items] = await Promise.all([
    select(
      actionFieldId === undefined
        ? sql`v.kind = 'ActionField'`
        : sql`v.kind = 'ActionField' AND v.id = ${actionFieldId}`,
    ),
    select(
      actionFieldId === undefined
        ? sql`v.kind IN ('Measure', 'ProjectIdea')`
        : sql`v.kind IN ('Measure', 'ProjectIdea') AND ${actionFieldId} = ANY(v.action_field_ids)`,
    ),
  ]);
  return { actionFields: actionFields.map(itemOf(asOf)), items: items.map(itemOf(asOf)) };
};
