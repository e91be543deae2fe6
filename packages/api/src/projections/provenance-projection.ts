import type { ProvenanceChange } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { RecordedEvent } from '../event-store/index.js';

/** One event's provenance changes, in the order the events were recorded. */
export interface EventProvenance {
  readonly event: RecordedEvent;
  readonly changes: readonly ProvenanceChange[];
}

interface EdgeRow {
  relation: string;
  source_kind: string;
  source_id: string;
  target_kind: string;
  target_id: string;
  added_event_id: number;
  added_at: string;
  removed_event_id: number | null;
  removed_at: string | null;
}

/**
 * Adds the edges events create; closes (never deletes) the ones they remove. Set-based, two
 * statements for any number of events, with the meaning of applying them one by one: a removal
 * closes every open edge of its kind, those stored before (the first removal in the batch closes
 * them) and those added earlier in the batch.
 */
export const projectProvenance = async (
  runner: SqlRunner,
  batch: readonly EventProvenance[],
): Promise<void> => {
  const added: EdgeRow[] = [];
  const open = new Map<string, EdgeRow[]>();
  const storedRemovals = new Map<string, EdgeRow>();
  for (const { event, changes } of batch) {
    for (const { op, edge } of changes) {
      const { relation, source, target } = edge;
      const key = JSON.stringify([relation, source.kind, source.id, target.kind, target.id]);
      if (op === 'add') {
        const row: EdgeRow = {
          relation,
          source_kind: source.kind,
          source_id: source.id,
          target_kind: target.kind,
          target_id: target.id,
          added_event_id: event.id,
          added_at: event.recordedAt,
          removed_event_id: null,
          removed_at: null,
        };
        added.push(row);
        open.set(key, [...(open.get(key) ?? []), row]);
        continue;
      }
      for (const row of open.get(key) ?? []) {
        row.removed_event_id = event.id;
        row.removed_at = event.recordedAt;
      }
      open.delete(key);
      if (!storedRemovals.has(key)) {
        storedRemovals.set(key, {
          relation,
          source_kind: source.kind,
          source_id: source.id,
          target_kind: target.kind,
          target_id: target.id,
          added_event_id: 0,
          added_at: event.recordedAt,
          removed_event_id: event.id,
          removed_at: event.recordedAt,
        });
      }
    }
  }
  // Removals first: they must not close the edges this batch adds (those are closed above).
  if (storedRemovals.size > 0) {
    await runner.rows(sql`
      UPDATE provenance_edges e SET removed_event_id = r.removed_event_id, removed_at = r.removed_at
      FROM jsonb_to_recordset(${JSON.stringify([...storedRemovals.values()])}::jsonb) AS r(
        relation text, source_kind text, source_id text, target_kind text, target_id text,
        removed_event_id bigint, removed_at timestamptz)
      WHERE e.relation = r.relation AND e.source_id = r.source_id AND e.target_id = r.target_id
        AND e.source_kind = r.source_kind AND e.target_kind = r.target_kind
        AND e.removed_event_id IS NULL`);
  }
  if (added.length > 0) {
    await runner.rows(sql`
      INSERT INTO provenance_edges (relation, source_kind, source_id, target_kind, target_id,
        added_event_id, added_at, removed_event_id, removed_at)
      SELECT relation, source_kind, source_id, target_kind, target_id, added_event_id, added_at,
        removed_event_id, removed_at
      FROM jsonb_to_recordset(${JSON.stringify(added)}::jsonb) AS r(
        relation text, source_kind text, source_id text, target_kind text, target_id text,
        added_event_id bigint, added_at timestamptz, removed_event_id bigint, removed_at timestamptz)`);
  }
};
