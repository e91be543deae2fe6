import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { withDatabase } from './config.js';
import { status } from './progress.js';

/**
 * The data-at-scale rows of the at-scale bench: generate, rebuild, verify, export and import
 * through the CLI (each its own process, its progress on stderr), and what a million events take
 * on disk. Rates are events over the whole CLI run, start-up and migrations included.
 */
export interface ScaleRow {
  readonly path: string;
  readonly fahrplan: string;
  /** The issue's target, and whether it was met. */
  readonly target?: string;
}

export type RunCli = (
  env: NodeJS.ProcessEnv,
  args: string[],
) => Promise<{ readonly out: string; readonly ms: number }>;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (events: number, ms: number) => `${fmt(events / (ms / 1000))} events/s`;
const meets = (events: number, ms: number, target: number) =>
  `${events / (ms / 1000) >= target ? 'yes' : 'NO'}: ≥ ${fmt(target)} events/s`;
const mb = (bytes: number) => `${fmt(bytes / 2 ** 20)} MB`;

/** Bytes per relation group, indexes and TOAST included, scaled to a million events. */
const sizePerMillion = async (url: string, events: number): Promise<string> => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ name: string; bytes: string }[]>`
      SELECT c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    const [indexes] = await sql<{ bytes: string }[]>`
      SELECT coalesce(sum(pg_indexes_size(c.oid)), 0)::text AS bytes
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`;
    const [database] = await sql<{ bytes: string }[]>`
      SELECT pg_database_size(current_database())::text AS bytes`;
    const scale = 1_000_000 / events;
    const of = (...names: string[]) =>
      rows
        .filter((row) => names.includes(row.name))
        .reduce((sum, row) => sum + Number(row.bytes), 0);
    const parts: [string, number][] = [
      ['events', of('events')],
      ['chain', of('event_chain')],
      ['personal data', of('personal_data', 'subject_keys')],
      ['read models', of('item_versions', 'provenance_edges')],
    ];
    return `${mb(Number(database?.bytes) * scale)} in all (${parts
      .map(([name, bytes]) => `${name} ${mb(bytes * scale)}`)
      .join(', ')}; indexes of these ${mb(Number(indexes?.bytes) * scale)})`;
  } finally {
    await sql.end();
  }
};

/**
 * Generates `events` into the (empty) database at `url`, then measures the tools on it. The
 * import goes into a second database of its own (dropped again).
 */
export const dataAtScale = async (options: {
  readonly runCli: RunCli;
  readonly env: NodeJS.ProcessEnv;
  readonly url: string;
  readonly admin: postgres.Sql;
  readonly events: number;
}): Promise<{ readonly written: number; readonly rows: ScaleRow[] }> => {
  const { runCli, env, url, admin, events } = options;
  const rows: ScaleRow[] = [];
  status(`generate ${fmt(events)} events`);
  const generated = await runCli(env, ['generate', '--events', String(events), '--seed', '1']);
  const written = Number(/Generated (\d+) events/.exec(generated.out)?.[1] ?? events);
  rows.push({
    path: `generate (domain → bulk path → PostgreSQL), ${fmt(written)} events`,
    fahrplan: rate(written, generated.ms),
    target: meets(written, generated.ms, 20_000),
  });
  rows.push({
    path: 'database size per million events (generated, indexes included)',
    fahrplan: await sizePerMillion(url, written),
  });

  status('rebuild');
  const rebuilt = await runCli(env, ['rebuild']);
  rows.push({
    path: 'rebuild from scratch',
    fahrplan: rate(written, rebuilt.ms),
    target: meets(written, rebuilt.ms, 50_000),
  });
  status('verify');
  const verified = await runCli(env, ['verify']);
  rows.push({
    path: 'verify (full chain)',
    fahrplan: rate(written, verified.ms),
    target: meets(written, verified.ms, 200_000),
  });

  const dir = mkdtempSync(join(tmpdir(), 'fahrplan-bench-'));
  const file = join(dir, 'events.ndjson');
  const name = `${new URL(url).pathname.slice(1)}_import`;
  try {
    status('export');
    const exported = await runCli(env, ['export', '--out', file]);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    status('import (restore, rebuild, verify)');
    const imported = await runCli({ ...env, DATABASE_URL: withDatabase(url, name) }, [
      'import',
      file,
    ]);
    rows.push({
      path: 'export (ndjson) / import (restore + rebuild + verify)',
      fahrplan: `${rate(written, exported.ms)} / ${rate(written, imported.ms)}; round trip ${rate(
        written,
        exported.ms + imported.ms,
      )}`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  return { written, rows };
};
