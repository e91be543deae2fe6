/** Node socket errors and postgres.js connection errors: the database is out of reach. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs that mean "not now" rather than "wrong": connection exceptions (class 08), shutdown or
 * start-up (57P01–57P03), a statement cancelled by statement_timeout (57014), too many connections,
 * and a write refused as read-only (25006): during a failover or switchover a connection can still
 * reach the old primary, now a standby, until the proxy routes to the new one. Fahrplan itself never
 * writes in a read-only transaction.
 */
const isTransientSqlState = (code: string): boolean =>
  code.startsWith('08') || ['57P01', '57P02', '57P03', '57014', '53300', '25006'].includes(code);

/** Seconds a client should wait before retrying (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * True when the error (or one it wraps: drizzle's `cause`, GraphQL's `originalError`) says the
 * database could not be reached or answered in time: the request may be retried, nothing is wrong
 * with it.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || isTransientSqlState(code))) {
      return true;
    }
    const next: unknown =
      (current as { originalError?: unknown }).originalError ?? (current as Error).cause;
    current = next;
  }
  return false;
};
