import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { useAsOf } from '../../as-of/as-of.js';
import { graphql, type ResultOf } from '../../graphql/graphql.js';
import { HistoryPageFields } from './fragments.js';
import type { HistoryEntry } from './history.js';

type HistoryPage = ResultOf<typeof HistoryPageFields>;

const LaterHistory = graphql(
  `
  query LaterHistory($id: ID!, $after: String!, $asOf: DateTime, $asOfBasis: TimeBasis) {
    node(id: $id, asOf: $asOf, asOfBasis: $asOfBasis) {
      ... on Item {
        historyEntries(first: 100, after: $after) {
          ...HistoryPageFields
        }
      }
    }
  }
`,
  [HistoryPageFields],
);

const entriesOf = (page: HistoryPage): HistoryEntry[] => page.edges.map((edge) => edge.node);

/**
 * An item's whole history: the first page comes with the item's page, the rest is paged in
 * after (100 at a time, all this query asks for), so the page and its print stay complete.
 */
export const useWholeHistory = (itemId: string, first: HistoryPage): readonly HistoryEntry[] => {
  const client = useClient();
  const { asOf, asOfBasis } = useAsOf();
  const [later, setLater] = useState<{ from: HistoryPage; entries: HistoryEntry[] } | null>(null);
  useEffect(() => {
    if (!first.pageInfo.hasNextPage) return;
    let cancelled = false;
    const load = async () => {
      const entries: HistoryEntry[] = [];
      let after = first.pageInfo.endCursor;
      while (after && !cancelled) {
        const result = await client
          .query(LaterHistory, { id: itemId, after, asOf, asOfBasis })
          .toPromise();
        const page = result.data?.node?.historyEntries;
        if (!page) return;
        entries.push(...entriesOf(page));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }
      if (!cancelled) setLater({ from: first, entries });
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [client, itemId, first, asOf, asOfBasis]);
  const rest = later?.from === first ? later.entries : [];
  return [...entriesOf(first), ...rest];
};
