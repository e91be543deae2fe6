import { Webhook } from 'standardwebhooks';
import type { FeedEntry } from './feed.js';

/** The Standard Webhooks message id of an event for an endpoint: the same on every attempt. */
export const messageIdOf = (endpointId: string, position: number): string =>
  `msg_${endpointId}_${position}`;

/**
 * A delivery as the Standard Webhooks specification shapes it: `{ type, timestamp, data }` with
 * the feed's event as `data`, signed over `id.timestamp.body` (HMAC-SHA256, `v1,<base64>`).
 */
export const signedMessage = (
  { secret, endpointId }: { secret: string; endpointId: string },
  entry: FeedEntry,
  now: Date,
): { headers: Record<string, string>; body: string } => {
  const id = messageIdOf(endpointId, entry.position);
  const body = JSON.stringify({ type: entry.type, timestamp: entry.recordedAt, data: entry.node });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Fahrplan-Webhooks/1',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, now, body),
    },
  };
};

/** Exponential back-off with jitter: base·2^(n−1), capped, then 50–100 % of it. */
export const retryDelayMs = (
  failures: number,
  { retryBaseMs, retryMaxMs }: { retryBaseMs: number; retryMaxMs: number },
  random: () => number,
): number => {
  const full = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(full / 2 + (full / 2) * random());
};
