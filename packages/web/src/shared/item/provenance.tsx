import { KIND_LABELS } from '@fahrplan/domain';
import { Link } from 'wouter';
import { itemPath } from '../../app/paths.js';
import { useHrefWithAsOf } from '../../as-of/as-of.js';
import type { ResultOf } from '../../graphql/graphql.js';
import { isKind } from '../../i18n/domain-keys.js';
import { useFormat, useLabel, useMessages } from '../../i18n/i18n.js';
import { StatusBadge } from '../../ui/status-badge.js';
import type { ProvenanceFields } from './fragments.js';
import { itemMessages, relationMessages } from './messages.js';
import { type ProvenanceBranch, provenanceTree } from './provenance-tree.js';

export type ProvenanceGraph = ResultOf<typeof ProvenanceFields>;
type Direction = 'upstream' | 'downstream';

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
  return (
    <ul className="provenance__branches">
      {branches.map(({ node, edge, reason, children }) => (
        <li key={`${edge.relation}:${node.id}`}>
          <span className="provenance__relation">{relations[edge.relation] ?? edge.relation}</span>{' '}
          <span className="provenance__kind">
            {isKind(node.kind) ? label(KIND_LABELS[node.kind]) : node.kind}:
          </span>{' '}
          {isKind(node.kind) ? (
            <Link href={href(itemPath(node.kind, node.id))}>{node.title}</Link>
          ) : (
            <span>{node.title}</span>
          )}{' '}
          {node.status && isKind(node.kind) ? (
            <StatusBadge kind={node.kind} status={node.status} />
          ) : null}
          <span className="meta">
            {' '}
            (
            {m.edgeBy(edge.actorName ?? edge.actor ?? m.unknownActor, format.date(edge.occurredAt))}
            {reason ? ` · „${reason}“` : ''})
          </span>
          {children.length > 0 ? <Branches branches={children} direction={direction} /> : null}
        </li>
      ))}
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
