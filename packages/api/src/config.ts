import { resolve } from 'node:path';
import { isTimeZone } from '@fahrplan/domain';
import {
  type ConsultationSettings,
  consultationSettings,
  DEFAULT_PER_ADDRESS_PER_MINUTE,
} from './consultations/settings.js';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './http/rate-limit-settings.js';
import { DEFAULT_SUBSCRIPTIONS, type SubscriptionSettings } from './live/subscription-settings.js';
import { type MailSettings, mailSettingsOf } from './mail/settings.js';
import type { LogLevel } from './observability/logger.js';
import { DEFAULT_OPEN_DATA, LICENCE_BASE, type OpenDataSettings } from './open-data/settings.js';
import { DEFAULT_OIDC_SCOPES, type OidcSettings, parseRoleMap } from './people/oidc-settings.js';
import { DEFAULT_SESSIONS, type SessionSettings } from './people/session-settings.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';
import { DEFAULT_WEBHOOKS, type WebhookSettings } from './webhooks/settings.js';

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

const DEFAULT_SIGNING_KEY_FILE = 'fahrplan-signing-key.pem';
const DEFAULT_CHECKPOINT_EVERY_SECONDS = 900;

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly rateLimit: RateLimitSettings;
  readonly operations: OperationsConfig;
  /** The installation's time zone (IANA): "today", the end of a day, days shown to people. */
  readonly timeZone: string;
  readonly subscriptions: SubscriptionSettings;
  readonly signing: SigningConfig;
  /** FAHRPLAN_READ_DATABASE_URL: a streaming replica of DATABASE_URL, for partners' reads. */
  readonly readReplica?: ReadReplicaConfig;
  readonly people: PeopleConfig;
  /** FAHRPLAN_PUBLIC_URL: the web app's address as people reach it, for links in mails. */
  readonly publicUrl: string;
  /** Sending mail by SMTP (FAHRPLAN_SMTP_URL, …); without, mails wait in the outbox. */
  readonly mail?: MailSettings;
  /** Public submissions: FAHRPLAN_ALTCHA_SECRET, FAHRPLAN_CONSULTATION_SUBMISSIONS_PER_MINUTE. */
  readonly consultations: ConsultationSettings;
  /** Licence, publisher and contact of the open data (FAHRPLAN_OPEN_DATA_…). */
  readonly openData: OpenDataSettings;
  readonly webhooks: WebhookSettings;
}

/** Sign-in of people: sessions' time-outs, the first administrator's address. */
export interface PeopleConfig {
  /** FAHRPLAN_SESSION_IDLE_MINUTES (120) and FAHRPLAN_SESSION_MAX_HOURS (12). */
  readonly sessions: SessionSettings;
  /** FAHRPLAN_ADMIN_EMAIL: the account the first start opens (admin@fahrplan.local). */
  readonly adminEmail: string;
  /** Single sign-on with an OpenID provider (FAHRPLAN_OIDC_ISSUER, …); none without. */
  readonly oidc?: OidcSettings;
}

export interface ReadReplicaConfig {
  readonly url: string;
  /** FAHRPLAN_READ_MAX_LAG_SECONDS: further behind than this, reads go to the primary. */
  readonly maxLagSeconds: number;
}

