import { sql } from 'drizzle-orm';
import type { SqlRunner } from '../database/index.js';
import { checkEventMac, type EventMacKey } from './event-mac.js';
import { EVENT_COLUMNS, type EventRow } from './read.js';

/** An event no API process holding the key wrote: no MAC where one is due, a wrong one, a copy. */
export interface ForeignEvent {
  readonly eventId: number;
  /** Its chain position; null when not sealed yet. */
  readonly position: number | null;
  readonly reason: 'missing' | 'invalid' | 'duplicate';
}

export interface MacReport {
  /** Events whose MAC holds. */
  readonly authentic: number;
  /** Events before the first one with a MAC: written before MACs (or without a key). */
  readonly legacy: number;
  /** The first position with a MAC: the legacy range ends before it; null without any. */
  readonly firstMacPosition: number | null;
  /** Events with a MAC of another key: not checkable with this one. */
  readonly otherKey: number;
  readonly foreign: readonly ForeignEvent[];
  /** How many foreign events there are (the list stops at `limit`). */
  readonly foreignCount: number;
}

type MacRow = EventRow & { mac: string | null; position: number | string | null };

/**
 * Checks the MAC of every event, sealed ones in chain order and then those not sealed yet. Before
 * the first event with a MAC lies the legacy range; from there on every event needs a valid MAC
 * with a nonce seen once.
 */
export const verifyEventMacs = async (
  runner: SqlRunner,
  key: EventMacKey,
  options: { batchSize?: number; limit?: number } = {},
): Promise<MacReport> => {
  const batchSize = options.batchSize ?? 5000;
  const limit = options.limit ?? 20;
  const nonces = new Set<string>();
  const foreign: ForeignEvent[] = [];
  let foreignCount = 0;
  let authentic = 0;
  let legacy = 0;
  let otherKey = 0;
  let firstMacPosition: number | null = null;
  let macSeen = false;

  const inspect = (row: MacRow) => {
    const position = row.position === null ? null : Number(row.position);
    const flag = (reason: ForeignEvent['reason']) => {
      foreignCount += 1;
      if (foreign.length < limit) foreign.push({ eventId: Number(row.id), position, reason });
    };
    if (row.mac === null) {
      if (macSeen) flag('missing');
      else legacy += 1;
      return;
    }
    if (!macSeen) {
      macSeen = true;
      firstMacPosition = position;
    }
    const verdict = checkEventMac(key, row.mac, {
      streamId: row.stream_id,
      streamType: row.stream_type,
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      occurredAt: row.occurred_at,
    });
    if (verdict.kind === 'otherKey') otherKey += 1;
    else if (verdict.kind === 'invalid') flag('invalid');
    else if (nonces.has(verdict.nonce)) flag('duplicate');
    else {
      nonces.add(verdict.nonce);
      authentic += 1;
    }
  };

  for (let after = 0; ; ) {
    const rows = await runner.rows<MacRow>(sql`
      SELECT ${EVENT_COLUMNS}, e.mac, c.position
      FROM event_chain c JOIN events e ON e.id = c.event_id
      WHERE c.position > ${after} ORDER BY c.position LIMIT ${batchSize}`);
    rows.forEach(inspect);
    if (rows.length < batchSize) break;
    after = Number(rows.at(-1)?.position);
  }
  // Not sealed yet: what a superuser put after the head is here until the next seal.
  for (let after = 0; ; ) {
    const rows = await runner.rows<MacRow>(sql`
      SELECT ${EVENT_COLUMNS}, e.mac, NULL AS position
      FROM events e WHERE e.id > ${after}
        AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_id = e.id)
      ORDER BY e.id LIMIT ${batchSize}`);
    rows.forEach(inspect);
    if (rows.length < batchSize) break;
    after = Number(rows.at(-1)?.id);
  }
  return { authentic, legacy, firstMacPosition, otherKey, foreign, foreignCount };
};
