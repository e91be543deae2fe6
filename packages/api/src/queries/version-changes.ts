import type { AggregateKind } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { diffStates, type FieldChange } from './history.js';
import { versionKeys } from './key-set.js';

/** An item version: what one event of an item's stream produced. */
export interface VersionRef {
  readonly kind: AggregateKind;
  readonly id: string;
  readonly version: number;
}

export const versionKey = (ref: { kind: string; id: string; version: number }): string =>
  `${ref.kind}|${ref.id}|${ref.version}`;

/** The fields each version changed against the one before, as in an item's history. */
export const versionChanges = async (
  runner: SqlRunner,
  refs: readonly VersionRef[],
): Promise<Map<string, FieldChange[]>> => {
  if (refs.length === 0) return new Map();
  // Both versions by primary key, in one query for a whole page of events.
  const rows = await runner.rows<{
    kind: string;
    id: string;
    version: number;
    state: unknown;
    before: unknown;
  }>(sql`
    SELECT v.kind, v.id, v.version, v.state, b.state AS before
    FROM item_versions v
    LEFT JOIN item_versions b ON b.kind = v.kind AND b.id = v.id AND b.version = v.version - 1
    WHERE (v.kind, v.id, v.version) IN (${versionKeys(refs)})`);
  return new Map(rows.map((row) => [versionKey(row), diffStates(row.before, row.state)]));
};
