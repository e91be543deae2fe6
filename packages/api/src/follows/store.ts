import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { Locale } from '../http/locale.js';

/** When a follower hears: at once, or one digest a day or a week (installation's days). */
export type FollowMode = 'immediate' | 'daily' | 'weekly';

export interface Follower {
  readonly id: string;
  readonly userId: string | null;
  readonly email: string | null;
  readonly language: Locale;
  readonly mode: FollowMode;
  readonly manageToken: string;
}

/** A followed item or action field (`targetKind` is the aggregate kind, e.g. `Suggestion`). */
export interface Follow {
  readonly id: string;
  readonly followerId: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly status: 'pending' | 'active';
  readonly source: 'public' | 'member' | 'consultation';
  readonly createdAt: string;
}

export interface FollowerRow {
  id: string;
  user_id: string | null;
  email: string | null;
  language: string;
  mode: string;
  manage_token: string;
}

interface FollowRow {
  id: string;
  follower_id: string;
  target_kind: string;
  target_id: string;
  status: string;
  source: string;
  created_at: string;
  confirmation_hash?: string | null;
  confirm_by?: string | null;
}

export const followerOf = (row: FollowerRow): Follower => ({
  id: row.id,
  userId: row.user_id,
  email: row.email,
  language: row.language === 'en' ? 'en' : 'de',
  mode: row.mode as FollowMode,
  manageToken: row.manage_token,
});

const followOf = (row: FollowRow): Follow => ({
  id: row.id,
  followerId: row.follower_id,
  targetKind: row.target_kind,
  targetId: row.target_id,
  status: row.status as Follow['status'],
  source: row.source as Follow['source'],
  createdAt: new Date(row.created_at).toISOString(),
});

const FOLLOWER = sql`id, user_id, email, language, mode, manage_token`;
const FOLLOW = sql`id, follower_id, target_kind, target_id, status, source, created_at`;

/** Who a follower is: a member by account, anyone by manage token or (public) address. */
export type FollowerKey =
  | { readonly userId: string }
  | { readonly token: string }
  | { readonly email: string };

const whereKey = (key: FollowerKey) =>
  'userId' in key
    ? sql`user_id = ${key.userId}`
    : 'token' in key
      ? sql`manage_token = ${key.token}`
      : sql`user_id IS NULL AND lower(email) = ${key.email.trim().toLowerCase()}`;

export const findFollower = async (
  runner: SqlRunner,
  key: FollowerKey,
): Promise<Follower | undefined> => {
  const [row] = await runner.rows<FollowerRow>(
    sql`SELECT ${FOLLOWER} FROM followers WHERE ${whereKey(key)} ORDER BY created_at LIMIT 1`,
  );
  return row && followerOf(row);
};

export const insertFollower = async (
  runner: SqlRunner,
  follower: Follower & { readonly subjectId?: string; readonly now: string },
): Promise<Follower> => {
  const [row] = await runner.rows<FollowerRow>(sql`
    INSERT INTO followers (id, user_id, email, subject_id, language, mode, manage_token, created_at)
    VALUES (${follower.id}, ${follower.userId}, ${follower.email}, ${follower.subjectId ?? null},
      ${follower.language}, ${follower.mode}, ${follower.manageToken}, ${follower.now})
    ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id
    RETURNING ${FOLLOWER}`);
  if (!row) throw new Error('follower not written');
  return followerOf(row);
};

/**
 * A follow of a target; an existing one of the same follower and target stays as it is, except
 * that a pending one takes the new confirmation (the later mail's link is the one that works).
 */
