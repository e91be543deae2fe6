import { DEFAULT_PROCESS_ID } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { parseStreamId } from '../event-log/streams.js';
import { type FeedEvent, readFeed } from '../event-store/index.js';
import { versionKeys } from '../queries/key-set.js';

/** What filters and visibility need to know of the item version an event produced. */
export interface LiveItem {
  readonly kind: string;
  readonly id: string;
  readonly status: string;
  readonly actionFieldIds: readonly string[];
  /** An action field's process (the default one for rows projected before processes). */
  readonly processId?: string;
}

/** A feed event as subscribers receive it: with its item version, if it belongs to an item. */
export interface LiveEvent {
  readonly event: FeedEvent;
  /** Undefined for streams that are not items (and so never public). */
  readonly item: LiveItem | undefined;
}

interface VersionRow {
  kind: string;
  id: string;
  version: number;
  status: string;
  action_field_ids: string[];
  process_id: string | null;
}

const keyOf = (kind: string, id: string, version: number) => `${kind}\u0000${id}\u0000${version}`;

/**
 * The feed after `after`, each event with the item version it produced. One version row per
 * event, found by (kind, id, version), the read model's primary key: one indexed query a batch.
 */
export const readLiveEvents = async (
  runner: SqlRunner,
  after: number,
  limit: number,
): Promise<LiveEvent[]> => {
  const events = await readFeed(runner, { after, limit });
  const refs = events.flatMap((event) => {
    const item = parseStreamId(event.streamId);
    return item ? [{ kind: item.kind, id: item.id, version: event.streamVersion }] : [];
  });
  const rows =
    refs.length === 0
      ? []
      : await runner.rows<VersionRow>(sql`
          SELECT kind, id, version, status, action_field_ids,
            CASE WHEN kind = 'ActionField'
              THEN COALESCE(state->>'processId', ${DEFAULT_PROCESS_ID}) END AS process_id
          FROM item_versions
          WHERE (kind, id, version) IN (${versionKeys(refs)})`);
  const versions = new Map(rows.map((row) => [keyOf(row.kind, row.id, row.version), row]));
  return events.map((event) => {
    const item = parseStreamId(event.streamId);
    const row = item && versions.get(keyOf(item.kind, item.id, event.streamVersion));
    return {
      event,
      item: row && {
        kind: row.kind,
        id: row.id,
        status: row.status,
        actionFieldIds: row.action_field_ids,
        ...(row.process_id === null ? {} : { processId: row.process_id }),
      },
    };
  });
};
