/** Kept apart from the gate so config.ts can default to it without loading Hono. */
export interface SubscriptionSettings {
  /** Open subscriptions per API token. */
  readonly perToken: number;
  /** Open subscriptions per client address, for anonymous callers. */
  readonly perAddress: number;
  /** Open subscriptions in this API process, whoever holds them. */
  readonly total: number;
  /** Events a subscriber may leave unread before its stream is ended (it catches up by `events`). */
  readonly bufferLimit: number;
  /** How often open streams' tokens are checked for revocation, besides before each delivery. */
  readonly tokenCheckEveryMs: number;
}

/**
 * An idle SSE stream costs little, but thousands of them cost every writer (the fan-out runs
 * per event): a partner's app needs a handful, a browser tab one.
 */
export const DEFAULT_SUBSCRIPTIONS: SubscriptionSettings = {
  perToken: 20,
  perAddress: 10,
  total: 1000,
  bufferLimit: 1000,
  tokenCheckEveryMs: 5000,
};
