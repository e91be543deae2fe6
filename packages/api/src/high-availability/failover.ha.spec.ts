import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { createKeyFile } from '../checkpoints/index.js';
import { connect, type Database, migrate } from '../database/index.js';
import { readSealerLag } from '../observability/database-status.js';
import {
  killNode,
  type LocalHaNode,
  leaderOf,
  localHaAvailable,
  patroniSays,
  type RunningLocalHa,
  startLocalHa,
} from '../testing/local-ha.js';
import { type RetriedWrite, startRetryingWriters } from '../testing/retrying-writes.js';
import { runToEnd } from '../testing/run-source.js';
import { type ServerProcess, startServer, stopServer } from '../testing/server-process.js';

/** A client's patience for one attempt; the API must answer (503 at worst) before it. */
const PATIENCE_MS = 6000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

interface FeedPage {
  data?: {
    events: {
      edges: { node: { position: string; type: string; data: { key?: string } } }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
  errors?: unknown[];
}

/** The whole `events` feed over HTTP, as a partner syncing from the start would page it. */
const readWholeFeed = async (api: string, token: string) => {
  const events: { position: number; type: string; key?: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query Feed($after: String) { events(first: 500, after: $after) {
          edges { node { position type data } } pageInfo { endCursor hasNextPage } } }`,
        variables: { after },
      }),
    });
    const body = (await response.json()) as FeedPage;
    if (!body.data) throw new Error(`feed: ${JSON.stringify(body.errors)}`);
    for (const { node } of body.data.events.edges) {
      events.push({ position: Number(node.position), type: node.type, key: node.data.key });
    }
    if (!body.data.events.pageInfo.hasNextPage) return events;
    after = body.data.events.pageInfo.endCursor;
  }
};

/**
 * infra/local-ha on this machine: Patroni with etcd manages two PostgreSQL 15 nodes with
 * synchronous replication, HAProxy routes to the leader, two API processes write through it. The
 * leader is lost as a whole (SIGKILL to Patroni and its postmaster) while clients write through
 * both API processes. Run with `pnpm test:ha`; not part of `pnpm test`.
 */
describe.runIf(localHaAvailable())('high availability on one machine', () => {
  let ha: RunningLocalHa;
  let database: Database;
  let token: string;
  let keyFile: string;
  const apis: ServerProcess[] = [];

  beforeAll(async () => {
    const started = performance.now();
    ha = await startLocalHa();
    const clusterMs = performance.now() - started;
    database = await connect({ kind: 'postgres', url: ha.cluster.databaseUrl });
    await migrate(database);
    token = (await createToken(database, { role: 'team', name: 'Failover' })).token;
    // One signing key for both processes, as an operator would deploy it.
    keyFile = join(ha.cluster.dir, 'signing-key.pem');
    createKeyFile(keyFile);
    const env = {
      DATABASE_URL: ha.cluster.databaseUrl,
      FAHRPLAN_SIGNING_KEY_FILE: keyFile,
      FAHRPLAN_LOG_LEVEL: 'warn',
      FAHRPLAN_DB_CONNECT_TIMEOUT_MS: '2000',
      FAHRPLAN_DB_STATEMENT_TIMEOUT_MS: '4000',
      FAHRPLAN_REQUEST_TIMEOUT_MS: '4500',
      FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1000000',
    };
    apis.push(...(await Promise.all([1, 2].map(() => startServer(env, { waitFor: '/readyz' })))));
    console.log('local-ha up:', {
      clusterSeconds: seconds(clusterMs),
      withApisSeconds: seconds(performance.now() - started),
    });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => stopServer(api)));
    await database?.close().catch(() => {});
    await ha?.stop();
  }, 90_000);

  /**
   * Clients write through both API processes; after 5 s `disrupt` runs and returns once a node
   * leads again; the clients write on until each API process has acknowledged a write sent after
   * the disruption, and 5 s more. Then everything is checked on fresh connections.
   */
  const underLoad = async (prefix: string, disrupt: () => Promise<LocalHaNode | undefined>) => {
    const load = startRetryingWriters(
      apis.map((api) => api.url),
      token,
      { writersPerApi: 4, patienceMs: PATIENCE_MS, giveUpMs: 90_000, prefix },
    );
    await sleep(5000);
    const acknowledgedBefore = load.writes.filter((w) => w.acknowledgedAt).length;
    const disruptedAt = performance.now();
    const newLeader = await disrupt();
    const failoverMs = performance.now() - disruptedAt;
    // The API: each process acknowledges a write it was sent after the disruption.
    const resumed = (api: string): number | undefined => {
      const times = load.writes
        .filter((w) => w.api === api)
        .flatMap((w) => w.attempts)
        .filter((a) => a.outcome === 'acknowledged' && a.startedAt > disruptedAt)
        .map((a) => a.endedAt);
      return times.length ? Math.min(...times) : undefined;
    };
    while (
      apis.some((api) => resumed(api.url) === undefined) &&
      apis.every((api) => api.child.exitCode === null) &&
      performance.now() - disruptedAt < 120_000
    ) {
      await sleep(100);
    }
    const resumedMs = apis.map((api) => (resumed(api.url) ?? Number.NaN) - disruptedAt);
    await sleep(5000); // writes go on on the new leader
    const writes = await load.stop();
    const stoppedAt = performance.now();

    // Checked on fresh connections to whoever leads now.
    await database.close().catch(() => {});
    database = await connect({ kind: 'postgres', url: ha.cluster.databaseUrl });
    let lag = await readSealerLag(database);
    while (lag.pendingEvents > 0 && performance.now() - stoppedAt < 30_000) {
      await sleep(200);
      lag = await readSealerLag(database);
    }
    const stored = new Set(
      (
        await database.rows<{ key: string }>(
          sql`SELECT data->>'key' AS key FROM events WHERE type = 'ActionFieldDefined'`,
        )
      ).map((row) => row.key),
    );
    const [counted] = await database.rows<{ count: string }>(
      sql`SELECT count(*) AS count FROM events`,
    );
    const eventCount = Number(counted?.count);
    const ready = await Promise.all(
      apis.map(async (api) => {
        if (api.child.exitCode !== null) {
          console.log(`API exited (${api.child.exitCode}):`, api.output.slice(-4000));
          return api.child.exitCode;
        }
        const response = await fetch(`${api.url}/readyz`);
        await response.text();
        return response.status;
      }),
    );
    const feed = await readWholeFeed(apis[1]?.url as string, token);
    const inFeed = new Set(feed.map((event) => event.key));
    const gaps = feed.filter((event, index) => event.position !== index + 1).slice(0, 3);
    const verify = await runToEnd('src/cli/main.ts', ['verify'], {
      DATABASE_URL: ha.cluster.databaseUrl,
      FAHRPLAN_SIGNING_KEY_FILE: keyFile,
    });

    const acknowledged = writes.filter((w) => w.acknowledgedAt !== undefined);
    const attempts = writes.flatMap((w) => w.attempts);
    const byOutcome: Record<string, number> = {};
    for (const { outcome } of attempts) byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    const failed = attempts.filter((a) => a.outcome !== 'acknowledged');
    const notAcked = (w: RetriedWrite) => w.acknowledgedAt === undefined;
    return {
      newLeader,
      acknowledgedBefore,
      resumedMs,
      lostInLog: acknowledged.filter((w) => !stored.has(w.key)).map((w) => w.key),
      lostInFeed: acknowledged.filter((w) => !inFeed.has(w.key)).map((w) => w.key),
      givenUp: writes.filter(notAcked),
      byOutcome,
      lag,
      gaps,
      feedLength: feed.length,
      eventCount,
      verify,
      ready,
      figures: {
        writers: 8,
        failoverSeconds: seconds(failoverMs),
        outageSecondsPerApi: resumedMs.map(seconds),
        newLeader: newLeader?.name,
        changesAcknowledged: acknowledged.length,
        acknowledgedBeforeDisruption: acknowledgedBefore,
        changesGivenUp: writes.filter(notAcked).length,
        changesRetried: writes.filter((w) => w.attempts.length > 1).length,
        attempts: attempts.length,
        attemptsByOutcome: byOutcome,
        slowestFailedAttemptMs: Math.round(Math.max(0, ...failed.map((a) => a.ms))),
        lost: acknowledged.filter((w) => !stored.has(w.key)).length,
        eventsInLog: eventCount,
        feedLength: feed.length,
        feedGaps: gaps.length,
        sealerPendingAfter: lag.pendingEvents,
        verify: { code: verify.code, out: verify.stdout.trim().split('\n')[0] },
        readyzAfter: ready,
        otherAnswers: failed
          .filter((a) => a.outcome === 'other')
          .slice(0, 3)
          .map((a) => a.detail),
      },
    };
  };

  type Outcome = Awaited<ReturnType<typeof underLoad>>;

  const expectNothingLost = (outcome: Outcome, oldLeader: LocalHaNode | undefined) => {
    expect(outcome.newLeader).toBeDefined();
    expect(outcome.newLeader).not.toBe(oldLeader);
    expect(outcome.acknowledgedBefore).toBeGreaterThan(0);
    // Both API processes reconnected by themselves: nobody restarted them.
    expect(outcome.resumedMs.every((ms) => Number.isFinite(ms))).toBe(true);
    expect(outcome.ready).toEqual([200, 200]);
    expect(outcome.lostInLog).toEqual([]);
    expect(outcome.lostInFeed).toEqual([]);
    expect(outcome.givenUp).toEqual([]);
    // While the database changes hands the API answers 503 or drops the connection, never a 500,
    // and never after the client gave up.
    expect(outcome.byOutcome.other ?? 0).toBe(0);
    expect(outcome.byOutcome.cut ?? 0).toBe(0);
    expect(outcome.byOutcome.hung ?? 0).toBe(0);
    expect(outcome.lag.pendingEvents).toBe(0);
    expect(outcome.gaps).toEqual([]);
    expect(outcome.feedLength).toBe(outcome.eventCount);
    expect(outcome.verify.code, outcome.verify.stderr).toBe(0);
  };

  /** Polls until a node leads that is not `old`. */
  const nextLeader = async (old: LocalHaNode | undefined, since: number) => {
    let leader: LocalHaNode | undefined;
    while ((!leader || leader === old) && performance.now() - since < 90_000) {
      await sleep(100);
      leader = await leaderOf(ha.cluster);
    }
    return leader === old ? undefined : leader;
  };

  let lostNode: LocalHaNode | undefined;

  it('fails over when the leader is lost under write load: the API reconnects, nothing acknowledged is lost, verify is green, the feed is gap-free', async () => {
    const leader = await leaderOf(ha.cluster);
    expect(leader).toBeDefined();
    const standby = ha.cluster.nodes.find((node) => node !== leader) as LocalHaNode;
    // Synchronous: the standby confirms every COMMIT before the client hears of it.
    expect(await patroniSays(standby, '/sync')).toBe(true);

    const outcome = await underLoad('lost', async () => {
      const killedAt = performance.now();
      killNode(leader as LocalHaNode);
      lostNode = leader;
      // Patroni: the standby takes the leader lock once the lost leader's expires (ttl 10 s).
      return nextLeader(leader, killedAt);
    });
    console.log(
      'leader lost (SIGKILL to Patroni and PostgreSQL) under write load:',
      JSON.stringify({ oldLeader: leader?.name, ...outcome.figures }, null, 2),
    );
    expectNothingLost(outcome, leader);
  });

  it('takes the lost node back as synchronous standby, then switches over under write load without losing anything', async () => {
    expect(lostNode).toBeDefined();
    const node = lostNode as LocalHaNode;
    const restartedAt = performance.now();
    ha.restartNode(node);
    // pg_rewind makes it a replica of the new timeline; then it is the synchronous standby again.
    while (!(await patroniSays(node, '/sync')) && performance.now() - restartedAt < 120_000) {
      await sleep(250);
    }
    const rejoinSeconds = seconds(performance.now() - restartedAt);
    expect(await patroniSays(node, '/sync')).toBe(true);

    const leader = await leaderOf(ha.cluster);
    const outcome = await underLoad('switchover', async () => {
      const asked = performance.now();
      // A planned switchover (Patroni's REST API; `patronictl switchover` does the same).
      const response = await fetch(`http://127.0.0.1:${leader?.rest}/switchover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ leader: leader?.name, candidate: node.name }),
      });
      expect(response.status, await response.text()).toBe(200);
      return nextLeader(leader, asked);
    });
    console.log(
      'rejoined, then switched over under write load:',
      JSON.stringify({ rejoinSeconds, oldLeader: leader?.name, ...outcome.figures }, null, 2),
    );
    expectNothingLost(outcome, leader);
  });
});
