import { describe, expect, it } from 'vitest';
import { type ProvenanceBranch, provenanceTree } from './provenance-tree.js';

const node = (id: string, kind: string) => ({ id, kind, status: null, title: `Titel ${id}` });
const edge = (source: string, relation: string, target: string) => ({
  source,
  target,
  relation,
  actor: 'token:1',
  actorName: 'Projektteam',
  reason: null,
  occurredAt: '2017-03-07T10:00:00Z',
});

// Workshop → two suggestions → recommendation → measure: the chain the ministry traces.
const graph = {
  nodes: [
    node('w', 'Meeting'),
    node('s1', 'Suggestion'),
    node('s2', 'Suggestion'),
    node('r', 'Recommendation'),
    node('m', 'Measure'),
  ],
  edges: [
    edge('w', 'raisedAt', 's1'),
    edge('w', 'raisedAt', 's2'),
    edge('s1', 'derivedFrom', 'r'),
    edge('s2', 'derivedFrom', 'r'),
    edge('r', 'adoptedFrom', 'm'),
  ],
};

const shape = (branches: readonly ProvenanceBranch[]): unknown =>
  branches.map((branch) => ({
    [`${branch.edge.relation} ${branch.node.id}`]: shape(branch.children),
  }));

describe('provenanceTree', () => {
  it('traces a measure back to both suggestions and, once, their workshop', () => {
    expect(shape(provenanceTree(graph, 'm', 'upstream'))).toEqual([
      {
        'adoptedFrom r': [
          { 'derivedFrom s1': [{ 'raisedAt w': [] }] },
          { 'derivedFrom s2': [{ 'raisedAt w': [] }] },
        ],
      },
    ]);
  });

  it('follows a workshop forward to what became of it', () => {
    expect(shape(provenanceTree(graph, 'w', 'downstream'))).toEqual([
      { 'raisedAt s1': [{ 'derivedFrom r': [{ 'adoptedFrom m': [] }] }] },
      { 'raisedAt s2': [{ 'derivedFrom r': [] }] },
    ]);
  });

  it('names the workshop of each of three suggestions, and a shared reason once', () => {
    const drafted = {
      ...edge('s1', 'derivedFrom', 'r'),
      reason: 'Aus dem Workshop',
      eventType: 'RecommendationDrafted',
    };
    const three = {
      nodes: [...graph.nodes, node('s3', 'Suggestion')],
      edges: [
        edge('w', 'raisedAt', 's1'),
        edge('w', 'raisedAt', 's2'),
        edge('w', 'raisedAt', 's3'),
        drafted,
        { ...drafted, source: 's2' },
        { ...drafted, source: 's3' },
      ],
    };
    const tree = provenanceTree(three, 'r', 'upstream');
    expect(shape(tree)).toEqual([
      { 'derivedFrom s1': [{ 'raisedAt w': [] }] },
      { 'derivedFrom s2': [{ 'raisedAt w': [] }] },
      { 'derivedFrom s3': [{ 'raisedAt w': [] }] },
    ]);
    expect(tree.map((branch) => branch.reason)).toEqual(['Aus dem Workshop', null, null]);
  });

  it('skips edges to items the caller may not see (not in the nodes)', () => {
    const hidden = { nodes: graph.nodes.filter((n) => n.id !== 's2'), edges: graph.edges };
    expect(shape(provenanceTree(hidden, 'r', 'upstream'))).toEqual([
      { 'derivedFrom s1': [{ 'raisedAt w': [] }] },
    ]);
  });
});
