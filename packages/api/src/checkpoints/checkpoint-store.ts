import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { SignedCheckpoint } from './checkpoint.js';

/** A checkpoint as stored: `id` orders them (the cursor of `checkpoints`). */
export interface StoredCheckpoint extends SignedCheckpoint {
  readonly id: number;
}

interface CheckpointRow {
  id: number | string;
  position: number | string;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

const COLUMNS = sql.raw(`id, position, hash, key_id, signature,
  to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS signed_at`);

const checkpointOf = (row: CheckpointRow): StoredCheckpoint => ({
  id: Number(row.id),
  position: Number(row.position),
  hash: row.hash,
  signedAt: row.signed_at,
  keyId: row.key_id,
  signature: row.signature,
});

const select = async (runner: SqlRunner, where: SQL, order: SQL, limit: number) =>
  (
    await runner.rows<CheckpointRow>(
      sql`SELECT ${COLUMNS} FROM checkpoints WHERE ${where} ORDER BY ${order} LIMIT ${limit}`,
    )
  ).map(checkpointOf);

/** Stores a checkpoint; one per position and key, so another process's equal one is returned. */
export const insertCheckpoint = async (
  runner: SqlRunner,
  checkpoint: SignedCheckpoint,
): Promise<StoredCheckpoint> => {
  await runner.rows(sql`
    INSERT INTO checkpoints (position, hash, signed_at, key_id, signature)
    VALUES (${checkpoint.position}, ${checkpoint.hash}, ${checkpoint.signedAt}::timestamptz,
            ${checkpoint.keyId}, ${checkpoint.signature})
    ON CONFLICT (position, key_id) DO NOTHING`);
  const [stored] = await select(
    runner,
    sql`position = ${checkpoint.position} AND key_id = ${checkpoint.keyId}`,
    sql`id`,
    1,
  );
  if (!stored) throw new Error(`Checkpoint at ${checkpoint.position} was not stored`);
  return stored;
};

/** The newest checkpoint, or the newest at or before a position; of one key if given. */
export const latestCheckpoint = async (
  runner: SqlRunner,
  options: { atOrBefore?: number; keyId?: string } = {},
): Promise<StoredCheckpoint | undefined> => {
  const conditions: SQL[] = [sql`true`];
  if (options.atOrBefore !== undefined) conditions.push(sql`position <= ${options.atOrBefore}`);
  if (options.keyId !== undefined) conditions.push(sql`key_id = ${options.keyId}`);
  const [latest] = await select(
    runner,
    sql.join(conditions, sql` AND `),
    sql`position DESC, id DESC`,
    1,
  );
  return latest;
};

/** Checkpoints in the order they were made, after the one with id `after`. */
export const listCheckpoints = (
  runner: SqlRunner,
  options: { after: number; limit: number },
): Promise<StoredCheckpoint[]> =>
  select(runner, sql`id > ${options.after}`, sql`id`, options.limit);

/** The chain's hash at a position, if the chain reaches it. */
export const chainHashAt = async (
  runner: SqlRunner,
  position: number,
): Promise<string | undefined> => {
  const [row] = await runner.rows<{ hash: string }>(
    sql`SELECT hash FROM event_chain WHERE position = ${position}`,
  );
  return row?.hash;
};

/** How many checkpoints are stored: one COUNT. */
export const countCheckpoints = async (runner: SqlRunner): Promise<number> => {
  const [row] = await runner.rows<{ count: string | number }>(
    sql`SELECT count(*) AS count FROM checkpoints`,
  );
  return Number(row?.count ?? 0);
};
