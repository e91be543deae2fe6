import type { CombinedError } from '@urql/core';
import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnyVariables, useClient } from 'urql';
import type { Connection } from './board-columns.js';

// The documents ask for `first: 100` literally: the API's largest page, and the one its query
// cost estimate counts (a variable would slip past it).

/** A safety stop: beyond this many items, narrowing the filters serves better than scrolling. */
export const MAX_PAGES = 10;

export interface AllPages<Card, Data> {
  /** Every item loaded so far; null until the first page is there. */
  readonly cards: readonly Card[] | null;
  /** The first page's whole result (for what the query asks besides the list). */
  readonly first: Data | null;
  readonly complete: boolean;
  /** More than `MAX_PAGES` pages: the rest is not shown. */
  readonly truncated: boolean;
  readonly error: CombinedError | null;
  /** Loads everything again from the network (after a change, or a live event). */
  readonly refresh: () => void;
}

interface Loaded<Card, Data> {
  readonly key: string;
  readonly cards: readonly Card[];
  readonly first: Data | null;
  readonly complete: boolean;
  readonly truncated: boolean;
  readonly error: CombinedError | null;
}

const emptyList = <Card, Data>(key: string): Loaded<Card, Data> => ({
  key,
  cards: [],
  first: null,
  complete: true,
  truncated: false,
  error: null,
});

/**
 * A whole list, page after page (the API pages by 100). New filters show the cards as the
 * pages arrive; a refresh of the same list swaps in the new cards once all are loaded, so
 * the board does not shrink and grow while someone reads it.
 */
export const useAllPages = <Card, Data, Variables extends AnyVariables>(
  document: TadaDocumentNode<Data, Variables>,
  variablesFor: (after: string | null, isFirst: boolean) => Variables,
  connectionOf: (data: Data) => Connection<Card>,
): AllPages<Card, Data> => {
  const client = useClient();
  const key = JSON.stringify(variablesFor(null, true));
  const latest = useRef({ document, variablesFor, connectionOf });
  latest.current = { document, variablesFor, connectionOf };
  const [loaded, setLoaded] = useState<Loaded<Card, Data> | null>(null);
  const shownKey = useRef<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a reload
  useEffect(() => {
    let cancelled = false;
    const progressive = shownKey.current !== key;
    const show = (next: Loaded<Card, Data>) => {
      shownKey.current = next.key;
      setLoaded(next);
    };
    const load = async () => {
      const { document, variablesFor, connectionOf } = latest.current;
      const cards: Card[] = [];
      let first: Data | null = null;
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const result = await client
          .query(document, variablesFor(after, page === 0), { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          const error = result.error ?? null;
          // A failed refresh keeps what was shown; failed new filters show what arrived.
          setLoaded((shown) =>
            shown?.key === key ? { ...shown, error } : { ...emptyList(key), cards, first, error },
          );
          shownKey.current = key;
          return;
        }
        first ??= result.data;
        const { edges, pageInfo } = connectionOf(result.data);
        cards.push(...edges.map((edge) => edge.node));
        const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
        if (next === null || page === MAX_PAGES - 1) {
          show({ key, cards, first, complete: true, truncated: next !== null, error: null });
          return;
        }
        if (progressive) {
          show({ key, cards: [...cards], first, complete: false, truncated: false, error: null });
        }
        after = next;
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, key, generation]);

  // Until new filters' first page is there, the last list stays (marked incomplete).
  const current = loaded !== null && loaded.key === key;
  return {
    cards: loaded?.cards ?? null,
    first: loaded?.first ?? null,
    complete: current && loaded.complete,
    truncated: current && loaded.truncated,
    error: loaded?.error ?? null,
    refresh,
  };
};
