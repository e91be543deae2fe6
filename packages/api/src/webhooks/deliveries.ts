import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';

/** One attempt to deliver one event to one endpoint, as the log keeps it. */
export interface DeliveryAttempt {
  readonly id: number;
  readonly endpointId: string;
  /** The Standard Webhooks `webhook-id`: the same for every attempt of one event. */
  readonly messageId: string;
  readonly position: number;
  readonly eventType: string;
  /** 1 for the first attempt, counting the consecutive failures before it. */
  readonly attempt: number;
  readonly attemptedAt: string;
  readonly statusCode: number | null;
  readonly durationMs: number;
  readonly error: string | null;
  readonly succeeded: boolean;
}

export type NewAttempt = Omit<DeliveryAttempt, 'id' | 'attemptedAt'>;

export const insertAttempt = async (runner: SqlRunner, attempt: NewAttempt): Promise<void> => {
  await runner.rows(sql`
    INSERT INTO webhook_deliveries
      (endpoint_id, message_id, position, event_type, attempt, status_code, duration_ms, error,
       succeeded)
    VALUES (${attempt.endpointId}, ${attempt.messageId}, ${attempt.position}, ${attempt.eventType},
      ${attempt.attempt}, ${attempt.statusCode}, ${attempt.durationMs}, ${attempt.error},
      ${attempt.succeeded})`);
};

/** The endpoint's log, newest first, `before` an attempt's id (paging towards older ones). */
export const listAttempts = async (
  runner: SqlRunner,
  endpointId: string,
  { before, limit }: { before?: number; limit: number },
): Promise<DeliveryAttempt[]> => {
  const rows = await runner.rows<{
    id: string | number;
    message_id: string;
    position: string | number;
    event_type: string;
    attempt: number;
    attempted_at: string;
    status_code: number | null;
    duration_ms: number;
    error: string | null;
    succeeded: boolean;
  }>(sql`
    SELECT id, message_id, position, event_type, attempt, status_code, duration_ms, error,
      succeeded,
      to_char(attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS attempted_at
    FROM webhook_deliveries
    WHERE endpoint_id = ${endpointId} ${before === undefined ? sql`` : sql`AND id < ${before}`}
    ORDER BY id DESC LIMIT ${limit}`);
  return rows.map((row) => ({
    id: Number(row.id),
    endpointId,
    messageId: row.message_id,
    position: Number(row.position),
    eventType: row.event_type,
    attempt: row.attempt,
    attemptedAt: row.attempted_at,
    statusCode: row.status_code,
    durationMs: row.duration_ms,
    error: row.error,
    succeeded: row.succeeded,
  }));
};

export const countAttempts = async (runner: SqlRunner, endpointId: string): Promise<number> => {
  const [row] = await runner.rows<{ n: string | number }>(
    sql`SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = ${endpointId}`,
  );
  return Number(row?.n ?? 0);
};
