import { useId } from 'react';
import { useQuery } from 'urql';
import { useProcessSlug } from '../../app/process.js';
import { useAsOf } from '../../as-of/as-of.js';
import { useMessages } from '../../i18n/i18n.js';
import { Fact } from '../../ui/fact.js';
import { Empty, Loading, QueryError } from '../../ui/feedback.js';
import { processMessages } from './messages.js';
import { PhaseTimeline } from './phase-timeline.js';
import { ProcessDownloads } from './process-downloads.js';
import { ProcessFacts } from './process-facts.js';
import { ProcessesQuery } from './queries.js';

/**
 * The process whose page this is, as it stood at the "Stand vom" moment: what it is for, who
 * commissioned and runs it, its status and its phases. Shown above its roadmap.
 */
export const ProcessOverview = () => {
  const m = useMessages(processMessages);
  const id = useId();
  const slug = useProcessSlug();
  const { asOf, asOfBasis } = useAsOf();
  const [{ data, error }, reexecute] = useQuery({
    query: ProcessesQuery,
    variables: { process: slug, asOf, asOfBasis },
    pause: slug === null,
  });
  if (error && !data) {
    return <QueryError error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!data) return <Loading />;
  const process = data.processes.edges[0]?.node;
  if (!process) return <Empty>{m.notYet}</Empty>;
  return (
    <div className="process-overview">
      <section aria-labelledby={`${id}-about`}>
        <h2 id={`${id}-about`}>{process.title}</h2>
        <p>{process.description}</p>
        <ProcessFacts process={process}>
          <Fact term={m.commissionedBy}>{process.commissionedBy}</Fact>
          <Fact term={m.runBy}>{process.runBy}</Fact>
        </ProcessFacts>
        {slug ? <ProcessDownloads slug={slug} /> : null}
      </section>
      <section aria-labelledby={`${id}-phases`}>
        <h2 id={`${id}-phases`}>{m.phases}</h2>
        <PhaseTimeline process={process} />
      </section>
    </div>
  );
};
