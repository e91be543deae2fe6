import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventMacKeyOf, generateSigningKey, loadSigningKey } from '../../checkpoints/index.js';
import { loadConfig } from '../../config.js';
import type { Database } from '../../database/index.js';
import {
  createEventStore,
  type EventStoreOptions,
  type NewEvent,
} from '../../event-store/index.js';
import { rewriteEvent, truncateHistory } from '../../testing/rewrite-history.js';
import { runToEnd } from '../../testing/run-source.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

/**
 * The operator's side, with real processes: keys, a checkpoint file, and `verify` against the
 * three ways a database superuser can rewrite history.
 */
let test: TestDatabase;
let keyDir: string;
let env: Record<string, string>;
let checkpointFile: string;

const fahrplan = (...args: string[]) => runToEnd('src/cli/main.ts', args, env);

/** Appends with the database open in this process, then closes it for the next child process. */
const withDatabase = async (work: (database: Database) => Promise<void>) => {
  const database = await test.reopen();
  try {
    await work(database);
  } finally {
    await database.close();
  }
};

const defined = (n: number): NewEvent => ({
  type: 'ActionFieldDefined',
  schemaVersion: 1,
  data: { title: `Handlungsfeld ${n}` },
  occurredAt: '2016-05-01T00:00:00Z',
});

const appendAll = async (database: Database, options: EventStoreOptions, from: number) => {
  const store = createEventStore(database, options);
  for (const n of [from, from + 1, from + 2]) await store.append(`ActionField-${n}`, [defined(n)]);
  await store.seal();
  await store.close();
};

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: true });
  keyDir = mkdtempSync(join(tmpdir(), 'fahrplan-keys-'));
  env = { ...test.env, FAHRPLAN_SIGNING_KEY_FILE: join(keyDir, 'signing-key.pem') };
  checkpointFile = join(keyDir, 'checkpoint.json');
  // Written before there was a key: the legacy range.
  await appendAll(test.database, {}, 1);
  await test.database.close();
});
afterAll(async () => {
  await test.close();
  rmSync(keyDir, { recursive: true, force: true });
});

describe('pnpm fahrplan keys create', () => {
  it('writes a private key only its owner can read, and names the key', async () => {
    const created = await fahrplan('keys', 'create');
    expect(created.code).toBe(0);
    const key = loadSigningKey(loadConfig(env).signing);
    expect(created.stdout).toContain(`Signing key ${key?.keyId} written`);
    expect(statSync(env.FAHRPLAN_SIGNING_KEY_FILE ?? '').mode & 0o777).toBe(0o600);
  });

  it('never overwrites a key', async () => {
    const before = readFileSync(env.FAHRPLAN_SIGNING_KEY_FILE ?? '', 'utf8');
    const again = await fahrplan('keys', 'create');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect(readFileSync(env.FAHRPLAN_SIGNING_KEY_FILE ?? '', 'utf8')).toBe(before);
  });
});

describe('with the key in use', () => {
  beforeAll(async () => {
    const key = loadSigningKey(loadConfig(env).signing);
    if (!key) throw new Error('no key');
    await withDatabase((database) => appendAll(database, { eventMacKey: eventMacKeyOf(key) }, 4));
  });

  it('signs a checkpoint into a file', async () => {
    const signed = await fahrplan('checkpoint', '--out', checkpointFile);
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(JSON.parse(readFileSync(checkpointFile, 'utf8'))).toMatchObject({ position: 6 });
  });

  it('verifies the chain, the MACs after the legacy range, and the checkpoint', async () => {
    const result = await fahrplan('verify', '--checkpoint', checkpointFile);
    expect(result.stderr).not.toMatch(/TAMPERED|NOT WRITTEN|CHECKPOINT/);
    expect(result.stdout).toContain('OK: 6 events verified');
    expect(result.stdout).toContain('MAC: 3 events written by Fahrplan (key');
    expect(result.stdout).toContain('3 older events have none (legacy range, before position 4)');
    expect(result.stdout).toContain('CHECKPOINT OK');
    expect(result.code).toBe(0);
  });

  it('fails the checkpoint against another public key', async () => {
    const other = generateSigningKey().key.publicKeyBase64;
    const result = await fahrplan('verify', '--checkpoint', checkpointFile, '--public-key', other);
    expect(result.stderr).toContain('CHECKPOINT BAD_SIGNATURE at position 6');
    expect(result.code).toBe(1);
  });

  it('could not check a malformed checkpoint: exit 2, naming the field', async () => {
    const result = await fahrplan('verify', '--checkpoint', '6:not-a-hash');
    expect(result.stderr).toContain('Could not check (checkpoint)');
    expect(result.code).toBe(2);
  });
});

