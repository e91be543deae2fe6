export interface ProvenanceNodeData {
  readonly id: string;
  readonly kind: string;
  readonly status: string | null;
  readonly title: string;
  /** The process it belongs to; null for a partner. */
  readonly process?: { readonly slug: string; readonly title: string } | null;
}

export interface ProvenanceEdgeData {
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly actor: string | null;
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly eventType?: string;
  readonly occurredAt: string;
  /** The two items belong to different strategy processes. */
  readonly crossesProcesses?: boolean;
}

export interface ProvenanceBranch {
  readonly node: ProvenanceNodeData;
  readonly edge: ProvenanceEdgeData;
  /** The reason of the edge's event, on the first branch that event made only; else null. */
  readonly reason: string | null;
  readonly children: readonly ProvenanceBranch[];
}

/**
 * The graph as two trees from the item: UPSTREAM follows edges back to their sources (what it
 * grew out of), DOWNSTREAM forward to their targets (what became of it). Edges point downstream
 * (source is the earlier item). Every branch shows its item, so each of three suggestions from one
 * workshop names that workshop; an item's own branches grow at its first place only, so a
 * diamond cannot repeat whole subtrees or loop. One event that made several links (a draft from
 * three suggestions) gives its reason once, on its first branch.
 */
export const provenanceTree = (
  graph: {
    readonly nodes: readonly ProvenanceNodeData[];
    readonly edges: readonly ProvenanceEdgeData[];
  },
  rootId: string,
  direction: 'upstream' | 'downstream',
): ProvenanceBranch[] => {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const grown = new Set([rootId]);
  const reasons = new Set<string>();
  const reasonOnce = (edge: ProvenanceEdgeData): string | null => {
    if (!edge.reason) return null;
    const key = JSON.stringify([edge.eventType, edge.occurredAt, edge.actor, edge.reason]);
    if (reasons.has(key)) return null;
    reasons.add(key);
    return edge.reason;
  };
  const grow = (id: string, path: ReadonlySet<string>): ProvenanceBranch[] => {
    const next = graph.edges.filter(
      (edge) =>
        (direction === 'upstream' ? edge.target : edge.source) === id &&
        !path.has(direction === 'upstream' ? edge.source : edge.target),
    );
    // Siblings first: an item grows its branches at its first place among them.
    const fresh = next
      .map((edge) => (direction === 'upstream' ? edge.source : edge.target))
      .filter((other) => !grown.has(other));
    for (const other of fresh) grown.add(other);
    return next.flatMap((edge) => {
      const node = nodes.get(direction === 'upstream' ? edge.source : edge.target);
      if (!node) return [];
      const children = fresh.includes(node.id) ? grow(node.id, new Set([...path, node.id])) : [];
      return [{ node, edge, reason: reasonOnce(edge), children }];
    });
  };
  return grow(rootId, new Set([rootId]));
};
