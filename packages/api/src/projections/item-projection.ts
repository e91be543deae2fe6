import { AGGREGATES, type AggregateKind, type AnyDomainEvent } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { toDomainEvent } from '../event-log/event-mapping.js';
import { parseStreamId } from '../event-log/streams.js';
import type { InlineProjection, RecordedEvent } from '../event-store/index.js';
import { foldForSearch } from '../search/fold.js';
import { projectProvenance } from './provenance-projection.js';
import { summarize } from './summary.js';

/** Consecutive events of one stream, in order. */
const byStream = (events: readonly RecordedEvent[]): RecordedEvent[][] => {
  const groups = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const group = groups.get(event.streamId) ?? [];
    group.push(event);
    groups.set(event.streamId, group);
  }
  return [...groups.values()];
};

/** An item's current row: its version and state. */
export interface CurrentItem {
  readonly version: number;
  readonly state: unknown;
}

export const currentState = async (
  runner: SqlRunner,
  kind: AggregateKind,
  id: string,
): Promise<CurrentItem | undefined> => {
  const [row] = await runner.rows<CurrentItem>(sql`
    SELECT version, state FROM item_versions
    WHERE kind = ${kind} AND id = ${id} AND valid_to IS NULL`);
  return row;
};

interface VersionRow {
  version: number;
  state: unknown;
  event: RecordedEvent;
  domainEvent: AnyDomainEvent;
}

/**
 * The item's row before `first`: what the writer read (`known`, undefined for a new item) when
 * it is the version right before, else read here (a rebuild, a writer that knew nothing).
 */
const rowBefore = async (
  runner: SqlRunner,
  first: RecordedEvent,
  item: { kind: AggregateKind; id: string },
  known: ReadonlyMap<string, unknown>,
): Promise<CurrentItem | undefined> => {
  if (known.has(first.streamId)) {
    const row = known.get(first.streamId) as CurrentItem | undefined;
    if ((row?.version ?? 0) === first.streamVersion - 1) return row;
  }
  return currentState(runner, item.kind, item.id);
};

/**
 * Folds each stream's new events into the item's state and keeps every version with its validity
 * range (recorded time), plus the provenance edges the events add or remove. Runs in the append's
 * transaction (inline) and, unchanged, in a rebuild.
 */
export const projectItems = async (
  runner: SqlRunner,
  events: readonly RecordedEvent[],
  known: ReadonlyMap<string, unknown> = new Map(),
): Promise<void> => {
  for (const stream of byStream(events)) {
    const first = stream[0];
    const item = first && parseStreamId(first.streamId);
    if (!first || !item) continue;
    const aggregate = AGGREGATES[item.kind];
    const current = await rowBefore(runner, first, item, known);
    let state = current?.state ?? aggregate.initialState;
    const versions: VersionRow[] = stream.map((event) => {
      const domainEvent = toDomainEvent(event);
      state = aggregate.evolve(state, domainEvent);
      return { version: event.streamVersion, state, event, domainEvent };
    });
    if (current) {
      await runner.rows(sql`
        UPDATE item_versions SET valid_to = ${first.recordedAt}::timestamptz
        WHERE kind = ${item.kind} AND id = ${item.id} AND valid_to IS NULL`);
    }
    const rows = versions.map(({ version, state, event }, index) => {
      const summary = summarize(state);
      return {
        kind: item.kind,
        id: item.id,
        version,
        status: summary.status,
        title: summary.title,
        action_field_ids: summary.actionFieldIds,
        state,
        text: summary.text,
        search_text: foldForSearch(summary.text),
        event_id: event.id,
        event_type: event.type,
        occurred_at: event.occurredAt,
        valid_from: event.recordedAt,
        valid_to: versions[index + 1]?.event.recordedAt ?? null,
      };
    });
    await runner.rows(sql`
      INSERT INTO item_versions (kind, id, version, status, title, action_field_ids, state, search,
        search_text, event_id, event_type, occurred_at, valid_from, valid_to)
      SELECT kind, id, version, status, title,
        ARRAY(SELECT jsonb_array_elements_text(action_field_ids)), state,
        to_tsvector('german', text), search_text, event_id, event_type, occurred_at, valid_from, valid_to
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
        kind text, id text, version int, status text, title text, action_field_ids jsonb,
        state jsonb, text text, search_text text, event_id bigint, event_type text, occurred_at timestamptz,
        valid_from timestamptz, valid_to timestamptz)`);
    for (const { event, domainEvent } of versions) {
      await projectProvenance(runner, event, aggregate.provenanceOf(domainEvent, item.id));
    }
  }
};

export const itemProjection: InlineProjection = (tx, events, known) =>
  projectItems(tx, events, known);
