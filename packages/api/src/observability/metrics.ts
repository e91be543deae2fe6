import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../database/index.js';
import type { ReplicaStatus } from '../database/read-replica.js';
import {
  readConnections,
  readSealerLag,
  readXminHolder,
  type SealerLag,
  withTimeout,
  type XminHolder,
} from './database-status.js';

/** Every name Fahrplan exports; the README lists them. */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly graphqlOperations: Counter<'operation_name' | 'operation_type' | 'error_code'>;
  readonly graphqlDuration: Histogram<'operation_name' | 'operation_type'>;
  readonly commands: Counter<'command' | 'outcome'>;
  readonly eventsAppended: Counter;
}

export interface MetricSources {
  readonly database: Database;
  readonly liveSubscribers: () => number;
  readonly replicaStatus?: () => ReplicaStatus;
}

/** A scrape must answer even when the database does not: its figures are then left out. */
const SCRAPE_QUERY_TIMEOUT_MS = 5000;

interface DatabaseFigures {
  readonly lag: SealerLag;
  readonly holder: XminHolder | undefined;
  readonly connections: ReadonlyArray<{ state: string; count: number }>;
}

const readDatabaseFigures = async (database: Database): Promise<DatabaseFigures> => {
  const [lag, holder, connections] = await Promise.all([
    readSealerLag(database),
    readXminHolder(database),
    readConnections(database),
  ]);
  return { lag, holder, connections };
};

export const createMetrics = ({
  database,
  liveSubscribers,
  replicaStatus,
}: MetricSources): Metrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  /**
   * The database figures are read once per scrape, by whichever of their gauges is collected
   * first (prom-client collects them concurrently); the others await the same reading.
   */
  let reading: Promise<DatabaseFigures | undefined> | undefined;
  const figures = (): Promise<DatabaseFigures | undefined> => {
    reading ??= withTimeout(readDatabaseFigures(database), SCRAPE_QUERY_TIMEOUT_MS, 'scrape')
      .catch(() => undefined)
      .finally(() => {
        setTimeout(() => {
          reading = undefined;
        }, 100).unref();
      });
    return reading;
  };
  const fromDatabase = (
    name: string,
    help: string,
    pick: (figures: DatabaseFigures) => number | undefined,
  ) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        const current = await figures();
        const value = current && pick(current);
        if (value === undefined) this.reset();
        else this.set(value);
      },
    });
  new Gauge({
    name: 'fahrplan_database_up',
    help: '1 when this scrape reached the database, else 0',
    registers,
    async collect() {
      this.set((await figures()) ? 1 : 0);
    },
  });
  fromDatabase(
    'fahrplan_sealer_pending_events',
    'Events committed but not yet in the hash chain',
    (f) => f.lag.pendingEvents,
  );
  fromDatabase(
    'fahrplan_sealer_oldest_pending_seconds',
    'Age of the oldest event committed but not yet chained',
    (f) => f.lag.oldestPendingSeconds,
  );
  fromDatabase(
    'fahrplan_feed_head_position',
    'Position of the last chained event (the feed head)',
    (f) => f.lag.headPosition,
  );
  fromDatabase(
    'fahrplan_database_oldest_transaction_seconds',
    'Age of the oldest open transaction holding back the snapshot xmin (PostgreSQL; 0 if none)',
    (f) => (database.kind === 'postgres' ? (f.holder?.transactionSeconds ?? 0) : undefined),
  );
  new Gauge({
    name: 'fahrplan_database_connections',
    help: 'Connections to this database by state, of all processes (PostgreSQL)',
    labelNames: ['state'],
    registers,
    async collect() {
      this.reset();
      for (const { state, count } of (await figures())?.connections ?? []) {
        this.set({ state }, count);
      }
    },
  });
  if (replicaStatus) {
    const fromReplica = (
      name: string,
      help: string,
      pick: (s: ReplicaStatus) => number | undefined,
    ) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const value = pick(replicaStatus());
          if (value === undefined) this.reset();
          else this.set(value);
        },
      });
    fromReplica(
      'fahrplan_replica_usable',
      '1 while partners and anonymous callers read from the replica, 0 while they read from the primary',
      (s) => (s.usable ? 1 : 0),
    );
    fromReplica(
      'fahrplan_replica_lag_seconds',
      'Age of the oldest primary WAL the replica has not replayed (as of the last probe)',
      (s) => s.lagSeconds,
    );
    fromReplica(
      'fahrplan_replica_lag_bytes',
      'WAL bytes the primary wrote and the replica has not replayed (as of the last probe)',
      (s) => s.lagBytes,
    );
  }
  new Gauge({
    name: 'fahrplan_live_subscribers',
    help: 'Open live subscriptions in this process',
    registers,
    collect() {
      this.set(liveSubscribers());
    },
  });

  return {
    registry,
    httpRequests: new Counter({
      name: 'fahrplan_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'fahrplan_http_request_duration_seconds',
      help: 'HTTP request durations by route',
      labelNames: ['method', 'route'],
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'fahrplan_graphql_operations_total',
      help: 'GraphQL operations by name, type and error code (none when it succeeded)',
      labelNames: ['operation_name', 'operation_type', 'error_code'],
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'fahrplan_graphql_operation_duration_seconds',
      help: 'GraphQL operation durations by name and type',
      labelNames: ['operation_name', 'operation_type'],
      registers,
    }),
    commands: new Counter({
      name: 'fahrplan_commands_total',
      help: 'Mutations by command (root field) and outcome (ok or the error code)',
      labelNames: ['command', 'outcome'],
      registers,
    }),
    eventsAppended: new Counter({
      name: 'fahrplan_events_appended_total',
      help: 'Events appended by this process (replays of an idempotency key not counted)',
      registers,
    }),
  };
};
