import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The server every peer runs against; each peer gets a database of its own on it. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export const databaseUrl = (env: NodeJS.ProcessEnv = process.env): string => {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return url;
};

/** The same server and credentials, another database. */
export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

export interface ServerInfo {
  readonly version: string;
  readonly settings: Readonly<Record<string, string>>;
}

/** Creates and drops the peers' databases through one admin connection to DATABASE_URL. */
export interface Server {
  info(): Promise<ServerInfo>;
  /** A fresh, empty database; returns its connection string. */
  createDatabase(peer: string): Promise<{ name: string; url: string }>;
  dropDatabase(name: string): Promise<void>;
  /** Flushes dirty pages, so the next phase does not pay for the previous one's writes. */
  checkpoint(): Promise<void>;
  /** Collects planner statistics in a peer's database, as autovacuum's auto-analyze would. */
  analyze(url: string): Promise<void>;
  close(): Promise<void>;
}

const SETTINGS = ['shared_buffers', 'synchronous_commit', 'fsync', 'autovacuum', 'max_connections'];

export const openServer = (url: string): Server => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    info: async () => {
      const [version] = await sql<{ server_version: string }[]>`SHOW server_version`;
      const rows = await sql<{ name: string; setting: string; unit: string | null }[]>`
        SELECT name, setting, unit FROM pg_settings WHERE name = ANY(${SETTINGS})`;
      return {
        version: version?.server_version ?? 'unknown',
        settings: Object.fromEntries(
          rows.map((row) => [row.name, row.unit ? `${row.setting}×${row.unit}` : row.setting]),
        ),
      };
    },
    createDatabase: async (peer) => {
      const name = `fahrplan_bench_${peer.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
      await sql.unsafe(`CREATE DATABASE ${name}`);
      return { name, url: withDatabase(url, name) };
    },
    dropDatabase: async (name) => {
      // A closed pool's sockets may still be on their way out: give them a moment, since a forced
      // drop makes their idle clients emit errors a driver may not be listening for.
      for (let attempt = 0; attempt < 30; attempt++) {
        try {
          await sql.unsafe(`DROP DATABASE IF EXISTS ${name}`);
          return;
        } catch (error) {
          if ((error as { code?: unknown }).code !== '55006') throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    checkpoint: async () => {
      await sql`CHECKPOINT`;
    },
    analyze: async (databaseUrl) => {
      const peerSql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      try {
        await peerSql`ANALYZE`;
      } finally {
        await peerSql.end({ timeout: 5 });
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
};
