import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import { useProcessSlug } from '../app/process.js';
import { graphql, type VariablesOf } from '../graphql/graphql.js';

const EventAppended = graphql(`
  subscription EventAppended($filter: EventFilter) {
    eventAppended(filter: $filter) {
      position
      type
      itemId
    }
  }
`);

const BURST_MS = 150;

export type LiveFilter = NonNullable<VariablesOf<typeof EventAppended>['filter']>;

/** The API's `EventType` enum: the domain's event type names. */
export type EventType = NonNullable<LiveFilter['eventTypes']>[number];

/**
 * Refreshes a view when someone else changes what it shows: the API's `eventAppended`
 * subscription (server-sent events) calls `refresh`, which re-runs the view's query. Forms keep
 * their own state, so what the user is typing survives. Off for historical views.
 */
export const useLiveRefresh = (
  filter: LiveFilter | null,
  refresh: () => void,
  options: { enabled?: boolean } = {},
): void => {
  const client = useClient();
  const latest = useRef(refresh);
  latest.current = refresh;
  const enabled = options.enabled ?? true;
  // Within a process, only its items' events (the view shows no other).
  const process = useProcessSlug();
  const key = JSON.stringify(filter && process ? { process, ...filter } : filter);
  useEffect(() => {
    if (!enabled || key === 'null') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = client
      .subscription(EventAppended, { filter: JSON.parse(key) as LiveFilter })
      .subscribe((result) => {
        if (!result.data) return;
        // One change often appends several events at once: refresh once for the burst.
        clearTimeout(timer);
        timer = setTimeout(() => latest.current(), BURST_MS);
      });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [client, key, enabled]);
};
