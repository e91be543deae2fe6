import type { EventStore } from '../event-store/index.js';
import type { Metrics } from './metrics.js';

/** The same store, counting the events it appends (a replayed idempotency key appends none). */
export const countAppends = (store: EventStore, metrics: Metrics): EventStore => ({
  ...store,
  append: async (streamId, events, options) => {
    const result = await store.append(streamId, events, options);
    if (!result.replayed) metrics.eventsAppended.inc(events.length);
    return result;
  },
  appendMany: async (appends, options) => {
    const result = await store.appendMany(appends, options);
    if (!result.replayed) {
      metrics.eventsAppended.inc(appends.reduce((sum, append) => sum + append.events.length, 0));
    }
    return result;
  },
});
