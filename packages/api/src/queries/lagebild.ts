import type { AggregateKind } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { inActionFieldSql, inProcessOrAll } from '../live/index.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { ITEM_COLUMNS, type ItemRow, itemOf, type RawItemRow } from './items.js';
import { type TimeTravel, validAt } from './time-travel.js';

/** Where a Lagebild answer looks: an action field, a process, what the caller may see. */
export interface LagebildFilter {
  readonly actionFieldId?: string;
  readonly processId?: string;
  /** What the caller reads in full (see `ReadScope`). */
  readonly scope: ReadScope;
}

/** Every item of the kinds as at the moment (or now), in one query, by title: no paging. */
export const itemsOfKinds = async (
  runner: SqlRunner,
  kinds: readonly AggregateKind[],
  filter: LagebildFilter,
  asOf: TimeTravel | undefined,
): Promise<ItemRow[]> => {
  const where: SQL[] = [
    sql`v.kind IN (${sqlList(kinds)})`,
    sql`v.status <> 'empty'`,
    validAt(asOf),
    inProcessOrAll(filter.processId),
    visibleSql(filter.scope),
  ];
  if (filter.actionFieldId !== undefined) where.push(inActionFieldSql(filter.actionFieldId));
  const rows = await runner.rows<RawItemRow>(sql`
    SELECT ${ITEM_COLUMNS} FROM item_versions v
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY v.title, v.id`);
  return rows.map(itemOf(asOf));
};

/** The measures of a Lagebild and the indicators on them or on its action fields. */
export interface LagebildRows {
  readonly measures: ItemRow<'Measure'>[];
  readonly indicators: ItemRow<'Indicator'>[];
}

/**
 * The measures in the filter's action field / process, and every indicator whose subject is one
 * of them or one of those action fields. Indicators cover no action field of their own: they
 * belong where their subject does, so they are matched here, not in SQL.
 */
export const lagebildRows = async (
  runner: SqlRunner,
  filter: LagebildFilter,
  asOf: TimeTravel | undefined,
): Promise<LagebildRows> => {
  const [scoped, indicators] = await Promise.all([
    itemsOfKinds(runner, ['ActionField', 'Measure'], filter, asOf),
    itemsOfKinds(runner, ['Indicator'], { scope: filter.scope }, asOf),
  ]);
  const subjects = new Set(scoped.map((row) => `${row.kind}:${row.id}`));
  return {
    measures: scoped.filter((row): row is ItemRow<'Measure'> => row.kind === 'Measure'),
    indicators: indicators.filter(
      (row): row is ItemRow<'Indicator'> =>
        row.kind === 'Indicator' &&
        subjects.has(`${row.state.subject.kind}:${row.state.subject.id}`),
    ),
  };
};
