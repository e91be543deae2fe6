/** Kept apart from the limiter so config.ts can default to it without loading Hono. */
export interface RateLimitSettings {
  /** Requests a minute per API token. */
  readonly perToken: number;
  /** Requests a minute per client address: anonymous callers, and refused tokens. */
  readonly perAddress: number;
  /** Read the client address from X-Forwarded-For: only behind a proxy that sets it. */
  readonly trustProxy: boolean;
}

/** Generous for a partner's sync and the test suites; tighter for the anonymous public. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  perToken: 600,
  perAddress: 120,
  trustProxy: false,
};
