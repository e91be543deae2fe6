import { fmt, graphql } from './load.js';
import type { Row } from './reads.js';

/**
 * Partner sync rows of the at-scale run: the whole log paged through `events(after:)`, and live
 * delivery over SSE to 64 subscribers while writes come in at a steady rate.
 */

export interface SyncPlan {
  readonly api: string;
  readonly partner: string;
  readonly team: string;
  readonly seconds: number;
}

/** Pages of 500: the most the query cost limit allows with these fields. */
export const fullSync = async (plan: SyncPlan): Promise<Row> => {
  const started = performance.now();
  let after: string | null = null;
  let synced = 0;
  for (;;) {
    const data: {
      events: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: unknown[] };
    } = await graphql(
      plan.api,
      `query ($after: String) { events(first: 500, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { position type itemId occurredAt data } } } }`,
      { after },
      plan.partner,
    );
    synced += data.events.edges.length;
    if (!data.events.pageInfo.hasNextPage) break;
    after = data.events.pageInfo.endCursor;
  }
  const rate = synced / ((performance.now() - started) / 1000);
  return {
    path: `events(after:) full sync, partner, pages of 500 (${fmt(synced)} public events)`,
    fahrplan: `${fmt(rate)} events/s`,
    target: `${rate >= 100_000 ? 'yes' : 'NO'}: ≥ 100,000 events/s`,
  };
};

interface Subscriber {
  received: number;
  readonly delays: number[];
  readonly done: Promise<void>;
  readonly abort: AbortController;
}

/** One SSE subscription; resolves once the server accepted it (then it is live). */
const subscribe = async (api: string, token: string): Promise<Subscriber> => {
  const abort = new AbortController();
  const response = await fetch(api, {
    method: 'POST',
    signal: abort.signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: 'subscription { eventAppended { position type recordedAt } }' }),
  });
  if (response.status !== 200 || !response.body) {
    throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  }
  const subscriber: Omit<Subscriber, 'done'> = { received: 0, delays: [], abort };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const done = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read().catch(() => ({
        value: undefined,
        done: true,
      }));
      if (ended) return;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5))
          .join('\n');
        if (!data) continue;
        const event = (JSON.parse(data) as { data?: { eventAppended?: { recordedAt: string } } })
          .data?.eventAppended;
        if (!event) continue;
        subscriber.received += 1;
        subscriber.delays.push(Date.now() - Date.parse(event.recordedAt));
      }
    }
  })();
  return Object.assign(subscriber, { done });
};

/**
 * 64 team subscribers (they see every event), then `captureSuggestion` at 100 writes/s for the
 * phase, open loop: delivery delay = arrival at the subscriber − the event's recordedAt (same
 * clock, same machine), which includes the commit, the seal and the fan-out.
 */
export const liveDelivery = async (plan: SyncPlan): Promise<Row> => {
  const subscribers = await Promise.all(
    Array.from({ length: 64 }, () => subscribe(plan.api, plan.team)),
  );
  const capture = `mutation ($input: CaptureSuggestionInput!) { captureSuggestion(input: $input) { version } }`;
  const writes: Promise<unknown>[] = [];
  let failed = 0;
  const started = performance.now();
  for (let index = 0; performance.now() - started < plan.seconds * 1000; index++) {
    const due = started + index * 10;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
    writes.push(
      graphql(
        plan.api,
        capture,
        { input: { text: `Live-Vorschlag ${index}.`, channel: 'MAIL', sector: 'INDUSTRY' } },
        plan.team,
      ).catch(() => {
        failed += 1;
      }),
    );
  }
  await Promise.all(writes);
  const rate = writes.length / ((performance.now() - started) / 1000);
  // Everything written is delivered within a few seconds, or the row says what is missing.
  const until = performance.now() + 10_000;
  const expected = writes.length - failed;
  while (performance.now() < until && subscribers.some((s) => s.received < expected)) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  for (const subscriber of subscribers) subscriber.abort.abort();
  await Promise.all(subscribers.map((subscriber) => subscriber.done));
  const delays = subscribers.flatMap((subscriber) => subscriber.delays).sort((a, b) => a - b);
  const at = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? 0;
  const complete = subscribers.filter((s) => s.received >= expected).length;
  return {
    path: `SSE eventAppended, 64 team subscribers, captureSuggestion at 100/s (${fmt(rate)}/s reached, ${failed} failed)`,
    fahrplan: `delivery p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${complete}/64 received all ${fmt(expected)}`,
    target: `${at(0.99) < 200 && complete === 64 ? 'yes' : 'NO'}: p99 < 200 ms, every event to everyone`,
  };
};
