import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { NEXT_RELEASE_FOLDER, runSqlFile } from '../testing/migration-files.js';
import {
  checkOutRelease,
  type ReleaseCheckout,
  releaseBefore,
} from '../testing/previous-release/checkout.js';
import { startRetryingWriters } from '../testing/retrying-writes.js';
import { type ServerProcess, startServer, stopServer } from '../testing/server-process.js';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKind,
} from '../testing/test-database.js';
import { writeOnce } from '../testing/write-load.js';

// A rolling upgrade with real processes: the previous release's api (its own code, from git) and
// this release's, on one PostgreSQL database that this release's migrations expanded
// (0010_idempotency_used_at). Both serve reads and keyed writes, and a client's retry may land on
// either. Then the contract step (drizzle-next/) runs: this release alone is fine, the previous
// one fails its keyed writes — which is why the contract waits until none of it runs.
// PostgreSQL only: PGlite is one process's database.
describe.runIf(testDatabaseKind() === 'postgres')('rolling upgrade: expand, then contract', () => {
  let test: TestDatabase;
  let release: ReleaseCheckout;
  let previous: ServerProcess;
  let current: ServerProcess;
  let token: string;

  beforeAll(async () => {
    release = checkOutRelease(releaseBefore('idempotency_used_at'));
    test = await createTestDatabase();
    token = (await createToken(test.database, { role: 'team', name: 'Rolling upgrade' })).token;
    [previous, current] = await Promise.all([
      startServer(test.env, { packageRoot: release.packageRoot }),
      startServer(test.env),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([previous, current].filter(Boolean).map(stopServer));
    await test?.close();
    release?.remove();
  });

  const events = async () =>
    Number(
      (await test.database.rows<{ count: string }>(sql`SELECT count(*) AS count FROM events`))[0]
        ?.count,
    );
  /** The first keys by title ("Feld after-…" and "Feld from-…" come before "Feld load-…"). */
  const keys = async (url: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ actionFields(first: 100) { edges { node { key } } } }' }),
    });
    const body = (await response.json()) as {
      data?: { actionFields: { edges: { node: { key: string } }[] } };
    };
    return (body.data?.actionFields.edges ?? []).map((edge) => edge.node.key).sort();
  };

  /** A keyed write to `url`, expected to be acknowledged (made, or answered from the first). */
  const acknowledged = async (url: string, key: string) =>
    expect(await writeOnce(url, token, key, 10_000)).toMatchObject({ outcome: 'acknowledged' });

  it('the previous release runs its own code, which knows only recorded_at', () => {
    const code = readFileSync(join(release.packageRoot, 'src/event-store/idempotency.ts'), 'utf8');
    expect(code).toMatch(/recorded_at/);
    expect(code).not.toMatch(/used_at/);
    expect(previous.child.exitCode).toBeNull();
  });

  it('a keyed write on one release and its retry on the other: made once', async () => {
    await acknowledged(previous.url, 'from-previous');
    await acknowledged(current.url, 'from-current');
    const written = await events();
    // The retries, each on the other release: answered from the first write, nothing new.
    await acknowledged(current.url, 'from-previous');
    await acknowledged(previous.url, 'from-current');
    expect(await events()).toBe(written);
    // Each reads what the other wrote.
    expect(await keys(previous.url)).toEqual(['from-current', 'from-previous']);
    expect(await keys(current.url)).toEqual(['from-current', 'from-previous']);
  });

  it('both releases under concurrent keyed writes: every write acknowledged, none twice', async () => {
    const writers = startRetryingWriters([previous.url, current.url], token, {
      writersPerApi: 2,
      patienceMs: 10_000,
      giveUpMs: 20_000,
      prefix: 'load',
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const writes = await writers.stop();
    expect(writes.length).toBeGreaterThan(4);
    expect(writes.every((write) => write.acknowledgedAt !== undefined)).toBe(true);
    expect(writes.flatMap((write) => write.attempts).map((attempt) => attempt.outcome)).toEqual(
      writes.map(() => 'acknowledged'),
    );
    const stored = await test.database.rows<{ key: string; count: string }>(sql`
      SELECT key, count(*) AS count FROM idempotency_keys WHERE key LIKE 'load-%' GROUP BY key`);
    expect(stored).toHaveLength(writes.length);
    expect(previous.output).not.toMatch(/"level":(50|60)/);
    expect(current.output).not.toMatch(/"level":(50|60)/);
  });

  it('after the contract this release alone is fine; the previous one fails keyed writes', async () => {
    await runSqlFile(test.database, join(NEXT_RELEASE_FOLDER, 'idempotency_drop_recorded_at.sql'));
    await acknowledged(current.url, 'after-contract');
    const written = await events();
    await acknowledged(current.url, 'after-contract');
    await acknowledged(current.url, 'from-previous');
    expect(await events()).toBe(written);
    expect(await keys(current.url)).toContain('after-contract');
    // Unsupported from here on: its statements name recorded_at.
    expect(await writeOnce(previous.url, token, 'previous-after-contract', 10_000)).toMatchObject({
      outcome: 'other',
      detail: expect.stringMatching(/INTERNAL_SERVER_ERROR$/),
    });
    expect(previous.output).toMatch(/recorded_at/);
    expect(await events()).toBe(written);
  });
});
