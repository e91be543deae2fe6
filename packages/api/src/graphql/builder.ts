import type { CalendarDate } from '@fahrplan/domain';
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';

/** Pothos schema builder: code-first types; `schema/index.ts` ends in `builder.toSchema()`. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  // Every connection resolver hands over how to count its whole list; `totalCount` runs it only
  // when asked for (one COUNT, priced by the cost limit).
  Connection: { totalCount: () => Promise<number> };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: CalendarDate; Output: string };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // `node(id, asOf)` and `nodes` are defined by hand: time travel needs an argument.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: {
      description: 'An object with a global id (Relay); fetch any with `node(id)`.',
    },
    idFieldOptions: { description: 'Global id (Relay): stable, opaque; use it with `node(id)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list (Relay cursor paging).' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item on this page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item: pass it as `after` for the next page.',
    },
    defaultConnectionTypeOptions: { description: 'A page of a list (Relay connection).' },
    // `<Node>Connection` and `<Node>Edge` are named after their node in `schema/connections.ts`.
    defaultEdgeTypeOptions: { description: 'An item of a page with its cursor.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Paging information.' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after`.' },
    nodeFieldOptions: { description: 'The item.' },
    firstArgOptions: { description: 'Page size (1–100; the events feed allows up to 500).' },
    afterArgOptions: { description: 'Return items after this cursor (`pageInfo.endCursor`).' },
    lastArgOptions: { description: 'Not supported: page forward with first/after.' },
    beforeArgOptions: { description: 'Not supported: page forward with first/after.' },
    defaultPayloadTypeOptions: { description: 'The result of a change: the item as it is now.' },
    defaultMutationInputTypeOptions: { description: 'The change to make.' },
    mutationInputArgOptions: { description: 'The change to make.' },
  },
});

/** The builder's type parameters, for helpers that take Pothos field builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description:
      'How many items the whole list holds with these filters (not just this page): one count, priced by the cost limit.',
    resolve: (connection) => connection.totalCount(),
  }),
);
