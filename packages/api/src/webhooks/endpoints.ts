import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { sqlList } from '../database/sql-list.js';

export type EndpointStatus = 'active' | 'disabled';

/** An endpoint as its partner sees it: never the secret (shown once, when made or rotated). */
export interface WebhookEndpoint {
  readonly id: string;
  readonly tokenId: string;
  readonly url: string;
  /** Empty: every event type. */
  readonly eventTypes: readonly string[];
  /** Action fields' own ids; empty: every action field. */
  readonly actionFieldIds: readonly string[];
  readonly status: EndpointStatus;
  /** The checkpoint: the last feed position delivered (or passed over by the filters). */
  readonly position: number;
  /** Consecutive failed attempts (0 after a success). */
  readonly failures: number;
  readonly revision: number;
  readonly nextAttemptAt: string | null;
  readonly disabledReason: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export const ENDPOINT_COLUMNS = sql`id, token_id, url, event_types, action_field_ids, status,
  position, failures, revision, ${iso('next_attempt_at')} AS next_attempt_at, disabled_reason,
  ${iso('created_at')} AS created_at, ${iso('updated_at')} AS updated_at`;

export interface EndpointRow {
  id: string;
  token_id: string;
  url: string;
  event_types: string[];
  action_field_ids: string[];
  status: EndpointStatus;
  position: string | number;
  failures: number;
  revision: number;
  next_attempt_at: string | null;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
}

export const endpointOf = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  tokenId: row.token_id,
  url: row.url,
  eventTypes: row.event_types,
  actionFieldIds: row.action_field_ids,
  status: row.status,
  position: Number(row.position),
  failures: row.failures,
  revision: row.revision,
  nextAttemptAt: row.next_attempt_at,
  disabledReason: row.disabled_reason,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const textArray = (values: readonly string[]) => sql`ARRAY[${sqlList(values)}]::text[]`;

/** The newest position of the feed (0 while empty): where a new endpoint starts by default. */
export const headPosition = async (runner: SqlRunner): Promise<number> => {
  const [row] = await runner.rows<{ head: string | number | null }>(
    sql`SELECT max(position) AS head FROM event_chain`,
  );
  return Number(row?.head ?? 0);
};

export const countEndpointsOf = async (runner: SqlRunner, tokenId: string): Promise<number> => {
  const [row] = await runner.rows<{ n: string | number }>(
    sql`SELECT count(*) AS n FROM webhook_endpoints WHERE token_id = ${tokenId}`,
  );
  return Number(row?.n ?? 0);
};

export const createEndpoint = async (
  runner: SqlRunner,
  input: {
    id: string;
    tokenId: string;
    url: string;
    eventTypes: readonly string[];
    actionFieldIds: readonly string[];
    secret: string;
    position: number;
  },
): Promise<WebhookEndpoint> => {
  const [row] = await runner.rows<EndpointRow>(sql`
    INSERT INTO webhook_endpoints (id, token_id, url, event_types, action_field_ids, secret, position)
    VALUES (${input.id}, ${input.tokenId}, ${input.url}, ${textArray(input.eventTypes)},
      ${textArray(input.actionFieldIds)}, ${input.secret}, ${input.position})
    RETURNING ${ENDPOINT_COLUMNS}`);
  if (!row) throw new Error('webhook endpoint not inserted');
  return endpointOf(row);
};

export const findEndpoint = async (
  runner: SqlRunner,
  id: string,
): Promise<WebhookEndpoint | undefined> => {
  const [row] = await runner.rows<EndpointRow>(
    sql`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = ${id}`,
  );
  return row ? endpointOf(row) : undefined;
};

/** Every endpoint of one token, or (`undefined`) of every token: oldest first. */
export const listEndpoints = async (
  runner: SqlRunner,
  tokenId: string | undefined,
): Promise<WebhookEndpoint[]> => {
  const rows = await runner.rows<EndpointRow>(sql`
    SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints
    WHERE ${tokenId === undefined ? sql`true` : sql`token_id = ${tokenId}`}
    ORDER BY created_at, id`);
  return rows.map(endpointOf);
};

/**
 * A change of the endpoint's settings: bumps its revision, so a worker delivering under the old
 * ones stops after the message in flight.
 */
const change = async (runner: SqlRunner, id: string, set: ReturnType<typeof sql>) => {
  const [row] = await runner.rows<EndpointRow>(sql`
    UPDATE webhook_endpoints SET ${set}, revision = revision + 1, updated_at = now()
    WHERE id = ${id} RETURNING ${ENDPOINT_COLUMNS}`);
  return row ? endpointOf(row) : undefined;
};

export const updateEndpoint = (
  runner: SqlRunner,
  id: string,
  input: { url?: string; eventTypes?: readonly string[]; actionFieldIds?: readonly string[] },
) =>
  change(
    runner,
    id,
    sql.join(
      [
        ...(input.url === undefined ? [] : [sql`url = ${input.url}`]),
        ...(input.eventTypes === undefined
          ? []
          : [sql`event_types = ${textArray(input.eventTypes)}`]),
        ...(input.actionFieldIds === undefined
          ? []
          : [sql`action_field_ids = ${textArray(input.actionFieldIds)}`]),
        sql`id = id`,
      ],
      sql`, `,
    ),
  );

export const rotateSecret = (runner: SqlRunner, id: string, secret: string) =>
  change(runner, id, sql`secret = ${secret}`);

/**
 * Deliver again from `fromPosition` on (the checkpoint goes back to the one before), active again
 * with a clean count: also the way out of the dead letter.
 */
export const replayFrom = (runner: SqlRunner, id: string, fromPosition: number) =>
  change(
    runner,
    id,
    sql`position = ${fromPosition - 1}, status = 'active', failures = 0, next_attempt_at = NULL,
      disabled_reason = NULL`,
  );

export const deleteEndpoint = async (runner: SqlRunner, id: string): Promise<boolean> =>
  (await runner.rows(sql`DELETE FROM webhook_endpoints WHERE id = ${id} RETURNING id`)).length > 0;
