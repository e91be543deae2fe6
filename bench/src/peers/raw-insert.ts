import postgres from 'postgres';
import type { BenchEvent } from '../events.js';
import type { EventIdentity, Peer, PeerDefinition } from './peer.js';

/** Fahrplan's `events` columns, but nothing except a bigint identity primary key. */
const SCHEMA = `
  CREATE TABLE raw_events (
    id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id text NOT NULL,
    stream_type text NOT NULL,
    stream_version integer NOT NULL,
    type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    occurred_at timestamp(3) with time zone NOT NULL,
    recorded_at timestamp(3) with time zone NOT NULL DEFAULT now()
  )`;

const COLUMNS =
  'id, stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at';

/** `(stream_id, …, occurred_at)` placeholders for `rows` rows: one statement, one round trip. */
const insertStatement = (rows: number): string => {
  const tuples = Array.from({ length: rows }, (_, row) => {
    const p = (column: number) => `$${row * 8 + column}`;
    return `(${p(1)}, ${p(2)}, ${p(3)}::int, ${p(4)}, ${p(5)}::int, ${p(6)}::jsonb, ${p(7)}::jsonb, ${p(8)}::timestamptz)`;
  });
  return `INSERT INTO raw_events
    (stream_id, stream_type, stream_version, type, schema_version, data, metadata, occurred_at)
    VALUES ${tuples.join(', ')}`;
};

/**
 * The floor: an autocommitted INSERT per append through postgres.js, no version check, no
 * constraint but the primary key, nothing after commit. Several events go in one multi-row
 * INSERT. Reads: by stream (no index: a sequential scan) and by id in pages.
 */
export const rawInsert: PeerDefinition = {
  id: 'raw',
  label: 'raw INSERT',
  open: async (url): Promise<Peer> => {
    const sql = postgres(url, { max: 10, onnotice: () => {} });
    await sql.unsafe(SCHEMA);
    const statements = new Map<number, string>();
    const statementFor = (rows: number): string => {
      let statement = statements.get(rows);
      if (statement === undefined) {
        statement = insertStatement(rows);
        statements.set(rows, statement);
      }
      return statement;
    };
    const streamTypeOf = (streamId: string) => streamId.split('-', 1)[0] ?? streamId;
    return {
      append: async (streamId, events: readonly BenchEvent[], expectedVersion) => {
        const parameters = events.flatMap((event, index) => [
          streamId,
          streamTypeOf(streamId),
          expectedVersion + index + 1,
          event.type,
          event.schemaVersion,
          // Objects, not strings: postgres.js serializes a jsonb parameter itself.
          event.data,
          event.metadata,
          event.occurredAt,
        ]);
        await sql.unsafe(statementFor(events.length), parameters, { prepare: true });
        return expectedVersion + events.length;
      },
      settle: async () => {},
      readStream: async (streamId) => {
        const rows = await sql.unsafe(
          `SELECT ${COLUMNS} FROM raw_events WHERE stream_id = $1 ORDER BY stream_version`,
          [streamId],
          { prepare: true },
        );
        return rows.length;
      },
      readAll: async (pageSize, onPage) => {
        const read: EventIdentity[] = [];
        let after = 0;
        for (;;) {
          const rows = await sql.unsafe<{ id: string }[]>(
            `SELECT ${COLUMNS} FROM raw_events WHERE id > $1 ORDER BY id LIMIT $2`,
            [after, pageSize],
            { prepare: true },
          );
          for (const row of rows) read.push(row.id);
          if (rows.length === 0) return read;
          after = Number(rows.at(-1)?.id ?? after);
          onPage(read.length);
          if (rows.length < pageSize) return read;
        }
      },
      close: () => sql.end({ timeout: 5 }),
    };
  },
};
