export interface ProvenanceNodeData {
  readonly id: string;
  readonly kind: string;
  readonly status: string | null;
  readonly title: string;
}

export interface ProvenanceEdgeData {
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly actor: string | null;
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly occurredAt: string;
}

export interface ProvenanceBranch {
  readonly node: ProvenanceNodeData;
  readonly edge: ProvenanceEdgeData;
  readonly children: readonly ProvenanceBranch[];
}

/**
 * The graph as two trees from the item: UPSTREAM follows edges back to their sources (what it
 * grew out of), DOWNSTREAM forward to their targets (what became of it). Edges point downstream
 * (source is the earlier item). An item reached twice is shown once, at its first place, so a
 * diamond (two suggestions from one workshop) cannot repeat or loop.
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
  const seen = new Set([rootId]);
  const grow = (id: string): ProvenanceBranch[] => {
    const next = graph.edges
      .filter((edge) => (direction === 'upstream' ? edge.target : edge.source) === id)
      .filter((edge) => !seen.has(direction === 'upstream' ? edge.source : edge.target));
    for (const edge of next) seen.add(direction === 'upstream' ? edge.source : edge.target);
    return next.flatMap((edge) => {
      const node = nodes.get(direction === 'upstream' ? edge.source : edge.target);
      return node ? [{ node, edge, children: grow(node.id) }] : [];
    });
  };
  return grow(rootId);
};
