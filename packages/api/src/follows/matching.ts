import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';
import type { FeedEvent } from '../event-store/index.js';
import type { Locale } from '../http/locale.js';
import { type FollowerRow, type FollowMode, followerOf } from './store.js';

/** The item an event is news about: its own, or the measure a status report is on. */
export interface NewsSubject {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly actionFieldIds: readonly string[];
  /** The event made the item's first version: news for its action fields. */
  readonly isNew: boolean;
}

export const subjectOf = async (
  runner: SqlRunner,
  event: FeedEvent,
): Promise<NewsSubject | undefined> => {
  const measureId = typeof event.data.measureId === 'string' ? event.data.measureId : undefined;
  const [row] = await runner.rows<{
    kind: string;
    id: string;
    title: string;
    action_field_ids: string[];
    version: number;
  }>(
    measureId && event.streamType === 'ReportingCycle'
      ? sql`SELECT kind, id, title, action_field_ids, 0 AS version FROM item_versions
          WHERE kind = 'Measure' AND id = ${measureId} AND valid_to IS NULL LIMIT 1`
      : sql`SELECT kind, id, title, action_field_ids, version FROM item_versions
          WHERE event_id = ${event.id} LIMIT 1`,
  );
  return (
    row && {
      kind: row.kind,
      id: row.id,
      title: row.title,
      actionFieldIds: row.action_field_ids,
      isNew: Number(row.version) === 1,
    }
  );
};

/** A follower the event may concern, as the worker needs them. */
export interface Candidate {
  readonly followerId: string;
  readonly userId: string | null;
  readonly email: string | null;
  readonly subjectId: string | null;
  readonly language: Locale;
  readonly mode: FollowMode;
  readonly manageToken: string;
  /** Through a follow of the item or one upstream of it (else: only of its action field). */
  readonly viaItem: boolean;
}

/** A follower's row with its data subject and whether a follow of an item reached it. */
export interface CandidateRow extends Omit<FollowerRow, 'id'> {
  follower_id: string;
  subject_id: string | null;
  via_item: boolean;
}

export const candidateOf = (row: CandidateRow): Candidate => {
  const { id, ...follower } = followerOf({ ...row, id: row.follower_id });
  return { followerId: id, ...follower, subjectId: row.subject_id, viaItem: row.via_item === true };
};

/**
 * Active followers of the subject, of anything upstream of it in the provenance graph (a
 * followed suggestion hears of the recommendation it fed and the measure adopted from that), or
 * (`fields`) of its action fields; only follows that counted before the event.
 */
export const candidatesFor = async (
  runner: SqlRunner,
  subject: NewsSubject,
  position: number,
  fields: boolean,
): Promise<Candidate[]> => {
  const fieldIds = fields ? subject.actionFieldIds : [];
  const rows = await runner.rows<CandidateRow>(sql`
    WITH RECURSIVE up(kind, id) AS (
      SELECT ${subject.kind}::text, ${subject.id}::text
      UNION
      SELECT e.source_kind, e.source_id FROM provenance_edges e
      JOIN up ON e.target_kind = up.kind AND e.target_id = up.id
      WHERE e.removed_event_id IS NULL)
    SELECT fo.id AS follower_id, fo.user_id, fo.email, fo.subject_id, fo.language, fo.mode,
      fo.manage_token,
      bool_or(f.target_kind <> 'ActionField') AS via_item
    FROM follows f JOIN followers fo ON fo.id = f.follower_id
    WHERE f.status = 'active' AND f.from_position < ${position}
      -- An action field's follow hears of new items in it, not of everything linked to it.
      AND ((f.target_kind <> 'ActionField'
          AND EXISTS (SELECT 1 FROM up WHERE up.kind = f.target_kind AND up.id = f.target_id))
        ${
          fieldIds.length === 0
            ? sql``
            : sql`OR (f.target_kind = 'ActionField' AND f.target_id IN (${sqlList(fieldIds)}))`
        })
    GROUP BY fo.id, fo.user_id, fo.email, fo.subject_id, fo.language, fo.mode, fo.manage_token`);
  return rows.map(candidateOf);
};

/** Whether anyone follows anything: a catch-up over a long log reads nothing else. */
export const anyoneFollows = async (runner: SqlRunner): Promise<boolean> =>
  (await runner.rows(sql`SELECT 1 FROM follows WHERE status = 'active' LIMIT 1`)).length > 0;
