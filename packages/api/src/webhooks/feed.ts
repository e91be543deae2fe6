import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import type { JsonObject } from '../event-store/index.js';
import { inActionFieldSql } from '../live/index.js';

/** An event as the partner's `events` feed shows it (`node`), with what a delivery needs of it. */
export interface FeedEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly node: JsonObject;
}

/** A page of a token's feed: the events it may see, and how far the page read. */
export interface FeedPage {
  readonly entries: readonly FeedEntry[];
  /**
   * How far the page has read (at least `after`): up to the head when it was not full, so events
   * the filters pass over are not read again.
   */
  readonly readTo: number;
  readonly hasMore: boolean;
}

/**
 * The `events` feed as the token would read it (composition: the GraphQL feed itself, so the
 * shape and the visibility rules are the feed's); `undefined` for a revoked or unknown token.
 */
export type FeedReader = (request: {
  readonly tokenId: string;
  readonly after: number;
  readonly first: number;
  readonly eventTypes: readonly string[];
}) => Promise<FeedPage | undefined>;

/**
 * Of these feed positions, those of events of items in one of the action fields (or of the fields
 * themselves), as the feed's and subscriptions' `actionField` filter judges it.
 */
export const inActionFields = async (
  runner: SqlRunner,
  positions: readonly number[],
  actionFieldIds: readonly string[],
): Promise<Set<number>> => {
  if (positions.length === 0) return new Set();
  const rows = await runner.rows<{ position: string | number }>(sql`
    SELECT c.position FROM event_chain c
    WHERE c.position IN (${sqlList(positions)})
      AND EXISTS (SELECT 1 FROM item_versions v WHERE v.event_id = c.event_id AND (${sql.join(
        actionFieldIds.map(inActionFieldSql),
        sql` OR `,
      )}))`);
  return new Set(rows.map((row) => Number(row.position)));
};