export const upsertFollow = async (
  runner: SqlRunner,
  follow: Omit<Follow, 'createdAt'> & {
    readonly confirmationHash: string | null;
    readonly confirmBy: string | null;
    readonly fromPosition: number;
    readonly now: string;
  },
): Promise<Follow> => {
  const [row] = await runner.rows<FollowRow>(sql`
    INSERT INTO follows (id, follower_id, target_kind, target_id, status, source,
      confirmation_hash, confirm_by, from_position, created_at)
    VALUES (${follow.id}, ${follow.followerId}, ${follow.targetKind}, ${follow.targetId},
      ${follow.status}, ${follow.source}, ${follow.confirmationHash}, ${follow.confirmBy},
      ${follow.fromPosition}, ${follow.now})
    ON CONFLICT (follower_id, target_kind, target_id) DO UPDATE SET
      confirmation_hash = CASE WHEN follows.status = 'pending' THEN EXCLUDED.confirmation_hash
        ELSE follows.confirmation_hash END,
      confirm_by = CASE WHEN follows.status = 'pending' THEN EXCLUDED.confirm_by
        ELSE follows.confirm_by END,
      status = CASE WHEN EXCLUDED.status = 'active' THEN 'active' ELSE follows.status END
    RETURNING ${FOLLOW}`);
  if (!row) throw new Error('follow not written');
  return followOf(row);
};

export const findFollow = async (
  runner: SqlRunner,
  id: string,
): Promise<
  (Follow & { confirmationHash: string | null; confirmBy: string | null }) | undefined
> => {
  const [row] = await runner.rows<FollowRow>(
    sql`SELECT ${FOLLOW}, confirmation_hash, confirm_by FROM follows WHERE id = ${id}`,
  );
  return (
    row && {
      ...followOf(row),
      confirmationHash: row.confirmation_hash ?? null,
      confirmBy: row.confirm_by ? new Date(row.confirm_by).toISOString() : null,
    }
  );
};

export const activateFollow = async (runner: SqlRunner, id: string, fromPosition: number) => {
  await runner.rows(sql`
    UPDATE follows SET status = 'active', confirmation_hash = NULL, confirm_by = NULL,
      from_position = ${fromPosition}
    WHERE id = ${id}`);
};

export const followsOf = async (runner: SqlRunner, followerId: string): Promise<Follow[]> =>
  (
    await runner.rows<FollowRow>(
      sql`SELECT ${FOLLOW} FROM follows WHERE follower_id = ${followerId} ORDER BY created_at, id`,
    )
  ).map(followOf);

/**
 * Ends a follow; a public follower left without any is deleted with their address (and what
 * waited for their digest). Members keep their settings row: it holds no address.
 */
export const deleteFollow = async (runner: SqlRunner, follow: Follow): Promise<void> => {
  await runner.rows(sql`DELETE FROM follows WHERE id = ${follow.id}`);
  await runner.rows(sql`
    DELETE FROM followers f WHERE f.id = ${follow.followerId} AND f.user_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM follows WHERE follower_id = f.id)`);
};

/** Unsubscribe: the follower, every follow, every waiting digest line and their address. */
export const deleteFollower = async (runner: SqlRunner, id: string): Promise<void> => {
  await runner.rows(sql`DELETE FROM followers WHERE id = ${id}`);
};

export const setFollowerSettings = async (
  runner: SqlRunner,
  id: string,
  settings: { readonly mode?: FollowMode; readonly language?: Locale },
): Promise<void> => {
  await runner.rows(sql`
    UPDATE followers SET mode = COALESCE(${settings.mode ?? null}, mode),
      language = COALESCE(${settings.language ?? null}, language)
    WHERE id = ${id}`);
};

/** Erasure (GDPR Art. 17) of a consultation submitter: their follows go with their address. */
export const deleteFollowersOf = async (runner: SqlRunner, subjectId: string): Promise<number> =>
  (await runner.rows(sql`DELETE FROM followers WHERE subject_id = ${subjectId} RETURNING id`))
    .length;

/** Public follows never confirmed in time, and followers left with nothing to follow. */
export const deleteExpired = async (runner: SqlRunner, now: string): Promise<void> => {
  await runner.rows(
    sql`DELETE FROM follows WHERE status = 'pending' AND confirm_by < ${now}::timestamptz`,
  );
  await runner.rows(sql`
    DELETE FROM followers f WHERE f.user_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM follows WHERE follower_id = f.id)`);
};
