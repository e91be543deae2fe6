import type { AggregateKind } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import { inProcessOrAll } from '../live/index.js';
import { searchMatchSql, searchScoreSql } from '../search/match.js';
import type { SearchQuery } from '../search/query.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { countItemVersions, ITEM_COLUMNS, type ItemRow, itemOf, type RawItemRow } from './items.js';
import { type TimeTravel, validAt } from './time-travel.js';

/** Where a page of search results continues: after this score, title and id. */
export interface SearchPosition {
  readonly score: number;
  readonly title: string;
  readonly id: string;
}

export interface SearchHit {
  readonly item: ItemRow;
  readonly score: number;
}

export interface SearchFilter {
  readonly query: SearchQuery;
  readonly kinds: readonly AggregateKind[];
  /** Only what belongs to this process (see `inProcessSql`). */
  readonly processId?: string;
  readonly scope: ReadScope;
}

/** The items a search matches (of `item_versions v`): its kinds, as of `asOf`, visible, in process. */
const matchingSql = (
  filter: SearchFilter,
  asOf?: TimeTravel,
): SQL => sql`v.kind IN (${sqlList(filter.kinds)})
  AND ${validAt(asOf)} AND ${visibleSql(filter.scope)}
  AND ${searchMatchSql(filter.query)} AND ${inProcessOrAll(filter.processId)}`;

/** Items of the given kinds matching the search, best first (then by title and id). */
export const searchItems = async (
  runner: SqlRunner,
  filter: SearchFilter,
  page: { readonly first: number; readonly after?: SearchPosition },
  asOf?: TimeTravel,
): Promise<SearchHit[]> => {
  const { after } = page;
  const continueAfter: SQL = after
    ? sql`(h.score < ${after.score} OR (h.score = ${after.score} AND (h.title, h.id) > (${after.title}, ${after.id})))`
    : sql`true`;
  const rows = await runner.rows<RawItemRow & { score: number }>(sql`
    SELECT * FROM (
      SELECT ${ITEM_COLUMNS}, ${searchScoreSql(filter.query)} AS score
      FROM item_versions v
      WHERE ${matchingSql(filter, asOf)}
    ) h
    WHERE ${continueAfter}
    ORDER BY h.score DESC, h.title, h.id
    LIMIT ${page.first}`);
  return rows.map((row) => ({ item: itemOf(asOf)(row), score: Number(row.score) }));
};

/** How many items match a search (all pages). */
export const countSearchHits = (runner: SqlRunner, filter: SearchFilter, asOf?: TimeTravel) =>
  countItemVersions(runner, matchingSql(filter, asOf));
