import { KIND_LABELS } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { processBase, useProcessSlug } from '../../app/process.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import type { ResultOf } from '../../graphql/graphql.js';
import { isKind } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { processMessages } from '../process/messages.js';
import type { ProvenanceFields } from './fragments.js';
import { itemMessages, relationMessages } from './messages.js';
import { type ProvenanceBranch, provenanceTree } from './provenance-tree.js';

export type ProvenanceGraph = ResultOf<typeof ProvenanceFields>;
type Direction = 'upstream' | 'downstream';

/**
 * The process an item belongs to where its link crosses from another process, as "aus Prozess
 * …" (upstream) or "in Prozess …" (downstream), with a link to that process's page.
 */
const OtherProcess = ({
  branch: { node, edge },
  direction,
}: {
  branch: ProvenanceBranch;
  direction: Direction;
}) => {
  const m = useMessages(processMessages);
  const href = useHrefWithAsOf();
  if (!edge.crossesProcesses || !node.process) return null;
  const text = direction === 'upstream' ? m.fromProcess : m.inProcess;
  return (
    <>
      {' '}
      <Link className="provenance__process" href={`~${href(`${processBase(node.process.slug)}/`)}`}>
        {text(node.process.title)}
      </Link>
    </>
  );
};

const Branches = ({
  branches,
  direction,
}: {
  branches: readonly ProvenanceBranch[];
  direction: Direction;
}) => {
  const relations = useMessages(relationMessages)[direction] as Readonly<Record<string, string>>;
  const m = useMessages(itemMessages);
  const label = useLabel();
  const format = useFormat();
  const href = useHrefWithAsOf();
  const slug = useProcessSlug();
  // An item of another process opens within that process's addresses.
  const pathOf = (node: ProvenanceBranch['node'], kind: string) =>
    node.process && node.process.slug !== slug
      ? `~${href(`${processBase(node.process.slug)}${itemPath(kind, node.id)}`)}`
      : href(itemPath(kind, node.id));
  return (
    <ul className="provenance__branches">
      {branches.map((branch) => {
        const { node, edge, reason, children } = branch;
        return (
          <li key={`${edge.relation}:${node.id}`}>
            <span className="provenance__relation">
              {relations[edge.relation] ?? edge.relation}
            </span>{' '}
            <span className="provenance__kind">
              {isKind(node.kind) ? label(KIND_LABELS[node.kind]) : node.kind}:
            </span>{' '}
            {isKind(node.kind) ? (
              <Link href={pathOf(node, node.kind)}>{node.title}</Link>
            ) : (
              <span>{node.title}</span>
            )}{' '}
            {node.status && isKind(node.kind) ? (
              <StatusBadge kind={node.kind} status={node.status} />
            ) : null}
            <OtherProcess branch={branch} direction={direction} />
            <span className="meta">
              {' '}
              (
              {m.edgeBy(
                edge.actorName ?? edge.actor ?? m.unknownActor,
                format.date(edge.occurredAt),
              )}
              {reason ? ` · „${reason}“` : ''})
            </span>
            {children.length > 0 ? <Branches branches={children} direction={direction} /> : null}
          </li>
        );
      })}
    </ul>
  );
};

/**
 * The provenance graph as two readable trees: back to the suggestions and meetings, forward to
 * the measures and projects. Lists rather than a drawing, so it reads aloud and prints well.
 */
export const Provenance = ({ graph, itemId }: { graph: ProvenanceGraph; itemId: string }) => {
  const m = useMessages(itemMessages);
  const upstream = provenanceTree(graph, itemId, 'upstream');
  const downstream = provenanceTree(graph, itemId, 'downstream');
  return (
    <div className="provenance">
      <div>
        <h3>{m.upstream}</h3>
        {upstream.length > 0 ? (
          <Branches branches={upstream} direction="upstream" />
        ) : (
          <p className="empty">{m.noUpstream}</p>
        )}
      </div>
      <div>
        <h3>{m.downstream}</h3>
        {downstream.length > 0 ? (
          <Branches branches={downstream} direction="downstream" />
        ) : (
          <p className="empty">{m.noDownstream}</p>
        )}
      </div>
    </div>
  );
};
