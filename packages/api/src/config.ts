import { resolve } from 'node:path';
import { isTimeZone } from '@fahrplan/domain';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './http/rate-limit-settings.js';
import { DEFAULT_SUBSCRIPTIONS, type SubscriptionSettings } from './live/subscription-settings.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';

/** Where the events live: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly rateLimit: RateLimitSettings;
  /** The installation's time zone (IANA): "today", the end of a day, days shown to people. */
  readonly timeZone: string;
  readonly subscriptions: SubscriptionSettings;
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
  const timeZone = env.FAHRPLAN_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    throw new Error(
      `FAHRPLAN_TIME_ZONE must be an IANA time zone such as Europe/Berlin, got "${env.FAHRPLAN_TIME_ZONE}"`,
    );
  }
  const subscriptions: SubscriptionSettings = {
    perToken: positiveInteger(
      env,
      'FAHRPLAN_SUBSCRIPTIONS_PER_TOKEN',
      DEFAULT_SUBSCRIPTIONS.perToken,
    ),
    perAddress: positiveInteger(
      env,
      'FAHRPLAN_ANONYMOUS_SUBSCRIPTIONS_PER_ADDRESS',
      DEFAULT_SUBSCRIPTIONS.perAddress,
    ),
    total: positiveInteger(env, 'FAHRPLAN_SUBSCRIPTIONS_TOTAL', DEFAULT_SUBSCRIPTIONS.total),
    bufferLimit: positiveInteger(
      env,
      'FAHRPLAN_SUBSCRIPTION_BUFFER',
      DEFAULT_SUBSCRIPTIONS.bufferLimit,
    ),
    tokenCheckEveryMs: DEFAULT_SUBSCRIPTIONS.tokenCheckEveryMs,
  };
  return {
    port,
    rateLimit,
    timeZone,
    subscriptions,
    database: url
      ? { kind: 'postgres', url }
      : { kind: 'pglite', dataDir: resolve(env.FAHRPLAN_DATA_DIR ?? 'data') },
  };
};
