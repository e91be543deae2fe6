import { createYoga } from 'graphql-yoga';
import type { CommandExecutor } from '../commands/execute.js';
import type { Database } from '../database/index.js';
import type { EventStore } from '../event-store/index.js';
import { type Caller, type GraphQLContext, localeOf } from './context.js';
import { createItemLoader } from './item-loader.js';
import { schema } from './schema/index.js';

export interface GraphQLDependencies {
  readonly database: Database;
  readonly store: EventStore;
  readonly execute: CommandExecutor;
  readonly now: () => string;
  readonly newId: () => string;
}

/** What the HTTP layer hands to yoga for each request: the authenticated caller. */
export interface RequestContext {
  readonly caller: Caller;
}

const EXAMPLE_QUERY = `# Fahrplan: Handlungsempfehlungen und Maßnahmen der StrategieWerkstatt
query Handlungsfelder {
  actionFields(first: 10) {
    edges { node { id title status statusLabel } }
  }
}
`;

/** The GraphQL endpoint: yoga over the Pothos schema, errors masked unless expected. */
export const createGraphQLHandler = (deps: GraphQLDependencies) =>
  createYoga<RequestContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Fahrplan – GraphQL', defaultQuery: EXAMPLE_QUERY },
    context: ({ request, caller }) => ({
      caller,
      locale: localeOf(request.headers.get('accept-language')),
      database: deps.database,
      store: deps.store,
      execute: deps.execute,
      items: createItemLoader(deps.database),
      now: deps.now,
      newId: deps.newId,
    }),
  });
