import { PROVENANCE_RELATIONS } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ProvenanceEdgeRow } from '../../queries/provenance.js';
import { builder } from '../builder.js';
import { actorNameField } from './actors.js';
import { readModelType } from './read-model.js';

export const ProvenanceDirectionType = builder.enumType('ProvenanceDirection', {
  description: 'Which way to follow the provenance graph (Herkunft).',
  values: {
    UPSTREAM: {
      description: 'Back to where an item came from (toward the suggestions and meetings).',
    },
    DOWNSTREAM: {
      description: 'Forward to what became of it (toward recommendations and measures).',
    },
    BOTH: { description: 'Both ways.' },
  },
});

export const ProvenanceRelationType = builder.enumType('ProvenanceRelation', {
  description:
    'How two items are linked; each edge points downstream, from the earlier item to what grew from it.',
  values: Object.fromEntries(PROVENANCE_RELATIONS.map((relation) => [relation, {}])),
});

/** A node of the graph: an item, or a partner organisation (not an item of its own). */
export interface ProvenanceNodeShape {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly status: string | null;
}

export const globalIdOf = (kind: string, id: string) => encodeGlobalID(kind, id);

export const ProvenanceNodeType = builder
  .objectRef<ProvenanceNodeShape>('ProvenanceNode')
  .implement({
    description: 'An item in a provenance graph.',
    fields: (t) => ({
      id: t.id({
        description: 'The item’s global id (use it with `node`).',
        resolve: (node) => globalIdOf(node.kind, node.id),
      }),
      kind: t.exposeString('kind', {
        description: 'The item’s type, e.g. `Suggestion`, or `Partner`.',
      }),
      title: t.exposeString('title', {
        description: 'The item’s title, or the partner organisation’s name.',
      }),
      status: t.exposeString('status', {
        nullable: true,
        description: 'The item’s lifecycle status (machine value); null for a partner.',
      }),
    }),
  });

export const ProvenanceEdgeType = readModelType<ProvenanceEdgeRow>(
  'ProvenanceEdge',
  'A link between two items, with the event that made it.',
  {
    relation: { type: ProvenanceRelationType, description: 'How the two items are linked.' },
    eventType: { type: 'String', description: 'The event that made the link.' },
    actor: {
      type: 'String',
      nullable: true,
      description:
        'Who made the link (e.g. `token:03de1dfc4398`). Always null for partners and anonymous callers: they learn no actor identifiers.',
    },
    reason: {
      type: 'String',
      nullable: true,
      description:
        'Why. Null for partners and anonymous callers where they may not see the event that made the link (a draft’s) or it names an item they may not see.',
    },
    occurredAt: { type: 'DateTime', description: 'When the link was made in the real world.' },
    recordedAt: { type: 'DateTime', description: 'When Fahrplan recorded the link.' },
  },
  (t) => ({
    source: t.id({
      description: 'Global id of the earlier item.',
      resolve: (edge) => globalIdOf(edge.sourceKind, edge.sourceId),
    }),
    target: t.id({
      description: 'Global id of the item that grew from it.',
      resolve: (edge) => globalIdOf(edge.targetKind, edge.targetId),
    }),
    actorName: actorNameField(t, (edge) => edge.actor),
  }),
);

export interface ProvenanceGraphShape {
  readonly nodes: readonly ProvenanceNodeShape[];
  readonly edges: readonly ProvenanceEdgeRow[];
}

export const ProvenanceGraphType = builder
  .objectRef<ProvenanceGraphShape>('ProvenanceGraph')
  .implement({
    description: 'The items an item came from and/or led to, and the links between them.',
    fields: (t) => ({
      nodes: t.expose('nodes', {
        type: [ProvenanceNodeType],
        description:
          'The items (and partner organisations) in the graph, the starting item included.',
      }),
      edges: t.expose('edges', {
        type: [ProvenanceEdgeType],
        description: 'The links between them, each pointing downstream (source → target).',
      }),
    }),
  });
