import type { ProvenanceChange } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { RecordedEvent } from '../event-store/index.js';

/** Adds the edges an event creates; closes (never deletes) the ones it removes. */
export const projectProvenance = async (
  runner: SqlRunner,
  event: RecordedEvent,
  changes: readonly ProvenanceChange[],
): Promise<void> => {
  for (const { op, edge } of changes) {
    const { relation, source, target } = edge;
    if (op === 'add') {
      await runner.rows(sql`
        INSERT INTO provenance_edges (relation, source_kind, source_id, target_kind, target_id,
          added_event_id, added_at)
        VALUES (${relation}, ${source.kind}, ${source.id}, ${target.kind}, ${target.id},
          ${event.id}, ${event.recordedAt}::timestamptz)`);
    } else {
      await runner.rows(sql`
        UPDATE provenance_edges SET removed_event_id = ${event.id},
          removed_at = ${event.recordedAt}::timestamptz
        WHERE relation = ${relation} AND source_id = ${source.id} AND target_id = ${target.id}
          AND source_kind = ${source.kind} AND target_kind = ${target.kind}
          AND removed_event_id IS NULL`);
    }
  }
};
