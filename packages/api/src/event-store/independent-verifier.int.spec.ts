import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../composition.js';
import { seedDemo } from '../seed/demo.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { exportEvents } from './index.js';

/**
 * A verifier written from the README's "Verifying the chain yourself" alone: an export's lines,
 * the RFC author's JCS implementation and SHA-256 — none of Fahrplan's own hashing code.
 */
const verifyNdjson = (
  ndjson: string,
): { ok: true; head: string } | { ok: false; position: number } => {
  let previous = '0'.repeat(64);
  let expectedPosition = 1;
  for (const line of ndjson.split('\n').filter((text) => text.trim() !== '')) {
    const event = JSON.parse(line) as Record<string, unknown>;
    const bytes = canonicalize([
      previous,
      event.position,
      event.streamId,
      event.streamType,
      event.streamVersion,
      event.type,
      event.schemaVersion,
      event.data,
      event.metadata,
      event.occurredAt,
      event.recordedAt,
    ]);
    const hash = createHash('sha256')
      .update(bytes ?? '', 'utf8')
      .digest('hex');
    if (event.position !== expectedPosition || hash !== event.hash) {
      return { ok: false, position: expectedPosition };
    }
    previous = hash;
    expectedPosition += 1;
  }
  return { ok: true, head: previous };
};

let source: TestDatabase;
let ndjson: string;
let storeHead: string;

beforeAll(async () => {
  source = await createTestDatabase();
  const composed = compose(source.database);
  await seedDemo(source.database, composed.execute, { now: new Date().toISOString() });
  await composed.store.seal();
  const verified = await composed.store.verify();
  if (!verified.ok) throw new Error('the seeded log does not verify');
  storeHead = verified.headHash;
  await composed.store.close();
  const lines: string[] = [];
  for await (const event of exportEvents(source.database)) lines.push(JSON.stringify(event));
  ndjson = lines.join('\n');
});
afterAll(() => source.close());

describe('the hash chain, checked by an independent verifier', () => {
  it('reproduces every hash of an export and the store’s head hash', () => {
    expect(verifyNdjson(ndjson)).toEqual({ ok: true, head: storeHead });
  });

  it('names the first position whose bytes were changed', () => {
    const lines = ndjson.split('\n');
    const edited = JSON.parse(lines[41] ?? '') as { data: Record<string, unknown> };
    edited.data = { ...edited.data, title: 'Nachträglich geändert' };
    lines[41] = JSON.stringify(edited);
    expect(verifyNdjson(lines.join('\n'))).toEqual({ ok: false, position: 42 });
  });
});
