import type { ProvenanceRelation } from '@fahrplan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import type { EventMetadata } from '../event-store/index.js';
import type { TimeTravel } from './time-travel.js';

export type ProvenanceDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

export interface ProvenanceEdgeRow {
  readonly relation: ProvenanceRelation;
  readonly sourceKind: string;
  readonly sourceId: string;
  readonly targetKind: string;
  readonly targetId: string;
  readonly eventId: number;
  readonly eventType: string;
  /** The making event's stored data and item: what it reveals is judged on them. */
  readonly eventSchemaVersion: number;
  readonly eventData: unknown;
  readonly eventStreamId: string;
  readonly actor: string | null;
  readonly reason: string | null;
  readonly evidence: readonly unknown[];
  readonly occurredAt: string;
  readonly recordedAt: string;
}

const MAX_PROVENANCE_DEPTH = 10;

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** Edges that existed at the moment (by recording time), or now. */
const edgeValidAt = (asOf: TimeTravel | undefined): SQL => {
  if (!asOf) return sql`p.removed_event_id IS NULL`;
  const column = asOf.by === 'recorded' ? sql.raw('added_at') : sql.raw('ev.occurred_at');
  const removed = asOf.by === 'recorded' ? sql.raw('p.removed_at') : sql.raw('rv.occurred_at');
  return sql`${column} <= ${asOf.at}::timestamptz
    AND (p.removed_event_id IS NULL OR ${removed} > ${asOf.at}::timestamptz)`;
};

/** Walks the graph one way from an item, up to `depth` edges away. */
const walk = async (
  runner: SqlRunner,
  start: { kind: string; id: string },
  upstream: boolean,
  depth: number,
  asOf: TimeTravel | undefined,
): Promise<ProvenanceEdgeRow[]> => {
  // Upstream follows edges back from target to source; downstream from source to target.
  const [near, far] = upstream ? ['target', 'source'] : ['source', 'target'];
  const edges = sql.raw(`
    SELECT p.*, ev.type AS event_type, ev.schema_version AS event_schema_version,
      ev.data AS event_data, ev.stream_id AS event_stream_id, ev.metadata,
      ev.occurred_at AS event_occurred_at
    FROM provenance_edges p
    JOIN events ev ON ev.id = p.added_event_id
    LEFT JOIN events rv ON rv.id = p.removed_event_id`);
  const rows = await runner.rows<{
    relation: ProvenanceRelation;
    source_kind: string;
    source_id: string;
    target_kind: string;
    target_id: string;
    added_event_id: number | string;
    event_type: string;
    event_schema_version: number;
    event_data: unknown;
    event_stream_id: string;
    metadata: EventMetadata;
    occurred_at: string;
    recorded_at: string;
  }>(sql`
    WITH RECURSIVE reach AS (
      SELECT e.*, 1 AS depth FROM (${edges} WHERE ${edgeValidAt(asOf)}) e
      WHERE e.${sql.raw(near)}_kind = ${start.kind} AND e.${sql.raw(near)}_id = ${start.id}
      UNION
      SELECT e.*, r.depth + 1 FROM reach r
      JOIN (${edges} WHERE ${edgeValidAt(asOf)}) e
        ON e.${sql.raw(near)}_kind = r.${sql.raw(far)}_kind AND e.${sql.raw(near)}_id = r.${sql.raw(far)}_id
      WHERE r.depth < ${depth}
    )
    SELECT DISTINCT relation, source_kind, source_id, target_kind, target_id, added_event_id,
      event_type, event_schema_version, event_data, event_stream_id, metadata,
      to_char(event_occurred_at AT TIME ZONE 'UTC', ${ISO}) AS occurred_at,
      to_char(added_at AT TIME ZONE 'UTC', ${ISO}) AS recorded_at
    FROM reach`);
  return rows.map((row) => ({
    relation: row.relation,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    targetKind: row.target_kind,
    targetId: row.target_id,
    eventId: Number(row.added_event_id),
    eventType: row.event_type,
    eventSchemaVersion: row.event_schema_version,
    eventData: row.event_data,
    eventStreamId: row.event_stream_id,
    actor: typeof row.metadata.actor === 'string' ? row.metadata.actor : null,
    reason: typeof row.metadata.reason === 'string' ? row.metadata.reason : null,
    evidence: Array.isArray(row.metadata.evidence) ? row.metadata.evidence : [],
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
  }));
};

/** The provenance graph around an item: the edges reached, each with the event that made it. */
export const provenanceEdgesFrom = async (
  runner: SqlRunner,
  start: { kind: string; id: string },
  direction: ProvenanceDirection,
  depth: number,
  asOf?: TimeTravel,
): Promise<ProvenanceEdgeRow[]> => {
  const bounded = Math.min(Math.max(depth, 1), MAX_PROVENANCE_DEPTH);
  const parts = await Promise.all([
    direction === 'DOWNSTREAM' ? [] : walk(runner, start, true, bounded, asOf),
    direction === 'UPSTREAM' ? [] : walk(runner, start, false, bounded, asOf),
  ]);
  const unique = new Map<string, ProvenanceEdgeRow>();
  for (const edge of parts.flat()) {
    unique.set(`${edge.relation}|${edge.sourceId}|${edge.targetId}|${edge.eventId}`, edge);
  }
  return [...unique.values()].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
};
