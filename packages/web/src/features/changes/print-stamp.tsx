import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/graphql.js';
import { useFormat, useMessages } from '../../i18n/i18n.js';
import { changesMessages } from './messages.js';

/** The newest sealed event up to the end of the period: the chain head the document reflects. */
const ChainHeadQuery = graphql(`
  query ChangesChainHead($until: DateTime) {
    events(newestFirst: true, first: 1, until: $until) {
      edges {
        node {
          position
          hash
        }
      }
    }
  }
`);

/** The moment of printing: taken again when the browser starts to print. */
const usePrintedAt = (): Date => {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const update = () => setPrintedAt(new Date());
    globalThis.addEventListener('beforeprint', update);
    return () => globalThis.removeEventListener('beforeprint', update);
  }, []);
  return printedAt;
};

/**
 * What a printed "Änderungen" says of itself: the period, when it was printed, and the chain
 * head it reflects, so a reader can check later that the history has not changed since.
 */
export const PrintStamp = ({ period, until }: { period: string; until: string | null }) => {
  const m = useMessages(changesMessages);
  const format = useFormat();
  const printedAt = usePrintedAt();
  const [{ data }] = useQuery({ query: ChainHeadQuery, variables: { until } });
  const head = data?.events.edges[0]?.node;
  return (
    <dl className="print-stamp" data-testid="print-stamp">
      <div>
        <dt>{m.period}</dt>
        <dd>{period}</dd>
      </div>
      <div>
        <dt>{m.printedAt}</dt>
        <dd>{format.dateTime(printedAt.toISOString())}</dd>
      </div>
      {head ? (
        <div>
          <dt>{m.chainHead}</dt>
          <dd>
            {m.chainHeadValue(head.position)} <code className="hash">{head.hash}</code>
          </dd>
        </div>
      ) : null}
    </dl>
  );
};