/** Logs, metrics, readiness, shutdown and database waits (see README, "Betrieb"). */
export interface OperationsConfig {
  readonly logLevel: LogLevel;
  readonly metricsToken: string | undefined;
  readonly metricsPort: number | undefined;
  readonly shutdownTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly readyTimeoutMs: number;
  readonly sealerStallSeconds: number;
  /**
   * Where OpenTelemetry traces go (OTLP over HTTP): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or
   * OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces` (the standard variables). No tracing without.
   */
  readonly otlpTracesEndpoint: string | undefined;
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

const operationsConfig = (env: NodeJS.ProcessEnv): OperationsConfig => {
  const level = (env.FAHRPLAN_LOG_LEVEL?.trim() || 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) {
    throw new Error(`FAHRPLAN_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  const metricsPort = env.FAHRPLAN_METRICS_PORT?.trim()
    ? positiveInteger(env, 'FAHRPLAN_METRICS_PORT', 1)
    : undefined;
  if (metricsPort !== undefined && metricsPort > 65_535) {
    throw new Error(`FAHRPLAN_METRICS_PORT must be a port number, got "${metricsPort}"`);
  }
  return {
    logLevel: level,
    metricsToken: env.FAHRPLAN_METRICS_TOKEN?.trim() || undefined,
    metricsPort,
    shutdownTimeoutMs: positiveInteger(env, 'FAHRPLAN_SHUTDOWN_TIMEOUT_MS', 10_000),
    connectTimeoutMs: positiveInteger(env, 'FAHRPLAN_DB_CONNECT_TIMEOUT_MS', 3000),
    statementTimeoutMs: positiveInteger(env, 'FAHRPLAN_DB_STATEMENT_TIMEOUT_MS', 5000),
    requestTimeoutMs: positiveInteger(env, 'FAHRPLAN_REQUEST_TIMEOUT_MS', 8000),
    readyTimeoutMs: positiveInteger(env, 'FAHRPLAN_READY_TIMEOUT_MS', 2000),
    sealerStallSeconds: positiveInteger(env, 'FAHRPLAN_SEALER_STALL_SECONDS', 30),
    otlpTracesEndpoint: otlpTracesEndpoint(env),
  };
};

const otlpTracesEndpoint = (env: NodeJS.ProcessEnv): string | undefined => {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const endpoint = traces || (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  return endpoint;
};

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

const httpsUrl = (name: string, raw: string | undefined): URL => {
  const value = raw?.trim();
  if (!value) throw new Error(`${name} is required with FAHRPLAN_OIDC_ISSUER`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be a URL, got "${value}"`);
  }
  // Plain http only on this machine (a provider started by a test or beside the server).
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`${name} must be an https URL, got "${value}"`);
  }
  return parsed;
};

/** The single sign-on settings of this environment, or undefined without an issuer. */
const oidcSettingsOf = (env: NodeJS.ProcessEnv): OidcSettings | undefined => {
  if (!env.FAHRPLAN_OIDC_ISSUER?.trim()) return undefined;
  const clientId = env.FAHRPLAN_OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('FAHRPLAN_OIDC_CLIENT_ID is required with FAHRPLAN_OIDC_ISSUER');
  const secret = env.FAHRPLAN_OIDC_CLIENT_SECRET?.trim();
  const roleMap = env.FAHRPLAN_OIDC_ROLE_MAP?.trim();
  if (!roleMap) throw new Error('FAHRPLAN_OIDC_ROLE_MAP is required with FAHRPLAN_OIDC_ISSUER');
  const scopes = env.FAHRPLAN_OIDC_SCOPES?.trim() || DEFAULT_OIDC_SCOPES;
  if (!scopes.split(/\s+/).includes('openid')) {
    throw new Error(`FAHRPLAN_OIDC_SCOPES must include openid, got "${scopes}"`);
  }
  return {
    issuer: httpsUrl('FAHRPLAN_OIDC_ISSUER', env.FAHRPLAN_OIDC_ISSUER),
    clientId,
    ...(secret ? { clientSecret: secret } : {}),
    redirectUrl: httpsUrl('FAHRPLAN_OIDC_REDIRECT_URL', env.FAHRPLAN_OIDC_REDIRECT_URL),
    scopes,
    groupsClaim: env.FAHRPLAN_OIDC_GROUPS_CLAIM?.trim() || 'groups',
    roleMap: parseRoleMap(roleMap),
  };
};

/** Webhook delivery: FAHRPLAN_WEBHOOKS_ALLOW_PRIVATE, FAHRPLAN_WEBHOOK_* (see README). */
const webhooksConfig = (env: NodeJS.ProcessEnv): WebhookSettings => ({
  ...DEFAULT_WEBHOOKS,
  allowPrivateAddresses: flag(env, 'FAHRPLAN_WEBHOOKS_ALLOW_PRIVATE'),
  pollMs: positiveInteger(env, 'FAHRPLAN_WEBHOOK_POLL_MS', DEFAULT_WEBHOOKS.pollMs),
  timeoutMs:
    positiveInteger(env, 'FAHRPLAN_WEBHOOK_TIMEOUT_SECONDS', DEFAULT_WEBHOOKS.timeoutMs / 1000) *
    1000,
  maxFailures: positiveInteger(env, 'FAHRPLAN_WEBHOOK_MAX_FAILURES', DEFAULT_WEBHOOKS.maxFailures),
  retryBaseMs: positiveInteger(env, 'FAHRPLAN_WEBHOOK_RETRY_BASE_MS', DEFAULT_WEBHOOKS.retryBaseMs),
});

