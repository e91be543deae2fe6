import { sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../database/index.js';
import { importSubjectKeys, type SubjectKeyBackup } from '../privacy/key-store-backup.js';
import { restorePersonalRecords } from '../privacy/restore.js';
import { chainHash, GENESIS_HASH } from './chain.js';
import { EVENT_COLUMNS, type EventRow, eventFieldsOf } from './read.js';
import type { FeedEvent, JsonObject, StoredPersonalRecord } from './types.js';

/**
 * One line of an ndjson backup: the event, its place and hash in the chain, its personal data —
 * sealed with each subject's key, which the export never holds (see `subject_keys`).
 */
export interface ExportedEvent extends Omit<FeedEvent, 'id'> {
  readonly personalData: readonly StoredPersonalRecord[];
  /** The event's MAC (see event-mac.ts), where it has one; absent in older backups. */
  readonly mac?: string;
}

type BackupRow = EventRow & {
  position: number | string;
  hash: string;
  mac: string | null;
  personal: { subject_id: string; data: JsonObject | null }[] | null;
};

/** Every sealed event in chain order, batch by batch. */
export async function* exportEvents(
  runner: SqlRunner,
  batchSize = 1000,
): AsyncGenerator<ExportedEvent> {
  for (let after = 0; ; ) {
    const rows = await runner.rows<BackupRow>(sql`
      SELECT c.position, c.hash, e.mac, ${EVENT_COLUMNS},
        (SELECT jsonb_agg(jsonb_build_object('subject_id', p.subject_id, 'data', p.data))
           FROM personal_data p WHERE p.event_id = e.id) AS personal
      FROM event_chain c JOIN events e ON e.id = c.event_id
      WHERE c.position > ${after} ORDER BY c.position LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    for (const row of rows) {
      yield {
        position: Number(row.position),
        hash: row.hash,
        ...eventFieldsOf(row),
        personalData: (row.personal ?? []).map(({ subject_id, data }) =>
          data === null
            ? { subjectId: subject_id, erased: true }
            : { ...data, subjectId: subject_id },
        ),
        ...(row.mac === null ? {} : { mac: row.mac }),
      };
    }
    after = Number(rows.at(-1)?.position);
  }
}

/** Why an import was refused; nothing was written. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ImportError';
  }
}

const rowOf = (event: ExportedEvent): EventRow => ({
  id: 0,
  stream_id: event.streamId,
  stream_type: event.streamType,
  stream_version: event.streamVersion,
  type: event.type,
  schema_version: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
  occurred_at: event.occurredAt,
  recorded_at: event.recordedAt,
});

/**
 * Restores a backup into an empty database in one transaction, keeping every position, hash and
 * recording time. Each line's hash is checked against the chain before anything commits. The key
 * store (`subjectKeys`, a backup of it, restored first) decides what personal data comes back:
 * none of a subject erased since the export was taken. `unreadable` counts the subjects whose
 * details came back sealed without a key.
 */
export const importEvents = async (
  database: Database,
  lines: AsyncIterable<string>,
  options: {
    batchSize?: number;
    onProgress?: (imported: number) => void;
    subjectKeys?: SubjectKeyBackup;
  } = {},
): Promise<{ imported: number; headHash: string; unreadable: number }> => {
  // Take the iterator before the first await: a readline source emits lines as soon as its input
  // flows, and lines nobody is iterating yet are lost.
  const source = lines[Symbol.asyncIterator]();
  return database.transaction(async (tx) => {
    const [existing] = await tx.rows<{ count: number | string }>(
      sql`SELECT count(*) AS count FROM events`,
    );
    if (Number(existing?.count) > 0) throw new ImportError('the database is not empty');
    if (options.subjectKeys) await importSubjectKeys(tx, options.subjectKeys);
    const unreadable = new Set<string>();
    let previous = GENESIS_HASH;
    let expected = 1;
    let batch: ExportedEvent[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      for (const subject of await insertBatch(tx, batch)) unreadable.add(subject);
      options.onProgress?.(expected - 1);
      batch = [];
    };
    let lineNumber = 0;
    for await (const line of { [Symbol.asyncIterator]: () => source }) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      let event: ExportedEvent;
      try {
        event = JSON.parse(line) as ExportedEvent;
      } catch {
        throw new ImportError('not valid JSON', lineNumber);
      }
      if (event.position !== expected) {
        throw new ImportError(`expected position ${expected}, found ${event.position}`, lineNumber);
      }
      if (chainHash(previous, event.position, rowOf(event)) !== event.hash) {
        throw new ImportError(`position ${event.position} does not match its hash`, lineNumber);
      }
      previous = event.hash;
      expected += 1;
      batch.push(event);
      if (batch.length >= (options.batchSize ?? 1000)) await flush();
    }
    await flush();
    return { imported: expected - 1, headHash: previous, unreadable: unreadable.size };
  });
};

/** Inserts a batch; returns the subjects whose personal data has no key here. */
const insertBatch = async (
  runner: SqlRunner,
  batch: readonly ExportedEvent[],
): Promise<Set<string>> => {
  const rows = await runner.rows<{ id: number | string }>(sql`
    INSERT INTO events (stream_id, stream_type, stream_version, type, schema_version, data,
      metadata, occurred_at, recorded_at, mac)
    SELECT e.stream_id, e.stream_type, e.stream_version, e.type, e.schema_version, e.data,
      e.metadata, e.occurred_at, e.recorded_at, e.mac
    FROM jsonb_to_recordset(${JSON.stringify(
      batch.map((event) => ({ ...rowOf(event), position: event.position, mac: event.mac ?? null })),
    )}::jsonb) AS e(position bigint, stream_id text, stream_type text, stream_version int,
      type text, schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz,
      recorded_at timestamptz, mac text)
    ORDER BY e.position
    RETURNING id`);
  // Identity ids rise in insertion order, which is position order.
  const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b);
  const links = batch.map((event, index) => ({
    position: event.position,
    event_id: ids[index],
    hash: event.hash,
  }));
  await runner.rows(sql`
    INSERT INTO event_chain (position, event_id, tx_id, hash)
    SELECT position, event_id, pg_current_xact_id(), hash
    FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb)
      AS l(position bigint, event_id bigint, hash text)`);
  const owners = batch.flatMap((event, index) => event.personalData.map(() => ids[index]));
  const restored = await restorePersonalRecords(
    runner,
    batch.flatMap((event) => event.personalData),
  );
  const personal = restored.rows.map(({ subjectId, data }, index) => ({
    event_id: owners[index],
    subject_id: subjectId,
    data,
    erased: data === null,
  }));
  if (personal.length > 0) {
    await runner.rows(sql`
      INSERT INTO personal_data (event_id, subject_id, data, erased_at)
      SELECT event_id, subject_id, data, CASE WHEN erased THEN now() END
      FROM jsonb_to_recordset(${JSON.stringify(personal)}::jsonb)
        AS p(event_id bigint, subject_id text, data jsonb, erased boolean)`);
  }
  return restored.unreadable;
};
