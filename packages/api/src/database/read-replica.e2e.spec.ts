import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { freePort, type ServerProcess, startServer } from '../testing/server-process.js';
import { testDatabaseKind } from '../testing/test-database.js';
import {
  startThrowawayPostgres,
  startThrowawayStandby,
  type ThrowawayPostgres,
} from '../testing/throwaway-postgres.js';
import { countOutcomes, startWriteLoad } from '../testing/write-load.js';
import { connect, type Database, migrate } from './index.js';
import type { ReplicaStatus } from './read-replica.js';

const METRICS_TOKEN = 'metrics-secret-for-the-replica-test';
const MAX_LAG_SECONDS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DEFINE = `mutation Define($input: DefineActionFieldInput!) {
  defineActionField(input: $input) { actionField { id } }
}`;
const NODE = `query Seen($id: ID!) { node(id: $id) { id } }`;
const FEED = `query Feed($after: String) {
  events(first: 100, after: $after) {
    edges { node { position hash } }
    pageInfo { endCursor }
  }
}`;

interface FeedPage {
  events: {
    edges: { node: { position: string; hash: string } }[];
    pageInfo: { endCursor: string | null };
  };
}

/**
 * A real primary and a real hot standby (pg_basebackup from this machine's PostgreSQL 15), both
 * the test's own, and the API process started with FAHRPLAN_READ_DATABASE_URL on the standby.
 * Pausing the standby's replay shows which database a request read from.
 */
