import { useQuery } from 'urql';
import { Link } from 'wouter';
import { processBase } from '../../app/process.js';
import { useAsOf, useHrefWithAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { processMessages } from '../../shared/process/messages.js';
import { ProcessFacts } from '../../shared/process/process-facts.js';
import { ProcessesQuery } from '../../shared/process/queries.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { Page } from '../../ui/page.js';

/** The start page: every strategy process with its status, phase, period and size. */
export const StartPage = () => {
  const m = useMessages(processMessages);
  const { asOf, asOfBasis } = useAsOf();
  const href = useHrefWithAsOf();
  const [{ data, error }, reexecute] = useQuery({
    query: ProcessesQuery,
    variables: { process: null, asOf, asOfBasis },
  });
  const processes = data?.processes.edges.map(({ node }) => node) ?? [];
  return (
    <Page title={m.startTitle} subtitle={m.startIntro}>
      {error && !data ? (
        <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Loading />
      ) : processes.length === 0 ? (
        <Empty>{m.noProcesses}</Empty>
      ) : (
        <ul className="process-list">
          {processes.map((process) => (
            <li key={process.id} className="card process-card">
              <h2>
                <Link href={href(`${processBase(process.slug)}/`)}>{process.title}</Link>
              </h2>
              <ProcessFacts process={process} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="~/offene-daten">{m.openDataLink}</Link>
      </p>
    </Page>
  );
};
