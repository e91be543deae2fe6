import type { AggregateKind } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { type ReadScope, visibleSql } from '../visibility/rules.js';
import { ITEM_COLUMNS, type ItemRow, itemOf } from './items.js';

/** An item named by an event, to be shown as it was when that event was recorded. */
export interface ReferenceAt {
  readonly kind: AggregateKind;
  readonly id: string;
  /** The event's recording time (ISO). */
  readonly at: string;
}

export const referenceKey = (ref: ReferenceAt): string => `${ref.kind}|${ref.id}|${ref.at}`;

/**
 * Each item as its latest version recorded by the moment given with it, all in one query however
 * many moments a page of history holds; one the caller may not see then is left out.
 */
export const referencedItems = async (
  runner: SqlRunner,
  refs: readonly ReferenceAt[],
  scope: ReadScope,
): Promise<Map<string, ItemRow>> => {
  if (refs.length === 0) return new Map();
  const keys = JSON.stringify(refs.map(({ kind, id, at }) => ({ kind, id, at })));
  const rows = await runner.rows<Parameters<ReturnType<typeof itemOf>>[0] & { at: string }>(sql`
    SELECT * FROM (
      SELECT DISTINCT ON (k.kind, k.id, k.at) ${ITEM_COLUMNS}, v.action_field_ids, k.at
      FROM jsonb_to_recordset(${keys}::jsonb) AS k(kind text, id text, at text)
      JOIN item_versions v
        ON v.kind = k.kind AND v.id = k.id AND v.valid_from <= k.at::timestamptz
      ORDER BY k.kind, k.id, k.at, v.version DESC
    ) v
    WHERE ${visibleSql(scope)}`);
  return new Map(
    rows.map((row) => [referenceKey(row), itemOf({ at: row.at, by: 'recorded' })(row)]),
  );
};
