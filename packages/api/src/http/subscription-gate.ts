import type { ServerResponse } from 'node:http';
import type { SubscriptionSettings } from '../live/subscription-settings.js';
import { createSubscriptionSlots } from '../live/subscription-slots.js';
import type { AppContext, StreamLease } from './app-env.js';
import { addressKey, clientAddress } from './client-address.js';
import { graphqlErrorResponse } from './graphql-error.js';
import { localeOf } from './locale.js';
import { withReleasedBody } from './released-body.js';

/** A full holder frees a slot when one of its streams ends; there is no better hint than this. */
const RETRY_AFTER_SECONDS = 30;

export interface SubscriptionGateOptions {
  readonly settings: Pick<SubscriptionSettings, 'perToken' | 'perAddress' | 'total'>;
  readonly trustProxy: boolean;
  /** How long a stream ended by the server may take to deliver its final event. */
  readonly graceMs?: number;
  /** True once the process is shutting down: streams it ends then carry a `retry:` hint. */
  readonly shuttingDown?: () => boolean;
}

/**
 * The SSE `retry:` field (milliseconds) sent as a stream's last line when the process shuts down:
 * an EventSource reconnects after that long — through the load balancer, to another process —
 * and spreading the delay keeps every client of this process from reconnecting in one burst.
 */
const shutdownRetryHint = (random: () => number = Math.random): string =>
  `retry: ${1000 + Math.floor(random() * 4000)}\n\n`;

const refusalMessage = (
  c: AppContext,
  limit: number,
  kind: 'token' | 'address' | 'total',
): string => {
  const en = localeOf(c) === 'en';
  if (kind === 'total') {
    return en
      ? `This server holds the most open subscriptions it allows (${limit}). Try again in ${RETRY_AFTER_SECONDS} s.`
      : `Dieser Server hält bereits die höchste Zahl offener Abonnements (${limit}). Bitte in ${RETRY_AFTER_SECONDS} s erneut versuchen.`;
  }
  const who = en
    ? kind === 'token'
      ? 'per token'
      : 'per address without a token'
    : kind === 'token'
      ? 'je Token'
      : 'je Adresse ohne Token';
  return en
    ? `Too many open subscriptions: at most ${limit} ${who}. Close one, or try again in ${RETRY_AFTER_SECONDS} s.`
    : `Zu viele offene Abonnements: höchstens ${limit} ${who}. Eines schließen oder in ${RETRY_AFTER_SECONDS} s erneut versuchen.`;
};

/**
 * Admits Server-Sent-Event requests (subscriptions) within the limits per token, per anonymous
 * address and in total, refusing the rest with 429 and Retry-After before any work is done. A
 * slot is held until the response body ends: the client hangs up, the stream fails or the
 * server completes it.
 */
export const createSubscriptionGate = ({
  settings,
  trustProxy,
  graceMs = 5000,
  shuttingDown = () => false,
}: SubscriptionGateOptions) => {
  const slots = createSubscriptionSlots(settings);
  /** Answers with `respond`, handing it a lease on SSE requests, or refuses with 429. */
  const gate = async (
    c: AppContext,
    respond: (lease: StreamLease | undefined) => Response | Promise<Response>,
  ): Promise<Response> => {
    if (!c.req.header('accept')?.includes('text/event-stream')) return respond(undefined);
    const caller = c.var.caller;
    const anonymous = caller.role === 'anonymous';
    const holder = anonymous ? `address:${addressKey(clientAddress(c, trustProxy))}` : caller.actor;
    const slot = slots.take(holder, anonymous);
    if (slot === 'holder' || slot === 'total') {
      const kind = slot === 'total' ? 'total' : anonymous ? 'address' : 'token';
      const limit =
        kind === 'total' ? settings.total : anonymous ? settings.perAddress : settings.perToken;
      return graphqlErrorResponse(
        c,
        429,
        'TOO_MANY_SUBSCRIPTIONS',
        refusalMessage(c, limit, kind),
        { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      );
    }
    let stop: (() => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    const release = () => {
      clearTimeout(timer);
      slot.release();
    };
    const lease: StreamLease = {
      closeSoon: () => {
        if (timer) return;
        timer = setTimeout(() => {
          // On a real socket, hang up at once; in process (no socket), fail the body.
          const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
          if (outgoing) outgoing.destroy();
          else stop?.();
        }, graceMs);
        timer.unref();
      },
    };
    try {
      const guarded = withReleasedBody(await respond(lease), release, () =>
        shuttingDown() ? shutdownRetryHint() : undefined,
      );
      stop = guarded.stop;
      return guarded.response;
    } catch (error) {
      release();
      throw error;
    }
  };
  return Object.assign(gate, {
    get open() {
      return slots.open;
    },
  });
};

export type SubscriptionGate = ReturnType<typeof createSubscriptionGate>;
