/**
 * PostGraphile 4 serving the `peer` schema (see postgraphile.ts), in a process of its own as the
 * API runs in its own: DATABASE_URL, PORT. Production-like options: no query log, no GraphiQL,
 * no mutations; pg's default pool of 10, as the API's.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';

const handler = postgraphile(process.env.DATABASE_URL, 'peer', {
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  simpleCollections: 'both',
  watchPg: false,
});
createServer(handler).listen(Number(process.env.PORT), '127.0.0.1');
