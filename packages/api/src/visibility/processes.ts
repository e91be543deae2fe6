import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { sqlList } from '../database/sql-list.js';

/**
 * Whether an item version (alias given) belongs to one of these processes: a process itself, its
 * action fields, and items covering one of them. Items that cover no action field belong to the
 * default process, as everything did before processes. Computed on read, so no stored row needs
 * filling in; action fields never move between processes, so the current fields answer for every
 * past version too. The action fields of the processes are one uncorrelated subquery: PostgreSQL
 * reads them once per statement, not once per row.
 */
export const inProcessesSql = (processIds: readonly string[], alias = 'v'): SQL => {
  if (processIds.length === 0) return sql`false`;
  const v = sql.raw(alias);
  const ids = sqlList(processIds);
  return sql`((${v}.kind = 'Process' AND ${v}.id IN (${ids}))
    OR (${v}.kind = 'ActionField' AND COALESCE(${v}.state->>'processId', ${DEFAULT_PROCESS_ID}) IN (${ids}))
    OR (${v}.kind NOT IN ('Process', 'ActionField') AND (${v}.action_field_ids && ARRAY(
      SELECT f.id FROM item_versions f WHERE f.kind = 'ActionField' AND f.valid_to IS NULL
        AND COALESCE(f.state->>'processId', ${DEFAULT_PROCESS_ID}) IN (${ids}))
      ${processIds.includes(DEFAULT_PROCESS_ID) ? sql`OR cardinality(${v}.action_field_ids) = 0` : sql``})))`;
};
