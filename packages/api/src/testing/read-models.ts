import { sql } from 'drizzle-orm';
import type { Database } from '../database/index.js';

/**
 * Every projected row, in a fixed order: two ways of building the read models (inline while
 * writing, bulk, or a rebuild) must leave the same rows behind.
 */
export const readModelRows = async (database: Database) => ({
  versions: await database.rows(sql`
    SELECT kind, id, version, status, title, action_field_ids, state, search::text, search_text,
      event_id, event_type, occurred_at, valid_from, valid_to
    FROM item_versions ORDER BY kind, id, version`),
  edges: await database.rows(sql`
    SELECT relation, source_kind, source_id, target_kind, target_id, added_event_id, added_at,
      removed_event_id, removed_at
    FROM provenance_edges
    ORDER BY added_event_id, relation, source_kind, source_id, target_kind, target_id`),
});
