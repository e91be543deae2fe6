import {
  AGGREGATES,
  type AggregateKind,
  type AnyDomainEvent,
  type ProvenanceChange,
} from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import type { SqlRunner, Transaction } from '../database/index.js';
import { toDomainEvent } from '../event-log/event-mapping.js';
import { parseStreamId } from '../event-log/streams.js';
import type { FusedPart, InlineProjection, RecordedEvent } from '../event-store/index.js';
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

/** An item's current row: its version and state, and when it was first recorded. */
export interface CurrentItem {
  readonly version: number;
  readonly state: unknown;
  readonly createdAt?: string;
}

/** An item's row as the projection wrote it: all a mutation's answer shows of the item. */
export interface ProjectedItem extends CurrentItem {
  readonly state: Record<string, unknown>;
  readonly status: string;
  readonly title: string;
  readonly eventType: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

export const currentState = async (
  runner: SqlRunner,
  kind: AggregateKind,
  id: string,
): Promise<CurrentItem | undefined> => {
  // createdAt rides along (an index probe, no round trip): the mutation's answer needs it.
  const [row] = await runner.rows<{
    version: number;
    state: unknown;
    created_at: string | null;
  }>(sql`
    SELECT v.version, v.state,
      (SELECT to_char(f.valid_from AT TIME ZONE 'UTC', ${ISO_UTC}) FROM item_versions f
        WHERE f.kind = v.kind AND f.id = v.id AND f.version = 1) AS created_at
    FROM item_versions v
    WHERE v.kind = ${kind} AND v.id = ${id} AND v.valid_to IS NULL`);
  if (!row) return undefined;
  return {
    version: row.version,
    state: row.state,
    ...(row.created_at === null ? {} : { createdAt: row.created_at }),
  };
};

interface VersionRow {
  kind: AggregateKind;
  id: string;
  version: number;
  state: unknown;
  event: RecordedEvent;
  validTo: string | null;
}

/**
 * The current state of many items, one round trip. Each is looked up by its key with the version
 * before the batch's first event: the primary key, whatever the number of items of its kind.
 */
const currentStates = async (
  runner: SqlRunner,
  items: readonly { kind: AggregateKind; id: string; version: number }[],
): Promise<Map<string, unknown>> => {
  const rows = await runner.rows<{ kind: string; id: string; state: unknown }>(sql`
    SELECT v.kind, v.id, v.state FROM item_versions v
    JOIN jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS i(kind text, id text, version int)
      ON v.kind = i.kind AND v.id = i.id AND v.version = i.version
    WHERE v.valid_to IS NULL`);
  return new Map(rows.map((row) => [`${row.kind}:${row.id}`, row.state]));
};

type Stream = { kind: AggregateKind; id: string; first: RecordedEvent; stream: RecordedEvent[] };

const streamsOf = (events: readonly RecordedEvent[]): Stream[] =>
  byStream(events).flatMap((stream) => {
    const first = stream[0];
    const item = first && parseStreamId(first.streamId);
    return first && item ? [{ ...item, first, stream }] : [];
  });

/** The row the writer read (`known`), when it is the version right before the stream's events. */
const knownBefore = (known: ReadonlyMap<string, unknown>, first: RecordedEvent) => {
  const row = known.get(first.streamId) as CurrentItem | undefined;
  return row?.version === first.streamVersion - 1 ? row : undefined;
};

/**
 * Folds each stream's events into the item's state from its `current` one: the versions to keep,
 * the current rows to close, the provenance changes, and (into `projected`) each item's new row.
 */
const planItems = (
  streams: readonly Stream[],
  events: readonly RecordedEvent[],
  current: ReadonlyMap<string, unknown>,
  known: ReadonlyMap<string, unknown>,
  projected?: Map<string, unknown>,
) => {
  const closing: { kind: string; id: string; version: number; valid_to: string }[] = [];
  const versions: VersionRow[] = [];
  const provenance = new Map<RecordedEvent, readonly ProvenanceChange[]>();
  for (const { kind, id, first, stream } of streams) {
    const aggregate = AGGREGATES[kind];
    const key = `${kind}:${id}`;
    if (current.has(key)) {
      closing.push({ kind, id, version: first.streamVersion - 1, valid_to: first.recordedAt });
    }
    let state = current.get(key) ?? aggregate.initialState;
    const before = known.get(first.streamId) as CurrentItem | undefined;
    stream.forEach((event, index) => {
      const domainEvent: AnyDomainEvent = toDomainEvent(event);
      state = aggregate.evolve(state, domainEvent);
      versions.push({
        kind,
        id,
        version: event.streamVersion,
        state,
        event,
        validTo: stream[index + 1]?.recordedAt ?? null,
      });
      provenance.set(event, aggregate.provenanceOf(domainEvent, id));
    });
    const last = stream.at(-1);
    if (projected && last) {
      const summary = summarize(state);
      const createdAt = first.streamVersion === 1 ? first.recordedAt : before?.createdAt;
      projected.set(first.streamId, {
        version: last.streamVersion,
        // As the row reads back (jsonb keeps what JSON keeps), not the live object.
        state: JSON.parse(JSON.stringify(state)) as Record<string, unknown>,
        status: summary.status,
        title: summary.title,
        eventType: last.type,
        occurredAt: last.occurredAt,
        recordedAt: last.recordedAt,
        ...(createdAt === undefined ? {} : { createdAt }),
      } satisfies ProjectedItem);
    }
  }
  const rows = versions.map(({ kind, id, version, state, event, validTo }) => {
    const summary = summarize(state);
    return {
      kind,
      id,
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
      valid_to: validTo,
    };
  });
  // In the order the events were recorded, across streams: the same result however they are batched.
  const changes = events.flatMap((event) => {
    const found = provenance.get(event);
    return found?.length ? [{ event, changes: found }] : [];
  });
  return { closing, rows, changes };
};

/** The columns of item_versions a planned row fills, as jsonb_to_recordset reads them. */
const ROW_COLUMNS = sql.raw(`kind text, id text, version int, status text, title text,
  action_field_ids jsonb, state jsonb, text text, search_text text, event_id bigint,
  event_type text, occurred_at timestamptz, valid_from timestamptz, valid_to timestamptz`);

/** The same with the text as the number of its entry among a batch's distinct texts. */
const NUMBERED_COLUMNS = sql.raw(`kind text, id text, version int, status text, title text,
  action_field_ids jsonb, state jsonb, text int, event_id bigint,
  event_type text, occurred_at timestamptz, valid_from timestamptz, valid_to timestamptz`);

/**
 * Folds each stream's new events into the item's state and keeps every version with its validity
 * range (recorded time), plus the provenance edges the events add or remove. Runs in the append's
 * transaction (inline), unchanged in a rebuild and for bulk appends: a few statements per call
 * whatever the number of events and items, so large batches cost few round trips.
 */
export const projectItems = async (
  runner: SqlRunner,
  events: readonly RecordedEvent[],
  known: ReadonlyMap<string, unknown> = new Map(),
  projected?: Map<string, unknown>,
): Promise<void> => {
  const streams = streamsOf(events);
  if (streams.length === 0) return;
  // A stream whose first event here is its first has no stored state: no need to ask. The row the
  // writer read (`known`) serves when it is the version right before; else it is read here (a
  // rebuild, the bulk path, a writer that knew nothing).
  const current = new Map<string, unknown>();
  const toRead: { kind: AggregateKind; id: string; version: number }[] = [];
  for (const { kind, id, first } of streams) {
    if (first.streamVersion <= 1) continue;
    const row = knownBefore(known, first);
    if (row) current.set(`${kind}:${id}`, row.state);
    else toRead.push({ kind, id, version: first.streamVersion - 1 });
  }
  if (toRead.length > 0) {
    for (const [key, state] of await currentStates(runner, toRead)) current.set(key, state);
  }
  const { closing, rows, changes } = planItems(streams, events, current, known, projected);
  // Most versions keep their item's text (a status or progress change): each distinct text is
  // sent and turned into a tsvector once, the rows name it by number.
  const textNumbers = new Map<string, number>();
  const texts: { n: number; text: string; search_text: string }[] = [];
  const numbered = rows.map(({ text, search_text, ...row }) => {
    let n = textNumbers.get(text);
    if (n === undefined) {
      n = texts.length;
      textNumbers.set(text, n);
      texts.push({ n, text, search_text });
    }
    return { ...row, text: n };
  });
  // Closing the current rows and adding the new ones is one statement (one round trip): the
  // UPDATE does not see the rows the INSERT adds, both work on the statement's snapshot.
  // The closed row is found by its primary key (the version before), not among all current rows.
  await runner.rows(sql`
    WITH closed AS (
      UPDATE item_versions v SET valid_to = c.valid_to
      FROM jsonb_to_recordset(${JSON.stringify(closing)}::jsonb) AS c(kind text, id text, version int, valid_to timestamptz)
      WHERE v.kind = c.kind AND v.id = c.id AND v.version = c.version AND v.valid_to IS NULL
      RETURNING 1
    ), texts AS MATERIALIZED (
      SELECT t.n, to_tsvector('german', t.text) AS search, t.search_text
      FROM jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) AS t(n int, text text, search_text text)
    )
    INSERT INTO item_versions (kind, id, version, status, title, action_field_ids, state, search,
      search_text, event_id, event_type, occurred_at, valid_from, valid_to)
    SELECT r.kind, r.id, r.version, r.status, r.title,
      ARRAY(SELECT jsonb_array_elements_text(r.action_field_ids)), r.state,
      t.search, t.search_text, r.event_id, r.event_type, r.occurred_at, r.valid_from, r.valid_to
    FROM jsonb_to_recordset(${JSON.stringify(numbered)}::jsonb) AS r(${NUMBERED_COLUMNS})
    JOIN texts t ON t.n = r.text`);
  await projectProvenance(runner, changes);
};

/**
 * The same projection inside a lone stream's append statement (see `appendFused`): the rows are
 * planned by the same fold from the row the writer read, and take their event ids and recording
 * time from `appended`. Only where nothing else must be read or written: the writer knew the row
 * before (or the stream is new), and the events change no provenance.
 */
const fuseItems = (
  events: readonly RecordedEvent[],
  known: ReadonlyMap<string, unknown>,
  projected?: Map<string, unknown>,
): FusedPart | undefined => {
  const streams = streamsOf(events);
  const current = new Map<string, unknown>();
  for (const { kind, id, first } of streams) {
    if (first.streamVersion <= 1) continue;
    const row = knownBefore(known, first);
    if (!row) return undefined;
    current.set(`${kind}:${id}`, row.state);
  }
  const planned = new Map<string, unknown>();
  const { closing, rows, changes } = planItems(streams, events, current, known, planned);
  if (changes.length > 0) return undefined;
  // Ordered by what each reads: the events first, then the current row closed, then the new rows.
  const ctes = sql`closed AS (
      UPDATE item_versions v SET valid_to = (SELECT min(recorded_at) FROM appended)
      FROM jsonb_to_recordset(${JSON.stringify(closing)}::jsonb) AS c(kind text, id text, version int)
      WHERE v.kind = c.kind AND v.id = c.id AND v.version = c.version AND v.valid_to IS NULL
        AND EXISTS (SELECT 1 FROM appended)
      RETURNING 1
    ), projected_items AS (
      INSERT INTO item_versions (kind, id, version, status, title, action_field_ids, state, search,
        search_text, event_id, event_type, occurred_at, valid_from, valid_to)
      SELECT r.kind, r.id, r.version, r.status, r.title,
        ARRAY(SELECT jsonb_array_elements_text(r.action_field_ids)), r.state,
        to_tsvector('german', r.text), r.search_text, a.id, r.event_type, r.occurred_at,
        a.recorded_at, CASE WHEN r.valid_to IS NULL THEN NULL ELSE a.recorded_at END
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${ROW_COLUMNS})
      JOIN appended a ON a.stream_version = r.version
      WHERE (SELECT count(*) FROM closed) >= 0
      RETURNING 1
    )`;
  return {
    ctes,
    finish: (recorded) => {
      if (!projected) return;
      // The planned rows, with the time the events were recorded at.
      const first = recorded[0];
      const last = recorded.at(-1);
      for (const [streamId, row] of planned) {
        const item = row as ProjectedItem;
        projected.set(streamId, {
          ...item,
          recordedAt: last?.recordedAt ?? item.recordedAt,
          ...(first?.streamVersion === 1 ? { createdAt: first.recordedAt } : {}),
        } satisfies ProjectedItem);
      }
    },
  };
};

export const itemProjection: InlineProjection = Object.assign(
  (
    tx: Transaction,
    events: readonly RecordedEvent[],
    known: ReadonlyMap<string, unknown>,
    projected?: Map<string, unknown>,
  ) => projectItems(tx, events, known, projected),
  { fuse: fuseItems },
);
