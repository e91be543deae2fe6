import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';

/** Pothos schema builder: code-first types; `schema/index.ts` ends in `builder.toSchema()`. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: {
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
  },
});
