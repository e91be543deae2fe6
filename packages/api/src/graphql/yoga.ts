import { createYoga, type Plugin } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import type { CheckpointService } from '../checkpoints/index.js';
import type { CommandExecutor } from '../commands/execute.js';
import type { Submissions } from '../consultations/submissions.js';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import type { Follows } from '../follows/follows.js';
import type { StreamLease } from '../http/app-env.js';
import { useCsrfPrevention } from '../http/csrf-prevention.js';
import type { Locale } from '../http/locale.js';
import type { FeedFollower } from '../live/index.js';
import { maskUnavailable } from '../observability/index.js';
import { publicOnlyIn, type ReadScope, readScopeOf } from '../visibility/rules.js';
import type { WebhookSettings } from '../webhooks/index.js';
import type { GraphQLContext } from './context.js';
import { useInputGuard } from './input-guard/plugin.js';
import { useQueryLimits } from './limits.js';
import {
  type ReadReplica,
  readPartsOver,
  replicaStore,
  usePrimaryUnlessQuery,
} from './read-routing.js';
import { schema } from './schema/index.js';

export interface GraphQLDependencies {
  readonly database: Database;
  readonly store: EventStore;
  readonly execute: CommandExecutor;
  readonly feed: FeedFollower;
  readonly checkpoints: CheckpointService;
  readonly now: () => string;
  readonly newId: () => string;
  readonly timeZone: string;
  readonly webhooks: WebhookSettings;
  readonly submissions: Submissions;
  readonly follows: Follows;
  /** Where partners' and anonymous callers' queries read, while it is usable. */
  readonly replica?: ReadReplica;
  /** More yoga plugins (observability). */
  readonly plugins?: readonly Plugin[];
}

/** What the HTTP layer hands to yoga for each request: the authenticated caller, the locale. */
export interface RequestContext {
  readonly caller: Caller;
  readonly locale: Locale;
  /** The client's address as the rate limit keys it: the per-address limit of submissions. */
  readonly address: string;
  /** For Server-Sent-Event requests: what a subscription may do to its response. */
  readonly stream?: StreamLease;
}

const EXAMPLE_QUERY = `# Fahrplan: Handlungsempfehlungen und Maßnahmen der StrategieWerkstatt
query Handlungsfelder {
  actionFields(first: 10) {
    edges { node { id title status statusLabel } }
  }
}
`;

/** The GraphQL endpoint: yoga over the Pothos schema, errors masked unless expected. */
export const createGraphQLHandler = (deps: GraphQLDependencies) => {
  const { replica } = deps;
  const onReplica = replica && replicaStore(deps.store, replica.database);
  const primaryParts = (scope: ReadScope) =>
    readPartsOver(deps.database, deps.store, scope, 'primary');
  // Those who see everything are those who write: they always read their own writes, in every
  // process behind the load balancer, because they never read from a replica.
  const readParts = (scope: ReadScope) =>
    publicOnlyIn(scope) && replica && onReplica && replica.usable()
      ? readPartsOver(replica.database, onReplica, scope, 'replica')
      : primaryParts(scope);
  return createYoga<RequestContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Fahrplan – GraphQL', defaultQuery: EXAMPLE_QUERY },
    // CORS is answered at the HTTP edge (http/cors.ts); batching stays off (one operation per
    // request); no uploads, so multipart is not a way in.
    cors: false,
    batching: false,
    multipart: false,
    // Masked whatever NODE_ENV says: a client never sees a stack, SQL or a table name.
    // …except that an unreachable database is told as such: 503, retry (observability/).
    maskedErrors: { isDev: false, maskError: maskUnavailable },
    plugins: [
      useCsrfPrevention(),
      useQueryLimits(),
      useInputGuard(),
      ...(replica ? [usePrimaryUnlessQuery(primaryParts)] : []),
      ...(deps.plugins ?? []),
    ],
    context: ({ caller, locale, address, stream }) => {
      const minted = new Set<string>();
      const scope = readScopeOf(caller);
      return {
        caller,
        ...(stream ? { stream } : {}),
        scope,
        locale,
        ...readParts(scope),
        execute: deps.execute,
        feed: deps.feed,
        checkpoints: deps.checkpoints,
        now: deps.now,
        newId: () => {
          const id = deps.newId();
          minted.add(id);
          return id;
        },
        minted,
        timeZone: deps.timeZone,
        webhooks: deps.webhooks,
        submissions: deps.submissions,
        follows: deps.follows,
        address,
      };
    },
  });
};