describe.runIf(
  testDatabaseKind() === 'postgres' && existsSync('/usr/lib/postgresql/15/bin/pg_basebackup'),
)('a read replica', () => {
  let primary: ThrowawayPostgres;
  let standby: ThrowawayPostgres;
  let database: Database;
  let onStandby: Database;
  let api: ServerProcess;
  let team: string;
  let partner: string;

  const gql = async <T>(token: string, query: string, variables: object = {}) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  let written = 0;
  const define = async (): Promise<string> => {
    const key = `replica-${++written}`;
    const data = await gql<{ defineActionField: { actionField: { id: string } } }>(team, DEFINE, {
      input: { key, title: `Feld ${key}`, description: 'Replikat', idempotencyKey: key },
    });
    return data.defineActionField.actionField.id;
  };
  const sees = async (token: string, id: string): Promise<boolean> =>
    (await gql<{ node: { id: string } | null }>(token, NODE, { id })).node !== null;
  const replicaStatus = async (): Promise<ReplicaStatus> => {
    const body = (await (await fetch(`${api.url}/readyz`)).json()) as { replica: ReplicaStatus };
    return body.replica;
  };
  const waitForReplica = async (
    until: (status: ReplicaStatus) => boolean,
    timeoutMs = 20_000,
  ): Promise<ReplicaStatus> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await replicaStatus();
      if (until(status)) return status;
      if (Date.now() > deadline) throw new Error(`replica still ${JSON.stringify(status)}`);
      await sleep(100);
    }
  };
  const metric = async (name: string): Promise<number> => {
    const text = await (
      await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const match = text.match(new RegExp(`^${name} (\\S+)$`, 'm'));
    return match ? Number(match[1]) : Number.NaN;
  };
  const feedOf = async (token: string, after: string | null = null) => {
    const seen: { position: string; hash: string }[] = [];
    let cursor = after;
    for (;;) {
      const page = await gql<FeedPage>(token, FEED, { after: cursor });
      seen.push(...page.events.edges.map((edge) => edge.node));
      if (page.events.edges.length === 0) return { seen, cursor };
      cursor = page.events.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    primary = startThrowawayPostgres(await freePort());
    database = await connect({ kind: 'postgres', url: primary.url });
    await migrate(database);
    team = (await createToken(database, { role: 'team', name: 'Redaktion' })).token;
    partner = (await createToken(database, { role: 'partner', name: 'IHK' })).token;
    standby = startThrowawayStandby(primary, await freePort());
    onStandby = await connect({ kind: 'postgres', url: standby.url });
    api = await startServer(
      {
        DATABASE_URL: primary.url,
        FAHRPLAN_READ_DATABASE_URL: standby.url,
        FAHRPLAN_READ_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
        FAHRPLAN_LOG_LEVEL: 'warn',
        FAHRPLAN_METRICS_TOKEN: METRICS_TOKEN,
        FAHRPLAN_RATE_LIMIT_PER_MINUTE: '1000000',
      },
      { waitFor: '/readyz', timeoutMs: 60_000 },
    );
    await waitForReplica((status) => status.usable);
  }, 120_000);

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await once(api.child, 'exit');
    }
    await onStandby?.close().catch(() => {});
    await database?.close().catch(() => {});
    standby?.destroy();
    primary?.destroy();
  });

  it('serves partners from the replica and writers from the primary', async () => {
    await onStandby.query('SELECT pg_wal_replay_pause()', []);
    const id = await define();
    // Replay stands still: only a read from the primary can know the new field.
    const writerSees = await sees(team, id);
    const partnerSees = await sees(partner, id);
    await onStandby.query('SELECT pg_wal_replay_resume()', []);
    const resumed = performance.now();
    while (!(await sees(partner, id))) await sleep(5);
    console.log('replay paused, then resumed:', {
      writerSees,
      partnerSees,
      partnerSeesItMsAfterResume: Math.round(performance.now() - resumed),
    });
    expect(writerSees).toBe(true);
    expect(partnerSees).toBe(false);
  }, 30_000);

  it('shows partners what was written within the replication lag, under writes', async () => {
    const load = startWriteLoad(api.url, team, { writers: 3, patienceMs: 10_000, prefix: 'lag' });
    const lagsMs: number[] = [];
    const reported: { seconds: number; bytes: number }[] = [];
    for (let sample = 0; sample < 20; sample++) {
      const id = await define();
      const written = performance.now();
      expect(await sees(team, id)).toBe(true);
      while (!(await sees(partner, id))) {
        expect(performance.now() - written).toBeLessThan(MAX_LAG_SECONDS * 1000);
        await sleep(2);
      }
      lagsMs.push(performance.now() - written);
      reported.push({
        seconds: await metric('fahrplan_replica_lag_seconds'),
        bytes: await metric('fahrplan_replica_lag_bytes'),
      });
    }
    const records = await load.stop();
    const sorted = [...lagsMs].sort((a, b) => a - b);
    console.log('replica lag under writes (write acknowledged → partner sees it):', {
      samples: sorted.length,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
      maxMs: Math.round(sorted.at(-1) ?? Number.NaN),
      reportedMaxSeconds: Math.max(...reported.map((r) => r.seconds)),
      reportedMaxBytes: Math.max(...reported.map((r) => r.bytes)),
      writes: countOutcomes(records),
    });
    expect(countOutcomes(records).acknowledged).toBeGreaterThan(0);
    expect(await metric('fahrplan_replica_usable')).toBe(1);
  }, 90_000);

  it('keeps the feed gap-free through the replica while writers write', async () => {
    const load = startWriteLoad(api.url, team, { writers: 3, patienceMs: 10_000, prefix: 'feed' });
    const collected: { position: string; hash: string }[] = [];
    let cursor: string | null = null;
    const until = Date.now() + 4000;
    while (Date.now() < until) {
      const page = await feedOf(partner, cursor);
      collected.push(...page.seen);
      cursor = page.cursor;
      await sleep(50);
    }
    await load.stop();
    // The whole feed as a writer reads it from the primary, and the partner's until caught up.
    const onPrimary = (await feedOf(team)).seen;
    const head = onPrimary.at(-1)?.position;
    const deadline = Date.now() + 20_000;
    while (collected.at(-1)?.position !== head && Date.now() < deadline) {
      const page = await feedOf(partner, cursor);
      collected.push(...page.seen);
      cursor = page.cursor;
      await sleep(50);
    }
    console.log('feed through the replica:', {
      eventsOnPrimary: onPrimary.length,
      eventsReadByPartner: collected.length,
    });
    expect(collected).toEqual(onPrimary);
    expect(collected.map((event) => Number(event.position))).toEqual(
      collected.map((_, index) => index + 1),
    );
  }, 90_000);

  it('sends partners to the primary while the replica is too far behind or gone', async () => {
    await onStandby.query('SELECT pg_wal_replay_pause()', []);
    const id = await define();
    expect(await sees(partner, id)).toBe(false);
    const behind = await waitForReplica((status) => !status.usable);
    const partnerSeesWhileBehind = await sees(partner, id);
    const readyWhileBehind = (await fetch(`${api.url}/readyz`)).status;
    await onStandby.query('SELECT pg_wal_replay_resume()', []);
    await waitForReplica((status) => status.usable);

    standby.stop();
    const gone = await waitForReplica((status) => !status.usable);
    const another = await define();
    const partnerSeesWhileGone = await sees(partner, another);
    const usableWhileGone = await metric('fahrplan_replica_usable');
    standby.start();
    const back = await waitForReplica((status) => status.usable);
    console.log('replica behind, then gone:', { behind, gone, back });

    expect(behind.reason).toContain('behind');
    expect(behind.lagSeconds).toBeGreaterThan(MAX_LAG_SECONDS);
    expect(partnerSeesWhileBehind).toBe(true);
    expect(readyWhileBehind).toBe(200);
    expect(gone.reason).toBe('replica unreachable');
    expect(partnerSeesWhileGone).toBe(true);
    expect(usableWhileGone).toBe(0);
  }, 90_000);
});
