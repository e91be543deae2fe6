/** How the webhook worker delivers (config: FAHRPLAN_WEBHOOK_*; tests: fast ones). */
export interface WebhookSettings {
  /**
   * Deliver to private, loopback, link-local and other internal addresses too
   * (FAHRPLAN_WEBHOOKS_ALLOW_PRIVATE): for tests and closed networks only, never on the internet.
   */
  readonly allowPrivateAddresses: boolean;
  /** How often an idle worker looks for due endpoints and new events. */
  readonly pollMs: number;
  /** One delivery's time limit, connecting included (FAHRPLAN_WEBHOOK_TIMEOUT_SECONDS). */
  readonly timeoutMs: number;
  /** Consecutive failures after which an endpoint is disabled (FAHRPLAN_WEBHOOK_MAX_FAILURES). */
  readonly maxFailures: number;
  /** The first retry's delay; each further one doubles it, up to `retryMaxMs` (with jitter). */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** How much of a receiver's answer is read (the rest is cut off). */
  readonly maxResponseBytes: number;
  /** How long a worker holds an endpoint without renewing (longer than any one delivery). */
  readonly leaseMs: number;
  /** Events read per endpoint and turn. */
  readonly batchSize: number;
}

export const DEFAULT_WEBHOOKS: WebhookSettings = {
  allowPrivateAddresses: false,
  pollMs: 1000,
  timeoutMs: 10_000,
  maxFailures: 10,
  retryBaseMs: 5000,
  retryMaxMs: 3_600_000,
  maxResponseBytes: 64 * 1024,
  leaseMs: 60_000,
  batchSize: 50,
};