/** Reads and validates the environment once; nothing else reads `process.env`. */
/** The open data's licence (a DCAT-AP.de URI), publisher and contact. */
const openDataConfig = (env: NodeJS.ProcessEnv): OpenDataSettings => {
  const licence = env.FAHRPLAN_OPEN_DATA_LICENSE?.trim() || DEFAULT_OPEN_DATA.licence;
  if (!licence.startsWith(LICENCE_BASE)) {
    throw new Error(
      `FAHRPLAN_OPEN_DATA_LICENSE must be a licence URI of DCAT-AP.de (${LICENCE_BASE}…, e.g. ${DEFAULT_OPEN_DATA.licence}), got "${licence}"`,
    );
  }
  const url = (name: string) => {
    const value = env[name]?.trim();
    if (value && !/^https?:\/\/\S+$/.test(value)) {
      throw new Error(`${name} must be an http(s) address, got "${value}"`);
    }
    return value || undefined;
  };
  const contactEmail = env.FAHRPLAN_OPEN_DATA_CONTACT_EMAIL?.trim();
  if (contactEmail && !/^[^@\s]+@[^@\s]+$/.test(contactEmail)) {
    throw new Error(
      `FAHRPLAN_OPEN_DATA_CONTACT_EMAIL must be an e-mail address, got "${contactEmail}"`,
    );
  }
  const publisherUrl = url('FAHRPLAN_OPEN_DATA_PUBLISHER_URL');
  const contributorId = url('FAHRPLAN_OPEN_DATA_CONTRIBUTOR_ID');
  return {
    licence,
    publisher: {
      name: env.FAHRPLAN_OPEN_DATA_PUBLISHER?.trim() || DEFAULT_OPEN_DATA.publisher.name,
      ...(publisherUrl ? { url: publisherUrl } : {}),
    },
    ...(contactEmail ? { contactEmail } : {}),
    ...(contributorId ? { contributorId } : {}),
  };
};

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
  const database: DatabaseConfig = url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: resolve(env.FAHRPLAN_DATA_DIR ?? 'data') };
  const readUrl = env.FAHRPLAN_READ_DATABASE_URL?.trim();
  if (readUrl && !url) {
    throw new Error('FAHRPLAN_READ_DATABASE_URL needs DATABASE_URL: it names a replica of it');
  }
  if (readUrl && !/^postgres(ql)?:\/\//.test(readUrl)) {
    throw new Error('FAHRPLAN_READ_DATABASE_URL must start with postgres:// or postgresql://');
  }
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
  const oidc = oidcSettingsOf(env);
  const people: PeopleConfig = {
    sessions: {
      idleMs:
        positiveInteger(env, 'FAHRPLAN_SESSION_IDLE_MINUTES', DEFAULT_SESSIONS.idleMs / 60_000) *
        60_000,
      absoluteMs:
        positiveInteger(
          env,
          'FAHRPLAN_SESSION_MAX_HOURS',
          DEFAULT_SESSIONS.absoluteMs / 3_600_000,
        ) * 3_600_000,
    },
    adminEmail: env.FAHRPLAN_ADMIN_EMAIL?.trim() || 'admin@fahrplan.local',
    ...(oidc ? { oidc } : {}),
  };
  const publicUrl = env.FAHRPLAN_PUBLIC_URL?.trim() || `http://localhost:${port}`;
  if (!/^https?:\/\/[^/]/.test(publicUrl)) {
    throw new Error(`FAHRPLAN_PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  }
  const mail = mailSettingsOf(env);
  return {
    port,
    rateLimit,
    people,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    ...(mail ? { mail } : {}),
    operations: operationsConfig(env),
    openData: openDataConfig(env),
    timeZone,
    subscriptions,
    signing,
    webhooks: webhooksConfig(env),
    consultations: consultationSettings(
      env.FAHRPLAN_ALTCHA_SECRET?.trim(),
      positiveInteger(
        env,
        'FAHRPLAN_CONSULTATION_SUBMISSIONS_PER_MINUTE',
        DEFAULT_PER_ADDRESS_PER_MINUTE,
      ),
    ),
    database,
    ...(readUrl
      ? {
          readReplica: {
            url: readUrl,
            maxLagSeconds: positiveInteger(env, 'FAHRPLAN_READ_MAX_LAG_SECONDS', 10),
          },
        }
      : {}),
  };
};
