import { resolve } from 'node:path';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './http/rate-limit-settings.js';

/** Where the events live: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string };

/** Where the Ed25519 signing key lives: never in the database. */
export interface SigningConfig {
  /** The private key itself (PEM), from FAHRPLAN_SIGNING_KEY; wins over the file. */
  readonly keyPem?: string;
  /**
   * FAHRPLAN_SIGNING_KEY_FILE; else beside the embedded data directory (`./data-signing-key.pem`
   * for `./data`), or `fahrplan-signing-key.pem` in the working directory with PostgreSQL.
   */
  readonly keyFile: string;
  /** True when FAHRPLAN_SIGNING_KEY_FILE names the file: then it must exist. */
  readonly keyFileRequired: boolean;
  /** How often the API signs the chain head when it moved (FAHRPLAN_CHECKPOINT_EVERY_SECONDS). */
  readonly checkpointEveryMs: number;
}

export const DEFAULT_SIGNING_KEY_FILE = 'fahrplan-signing-key.pem';
const DEFAULT_CHECKPOINT_EVERY_SECONDS = 900;

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly rateLimit: RateLimitSettings;
  readonly signing: SigningConfig;
}

const positiveInteger = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
};

const flag = (env: NodeJS.ProcessEnv, name: string): boolean => {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
};

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
  const rateLimit: RateLimitSettings = {
    perToken: positiveInteger(env, 'FAHRPLAN_RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perToken),
    perAddress: positiveInteger(
      env,
      'FAHRPLAN_ANONYMOUS_RATE_LIMIT_PER_MINUTE',
      DEFAULT_RATE_LIMIT.perAddress,
    ),
    trustProxy: flag(env, 'FAHRPLAN_TRUST_PROXY'),
  };
  const database: DatabaseConfig = url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: resolve(env.FAHRPLAN_DATA_DIR ?? 'data') };
  const keyFile = env.FAHRPLAN_SIGNING_KEY_FILE?.trim();
  const keyPem = env.FAHRPLAN_SIGNING_KEY?.trim();
  const besideData =
    database.kind === 'pglite' ? `${database.dataDir}-signing-key.pem` : DEFAULT_SIGNING_KEY_FILE;
  const signing: SigningConfig = {
    ...(keyPem ? { keyPem } : {}),
    keyFile: resolve(keyFile || besideData),
    keyFileRequired: Boolean(keyFile),
    checkpointEveryMs:
      positiveInteger(env, 'FAHRPLAN_CHECKPOINT_EVERY_SECONDS', DEFAULT_CHECKPOINT_EVERY_SECONDS) *
      1000,
  };
  return {
    port,
    rateLimit,
    signing,
    database,
  };
};