describe('when a superuser edited an event and recomputed the chain with chainHash', () => {
  beforeAll(() => withDatabase((database) => rewriteEvent(database, 5, { title: 'Gefälscht' })));

  it('fails the earlier checkpoint and names the edited event by its MAC', async () => {
    const result = await fahrplan('verify', '--checkpoint', checkpointFile);
    expect(result.stdout).toContain('OK: 6 events verified');
    // The checkpoint at 6 no longer matches, and the MACs name the event that was changed.
    expect(result.stderr).toContain('CHECKPOINT MISMATCH at position 5');
    expect(result.stderr).toContain('At position 6 the log holds another hash');
    expect(result.stderr).toContain('No API process wrote position 5 (invalid MAC)');
    expect(result.stderr).toMatch(
      /NOT WRITTEN BY FAHRPLAN at position 5: event id \d+ \(invalid MAC\)/,
    );
    expect(result.code).toBe(1);
  });
});

describe('when a superuser deleted the newest events', () => {
  let claim: string;
  beforeAll(async () => {
    const checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as {
      position: number;
      hash: string;
    };
    claim = `${checkpoint.position}:${checkpoint.hash}`;
    await withDatabase((database) => truncateHistory(database, 2));
  });

  it('says the log ends before the checkpoint', async () => {
    const result = await fahrplan('verify', '--checkpoint', claim);
    expect(result.stderr).toContain('CHECKPOINT TRUNCATED at position 6');
    expect(result.stderr).toContain('The log ends at position 4');
    expect(result.code).toBe(1);
  });
});

describe('when events were inserted by hand after the head', () => {
  beforeAll(() =>
    withDatabase(async (database) => {
      // INSERT is what the application role may do too: the MAC is what tells them apart.
      await database.rows(sql`
        INSERT INTO events (stream_id, stream_type, stream_version, type, schema_version, data,
                            metadata, occurred_at)
        VALUES ('ActionField-99', 'ActionField', 1, 'ActionFieldDefined', 1,
                '{"title":"Untergeschoben"}', '{"actor":"team"}', '2016-05-01')`);
      // A copy of a genuine event, MAC and all, as another version of its stream.
      await database.rows(sql`
        INSERT INTO events (stream_id, stream_type, stream_version, type, schema_version, data,
                            metadata, occurred_at, mac)
        SELECT stream_id, stream_type, stream_version + 1, type, schema_version, data, metadata,
               occurred_at, mac
        FROM events WHERE stream_id = 'ActionField-4'`);
      // The next start seals them into the chain as if they were genuine.
      const store = createEventStore(database);
      await store.seal();
      await store.close();
    }),
  );

  it('names each event no API process wrote, at its position', async () => {
    const result = await fahrplan('verify');
    expect(result.stdout).toContain('OK: 6 events verified');
    // After the truncation the head was 4: the hand-made event is 5, the copy 6.
    expect(result.stderr).toMatch(
      /NOT WRITTEN BY FAHRPLAN at position 5: event id \d+ \(missing MAC\)/,
    );
    expect(result.stderr).toMatch(
      /NOT WRITTEN BY FAHRPLAN at position 6: event id \d+ \(duplicate MAC\)/,
    );
    expect(result.code).toBe(1);
  });
});
