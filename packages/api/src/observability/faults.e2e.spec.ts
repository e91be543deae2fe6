import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { connect, type Database, migrate } from '../database/index.js';
import { freePort, type ServerProcess, startServer } from '../testing/server-process.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../testing/throwaway-postgres.js';
import { countOutcomes, startWriteLoad, type WriteRecord } from '../testing/write-load.js';
import { readSealerLag } from './database-status.js';

const METRICS_TOKEN = 'metrics-secret-for-the-test';
/** The clients' patience: every answer must come before it. */
const PATIENCE_MS = 6000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const gauge = (text: string, name: string): number => {
  const match = text.match(new RegExp(`^${name} (\\S+)$`, 'm'));
  return match ? Number(match[1]) : Number.NaN;
};

/**
 * Real processes against a PostgreSQL cluster of the test's own (never the machine's shared one):
 * a long transaction holding back the sealer, the database stopped under writes, and SIGTERM
 * under writes. Every figure is printed for the report.
 */
describe.runIf(
  testDatabaseKind() === 'postgres' && existsSync('/usr/lib/postgresql/15/bin/initdb'),
)('the API process under faults', () => {
  let cluster: ThrowawayPostgres;
  let database: Database;
  let api: ServerProcess;
  let token: string;

  const scrape = async () => {
    const text = await (
      await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    return {
      pending: gauge(text, 'fahrplan_sealer_pending_events'),
      oldestPendingSeconds: gauge(text, 'fahrplan_sealer_oldest_pending_seconds'),
      oldestTransactionSeconds: gauge(text, 'fahrplan_database_oldest_transaction_seconds'),
      head: gauge(text, 'fahrplan_feed_head_position'),
    };
  };

  /** Every acknowledged write is in the log: the key of each defined action field. */
  const missing = async (records: readonly WriteRecord[]): Promise<string[]> => {
    const rows = await database.rows<{ key: string }>(
      sql`SELECT data->>'key' AS key FROM events WHERE type = 'ActionFieldDefined'`,
    );
    const stored = new Set(rows.map((row) => row.key));
    return records
      .filter((r) => r.outcome === 'acknowledged' && !stored.has(r.key))
      .map((r) => r.key);
  };

  /** Writers at the API (`prefix` on their keys), given `warmUpMs` to get going before the fault. */
  const underWrites = async (prefix: string, writers = 8, warmUpMs = 2000) => {
    const load = startWriteLoad(api.url, token, { writers, patienceMs: PATIENCE_MS, prefix });
    await sleep(warmUpMs);
    return load;
  };

  beforeAll(async () => {
    cluster = startThrowawayPostgres(await freePort());
    database = await connect({ kind: 'postgres', url: cluster.url });
    await migrate(database);
    token = (await createToken(database, { role: 'team', name: 'Last' })).token;
    api = await startServer(
      {
        DATABASE_URL: cluster.url,
        FAHRPLAN_LOG_LEVEL: 'warn',
        FAHRPLAN_METRICS_TOKEN: METRICS_TOKEN,
        FAHRPLAN_SEALER_STALL_SECONDS: '3',
        FAHRPLAN_READY_TIMEOUT_MS: '1000',
        FAHRPLAN_DB_CONNECT_TIMEOUT_MS: '2000',
        FAHRPLAN_DB_STATEMENT_TIMEOUT_MS: '4000',
        FAHRPLAN_REQUEST_TIMEOUT_MS: '4500',
        FAHRPLAN_SHUTDOWN_TIMEOUT_MS: '8000',
        FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1000000',
      },
      { waitFor: '/readyz', timeoutMs: 60_000 },
    );
  }, 120_000);

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await once(api.child, 'exit');
    }
    await database?.close().catch(() => {});
    cluster?.destroy();
  });

  it('shows a long-open transaction holding back the sealer, and catches up after COMMIT', async () => {
    const load = await underWrites('tx', 4, 1500);
    const before = await scrape();
    const holder = postgres(cluster.url, { max: 1, onnotice: () => {} });
    const held = await holder.reserve();
    await held.unsafe('BEGIN');
    const [{ pid }] = (await held.unsafe(
      'SELECT pg_backend_pid() AS pid, pg_current_xact_id() AS xid',
    )) as unknown as [{ pid: number }];
    await sleep(10_000); // the issue measured 60 s; 10 s shows the same and keeps CI short
    const during = await scrape();
    const ready = await fetch(`${api.url}/readyz`);
    const readyBody = (await ready.json()) as { reason?: string };
    await held.unsafe('COMMIT');
    const committed = performance.now();
    let after = await scrape();
    while (after.pending > 0 && performance.now() - committed < 10_000) {
      await sleep(100);
      after = await scrape();
    }
    const catchUpMs = Math.round(performance.now() - committed);
    held.release();
    await holder.end();
    const records = await load.stop();
    console.log('long transaction (10 s):', {
      before,
      during,
      after,
      catchUpMs,
      readyz: { status: ready.status, ...readyBody },
      writes: countOutcomes(records),
    });

    expect(before.pending).toBeLessThan(50);
    expect(during.pending).toBeGreaterThan(before.pending);
    expect(during.oldestPendingSeconds).toBeGreaterThanOrEqual(5);
    expect(during.oldestTransactionSeconds).toBeGreaterThanOrEqual(9);
    expect(ready.status).toBe(503);
    expect(readyBody.reason).toContain(`sealer stalled`);
    expect(readyBody.reason).toContain(`pid ${pid}`);
    expect(api.output).toContain('sealer stalled: held back by transaction of backend pid');
    expect(api.output).toContain(`"blockingPid":${pid}`);
    expect(after.pending).toBe(0);
    expect(after.head).toBeGreaterThan(during.head);
    expect(countOutcomes(records).acknowledged).toBeGreaterThan(0);
    expect(await missing(records)).toEqual([]);
    const readyAgain = await fetch(`${api.url}/readyz`);
    await readyAgain.text();
    expect(readyAgain.status).toBe(200);
  }, 60_000);

  it('answers 503 at once while the database is down, and recovers by itself', async () => {
    const load = await underWrites('out');
    cluster.stop();
    const stopped = performance.now();
    const probes: { healthzMs: number; healthz: number; readyz: number; reason?: string }[] = [];
    while (performance.now() - stopped < 5000) {
      const t0 = performance.now();
      const healthz = await fetch(`${api.url}/healthz`);
      await healthz.text();
      const healthzMs = Math.round(performance.now() - t0);
      const readyz = await fetch(`${api.url}/readyz`);
      const { reason } = (await readyz.json()) as { reason?: string };
      probes.push({
        healthzMs,
        healthz: healthz.status,
        readyz: readyz.status,
        ...(reason ? { reason } : {}),
      });
      await sleep(500);
    }
    cluster.start();
    const restarted = performance.now();
    const firstCount = load.records.length;
    // Recovered once a write made after the restart is acknowledged.
    while (
      !load.records.slice(firstCount).some((r) => r.outcome === 'acknowledged') &&
      performance.now() - restarted < 20_000
    ) {
      await sleep(100);
    }
    const recoveryMs = Math.round(performance.now() - restarted);
    // Ready again once the sealer has chained what waited through the outage.
    let readyAgain = await fetch(`${api.url}/readyz`);
    while (readyAgain.status !== 200 && performance.now() - restarted < 20_000) {
      await readyAgain.text();
      await sleep(250);
      readyAgain = await fetch(`${api.url}/readyz`);
    }
    await readyAgain.text();
    const readyAgainMs = Math.round(performance.now() - restarted);
    const records = await load.stop();
    const unavailable = records.filter((r) => r.outcome === 'unavailable').map((r) => r.ms);
    const bad = records.filter((r) => !['acknowledged', 'unavailable'].includes(r.outcome));
    console.log('database stopped for 5 s under 8 writers:', {
      writes: countOutcomes(records),
      unavailableMs: {
        max: Math.max(...unavailable),
        median: unavailable.sort((a, b) => a - b)[Math.floor(unavailable.length / 2)],
      },
      healthzMaxMs: Math.max(...probes.map((p) => p.healthzMs)),
      readyzReasons: [...new Set(probes.map((p) => p.reason))],
      recoveryMs,
      readyAgainMs,
      bad: bad.slice(0, 5),
    });

    expect(bad).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(Math.max(...unavailable)).toBeLessThan(PATIENCE_MS);
    expect(probes.every((p) => p.healthz === 200 && p.healthzMs < 1000)).toBe(true);
    expect(probes.every((p) => p.readyz === 503 && p.reason === 'database unreachable')).toBe(true);
    expect(recoveryMs).toBeLessThan(20_000);
    expect(await missing(records)).toEqual([]);
    expect(readyAgain.status).toBe(200);
  }, 90_000);

  it('shuts down on SIGTERM under writes: every answer complete, nothing acknowledged lost, exit 0', async () => {
    const load = await underWrites('term');
    const exited = once(api.child, 'exit');
    const signalled = performance.now();
    api.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    const shutdownMs = Math.round(performance.now() - signalled);
    await sleep(300);
    const records = await load.stop();
    const lag = await readSealerLag(database);
    const counts = countOutcomes(records);
    console.log('SIGTERM under 8 writers:', { code, shutdownMs, writes: counts, sealerAfter: lag });

    expect(code).toBe(0);
    // Within the configured shutdown time (8 s), plus sealing and closing the pool.
    expect(shutdownMs).toBeLessThan(10_000);
    // Complete answers or no answer (refused, or closed before a response began): never a cut body.
    expect(counts.cut ?? 0).toBe(0);
    expect(counts.hung ?? 0).toBe(0);
    expect(counts.other ?? 0).toBe(0);
    expect(counts.refused ?? 0).toBeGreaterThan(0);
    expect(await missing(records)).toEqual([]);
    expect(lag.pendingEvents).toBe(0);
  }, 60_000);
});
