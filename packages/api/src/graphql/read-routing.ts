import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../database/index.js';
import { type EventStore, readFeed } from '../event-store/index.js';
import { createRedactor } from '../visibility/redactor.js';
import { publicOnlyIn, type ReadScope } from '../visibility/rules.js';
import { createActorNameLoader } from './actor-name-loader.js';
import { createChangeLoader } from './change-loader.js';
import type { GraphQLContext } from './context.js';
import { createItemLoader } from './item-loader.js';
import { createReferenceLoader } from './reference-loader.js';

/** A streaming replica reads may go to while `usable()` says it is close enough behind. */
export interface ReadReplica {
  readonly database: Database;
  readonly usable: () => boolean;
}

/** The parts of the context that read: all over one database. */
export type ReadParts = Pick<
  GraphQLContext,
  | 'database'
  | 'store'
  | 'items'
  | 'changes'
  | 'referenced'
  | 'actorNames'
  | 'redactor'
  | 'readsFrom'
>;

export const readPartsOver = (
  database: Database,
  store: EventStore,
  scope: ReadScope,
  readsFrom: GraphQLContext['readsFrom'],
): ReadParts => ({
  database,
  store,
  readsFrom,
  items: createItemLoader(database, scope),
  changes: createChangeLoader(database),
  referenced: createReferenceLoader(database, scope),
  actorNames: createActorNameLoader(database, publicOnlyIn(scope)),
  redactor: createRedactor(database, scope),
});

/**
 * The event store as a replica serves it: the feed is read there, without sealing first (only
 * the primary seals; its sealer runs every second). The chain is written in commit order and a
 * replica shows one consistent snapshot of it, so a page is the chain's prefix up to what has
 * been replayed: never a gap, at most a little behind. Everything else stays on the primary.
 */
export const replicaStore = (store: EventStore, replica: Database): EventStore => ({
  ...store,
  readAll: (options = {}) => readFeed(replica, options),
});

/**
 * Changes and live subscriptions read from the primary whoever sends them: a mutation's answer
 * must show what it just wrote, and live events come from this process's follower of the
 * primary. Only queries of partners and anonymous callers stay on the replica.
 */
export const usePrimaryUnlessQuery = (
  primaryParts: (scope: ReadScope) => ReadParts,
): Plugin<GraphQLContext> => {
  const toPrimary = (
    context: GraphQLContext,
    operation: ReturnType<typeof getOperationAST>,
    extendContext: (parts: Partial<GraphQLContext>) => void,
  ) => {
    if (context.readsFrom === 'replica' && operation?.operation !== 'query') {
      extendContext(primaryParts(context.scope));
    }
  };
  return {
    onExecute({ args, extendContext }) {
      toPrimary(
        args.contextValue,
        getOperationAST(args.document, args.operationName),
        extendContext,
      );
    },
    onSubscribe({ args, extendContext }) {
      toPrimary(
        args.contextValue,
        getOperationAST(args.document, args.operationName),
        extendContext,
      );
    },
  };
};
