import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { connect } from '@fahrplan/api/database';
import { createEventStore } from '@fahrplan/api/event-store';
import type { WriteFigures, WriteLoad } from './write-load.js';

/**
 * Writes over HTTP: realistic mutations from 1, 8 and 32 clients (the load generator in a process
 * of its own), each beside the bare store's appends/s with as many writers, measured in the same
 * run. Two scenarios: `captureSuggestion` alone, and a suggestion's whole way to a measure
 * (capture, revise, draft a recommendation from it, submit, prioritise, adopt with its follow-up),
 * every step on the version the step before it returned.
 */
const run = promisify(execFile);
const loadScript = join(dirname(fileURLToPath(import.meta.url)), 'write-load.js');

export interface WriteRow {
  readonly path: string;
  readonly fahrplan: string;
  readonly peer: string;
  readonly ratio: string;
}

export interface WriteSetup {
  /** The API's base URL, e.g. http://127.0.0.1:4321 */
  readonly api: string;
  /** The API's database: the bare store appends to it too (streams of its own). */
  readonly databaseUrl: string;
  readonly team: string;
  readonly ministry: string;
  readonly seconds: number;
  readonly clients?: readonly number[];
  readonly log: (line: string) => void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Bare store: `writers` writers, one event per append, expected version checked, for `seconds`. */
export const storeAppends = async (url: string, writers: number, seconds: number) => {
  const database = await connect({ kind: 'postgres', url }, { maxConnections: writers + 2 });
  const store = createEventStore(database);
  const tag = randomBytes(4).toString('hex');
  const until = performance.now() + seconds * 1000;
  let appends = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const versions = new Map<string, number>();
      for (let index = 0; performance.now() < until; index++) {
        const streamId = `Bench-${tag}-${writer}-${index % 10}`;
        const version = versions.get(streamId) ?? 0;
        await store.append(
          streamId,
          [
            {
              type: 'BenchEvent',
              schemaVersion: 1,
              data: { index },
              occurredAt: new Date().toISOString(),
            },
          ],
          { expectedVersion: version },
        );
        versions.set(streamId, version + 1);
        appends += 1;
      }
    }),
  );
  await store.close();
  await database.close();
  return appends / seconds;
};

const loadFrom = async (load: WriteLoad): Promise<WriteFigures> => {
  const { stdout } = await run(process.execPath, [loadScript, JSON.stringify(load)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const figures = JSON.parse(stdout) as WriteFigures;
  if (figures.failures > 0) {
    throw new Error(
      `${load.scenario}: ${figures.failures} failed requests (${figures.firstError})`,
    );
  }
  return figures;
};

const actionFieldOf = async (setup: WriteSetup): Promise<string> => {
  const response = await fetch(`${setup.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${setup.team}` },
    body: JSON.stringify({ query: '{ actionFields(first: 1) { edges { node { id } } } }' }),
  });
  const body = (await response.json()) as {
    data?: { actionFields: { edges: { node: { id: string } }[] } };
  };
  const id = body.data?.actionFields.edges[0]?.node.id;
  if (!id) throw new Error(`no action field to draft recommendations in: ${JSON.stringify(body)}`);
  return id;
};

const SCENARIOS = [
  ['capture', 'captureSuggestion'],
  ['lifecycle', 'lifecycle: capture → revise → draft → submit → prioritise → adopt'],
] as const;

export const writeRows = async (setup: WriteSetup): Promise<WriteRow[]> => {
  const actionFieldId = await actionFieldOf(setup);
  const rows: WriteRow[] = [];
  for (const clients of setup.clients ?? [1, 8, 32]) {
    setup.log(`bare store, ${clients} writers`);
    const store = await storeAppends(setup.databaseUrl, clients, setup.seconds);
    for (const [scenario, label] of SCENARIOS) {
      setup.log(`writes over HTTP: ${scenario}, ${clients} clients`);
      const figures = await loadFrom({
        url: setup.api,
        connections: clients,
        seconds: setup.seconds,
        scenario,
        team: setup.team,
        ministry: setup.ministry,
        actionFieldId,
      });
      const steps =
        scenario === 'lifecycle'
          ? ` (p50/p99 ms: ${Object.entries(figures.steps)
              .map(([name, step]) => `${name} ${step.p50.toFixed(0)}/${step.p99.toFixed(0)}`)
              .join(', ')})`
          : '';
      rows.push({
        path: `${label}, HTTP, ${clients} client${clients > 1 ? 's' : ''}`,
        fahrplan: `${fmt(figures.requestsPerSecond)} mutations/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms${steps}`,
        peer: `bare store, ${clients} writer${clients > 1 ? 's' : ''}: ${fmt(store)} appends/s`,
        ratio: `${(figures.requestsPerSecond / store).toFixed(2)}×`,
      });
    }
  }
  return rows;
};
