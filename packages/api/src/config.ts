import { resolve } from 'node:path';

/** Where the events live: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
}

/** Reads and validates the environment once; nothing else reads `process.env`. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port,
    database: url
      ? { kind: 'postgres', url }
      : { kind: 'pglite', dataDir: resolve(env.FAHRPLAN_DATA_DIR ?? 'data') },
  };
};
