import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../checkpoints/signing-key.js';
import { compose } from '../composition.js';
import { pgErrorOf } from '../event-store/errors.js';
import { readChainHead } from '../event-store/index.js';
import { eraseSubject } from '../privacy/erase.js';
import { seedDemo } from '../seed/demo.js';
import { runToEnd } from '../testing/run-source.js';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKind,
} from '../testing/test-database.js';
import { connect, type Database } from './index.js';

/** The SQL error a statement fails with: SQLSTATE and message. */
const failureOf = async (database: Database, statement: string) => {
  try {
    await database.rows(sql.raw(statement));
  } catch (error) {
    let message = '';
    for (let current: unknown = error; current instanceof Error; current = current.cause) {
      message = current.message;
    }
    return { code: pgErrorOf(error).code, message };
  }
  throw new Error(`${statement} was not refused`);
};

const REWRITES = [
  'UPDATE events SET data = \'{"title":"Gefälscht"}\'',
  'DELETE FROM events WHERE id = (SELECT max(id) FROM events)',
  'TRUNCATE events CASCADE',
  "UPDATE event_chain SET hash = repeat('0', 64)",
  'DELETE FROM event_chain WHERE position = (SELECT max(position) FROM event_chain)',
  'TRUNCATE event_chain',
  "UPDATE checkpoints SET hash = repeat('0', 64)",
  'DELETE FROM checkpoints',
  'TRUNCATE checkpoints',
];

let test: TestDatabase;
const signingKey = generateSigningKey().key;

beforeAll(async () => {
  test = await createTestDatabase({ onDisk: testDatabaseKind() === 'postgres' });
  const { execute, store, checkpoints, feed } = compose(test.database, { signingKey });
  await seedDemo(test.database, execute, { now: new Date().toISOString() });
  await checkpoints.sign(new Date().toISOString());
  await feed.close();
  await store.close();
});
afterAll(() => test.close());

describe('the log, the chain and the checkpoints, through the application’s connection', () => {
  it.each(REWRITES)('refuse %s, naming the table as append-only', async (statement) => {
    const before = await test.database.rows(sql`
      SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_chain) AS links,
             (SELECT count(*) FROM checkpoints) AS checkpoints`);
    const failure = await failureOf(test.database, statement);
    expect(failure.code).toBe('42501');
    expect(failure.message).toMatch(/refused: the table is append-only|permission denied/);
    expect(
      await test.database.rows(sql`
      SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_chain) AS links,
             (SELECT count(*) FROM checkpoints) AS checkpoints`),
    ).toEqual(before);
  });

  it('still lets personal data be erased, and the chain stays whole', async () => {
    const [subject] = await test.database.rows<{ subject_id: string }>(
      sql`SELECT subject_id FROM personal_data WHERE data IS NOT NULL LIMIT 1`,
    );
    const { store, feed } = compose(test.database, { signingKey });
    const erased = await eraseSubject(test.database, store, {
      subjectId: subject?.subject_id ?? '',
      reason: 'Antrag nach Art. 17 DSGVO',
      actor: 'test',
      role: 'admin',
      now: new Date().toISOString(),
    });
    expect(erased).toBeGreaterThan(0);
    await store.seal();
    expect((await store.verify()).ok).toBe(true);
    await feed.close();
    await store.close();
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('the application role on PostgreSQL', () => {
  const role = `fahrplan_app_${Math.random().toString(36).slice(2, 10)}`;
  let app: Database;

  beforeAll(async () => {
    const setup = await runToEnd(
      'src/cli/main.ts',
      ['db-role', '--name', role, '--login'],
      test.env,
    );
    expect(setup.stderr).toBe('');
    expect(setup.code).toBe(0);
    const url = new URL(test.url ?? '');
    url.username = role;
    app = await connect({ kind: 'postgres', url: url.toString() }, { maxConnections: 2 });
  });
  afterAll(async () => {
    await app.close();
    // Roles belong to the whole server: take this one's grants back and drop it.
    await test.database.rows(sql.raw(`DROP OWNED BY ${role}`));
    await test.database.rows(sql.raw(`DROP ROLE ${role}`));
  });

  it('runs the whole command path: appends, projections, sealing, a signed checkpoint', async () => {
    const { store, execute, checkpoints, feed } = compose(app, { signingKey });
    const [{ count: before } = { count: 0 }] = await app.rows<{ count: string }>(
      sql`SELECT count(*) AS count FROM events`,
    );
    const metadata = {
      actor: 'test',
      role: 'team',
      now: new Date().toISOString(),
      timeZone: 'Europe/Berlin',
    } as const;
    await execute({
      type: 'DefineActionField',
      data: { actionFieldId: 'af-rolle', key: 'rolle', title: 'Rollenprobe', description: 'Probe' },
      metadata,
    });
    // A revision closes the previous read-model version: an UPDATE the role may make there.
    const revised = await execute({
      type: 'ReviseActionField',
      data: { actionFieldId: 'af-rolle', title: 'Rollenprobe, überarbeitet' },
      metadata,
      expectedVersion: 1,
    });
    expect(revised.version).toBe(2);
    // The chain seals a commit once no older transaction on the server is open: wait for it.
    for (let tries = 0; tries < 200; tries++) {
      await store.seal();
      if ((await readChainHead(app))?.position === Number(before) + 2) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const checkpoint = await checkpoints.sign(new Date().toISOString());
    expect(checkpoint.position).toBe(Number(before) + 2);
    expect((await store.verify()).ok).toBe(true);
    await feed.close();
    await store.close();
  });

  it.each(REWRITES)('is refused %s by its grants', async (statement) => {
    const failure = await failureOf(app, statement);
    expect(failure).toMatchObject({ code: '42501' });
    expect(failure.message).toMatch(/permission denied for table (events|event_chain|checkpoints)/);
  });

  it('cannot switch the append-only trigger off: only the owner or a superuser can', async () => {
    const failure = await failureOf(app, 'ALTER TABLE events DISABLE TRIGGER events_append_only');
    expect(failure).toMatchObject({ code: '42501' });
    expect(failure.message).toMatch(/must be owner of table events/);
  });
});
