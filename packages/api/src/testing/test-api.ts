import type { Role } from '@fahrplan/domain';
import { sql } from 'drizzle-orm';
import { createToken } from '../auth/tokens.js';
import { type ComposeOptions, compose } from '../composition.js';
import { seedDemo } from '../seed/demo.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  readonly status: number;
  readonly data?: Data;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string; field?: string; details?: Record<string, unknown> };
  }[];
}

export interface RequestOptions {
  /** Whose token to send; `anonymous` sends none. Default: team. */
  readonly as?: Role | 'anonymous';
  /** A token of the spec's own to send instead of the role's (see `createToken`). */
  readonly token?: string;
  readonly language?: string;
}

/**
 * The whole API over a fresh test database, spoken to in process over real HTTP semantics
 * (`app.request`), with one token per role; a fixed clock and another time zone on request.
 */
export const createTestApi = async (options: ComposeOptions = {}) => {
  const test: TestDatabase = await createTestDatabase();
  const composed = compose(test.database, options);
  const tokens = {} as Record<Role, string>;
  for (const role of ['team', 'ministry', 'partner', 'admin'] as const) {
    tokens[role] = (await createToken(test.database, { role, name: `Test ${role}` })).token;
  }

  const gql = async <Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<Data>> => {
    const as = options.as ?? 'team';
    const token = options.token ?? (as === 'anonymous' ? undefined : tokens[as]);
    const response = await composed.app.request('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(options.language ? { 'accept-language': options.language } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
    return { status: response.status, ...body };
  };

  /** Row counts of the event log and read models: to prove a failed write left nothing. */
  const counts = async () => {
    const [row] = await test.database.rows<Record<string, string | number>>(sql`
      SELECT (SELECT count(*) FROM events) AS events,
             (SELECT count(*) FROM item_versions) AS versions,
             (SELECT count(*) FROM provenance_edges) AS edges,
             (SELECT count(*) FROM personal_data) AS personal`);
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
  };

  return {
    ...composed,
    database: test.database,
    /** The URL of its own database (PostgreSQL only). */
    url: test.url,
    tokens,
    gql,
    counts,
    close: async () => {
      composed.checkpoints.close();
      await composed.feed.close();
      await composed.store.close();
      await test.close();
    },
  };
};

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** The API over the demo process, seeded as of `now`: what most specs of reads stand on. */
export const createDemoApi = async (
  options: ComposeOptions = {},
  now = new Date().toISOString(),
): Promise<TestApi> => {
  const api = await createTestApi(options);
  await seedDemo(api.database, api.execute, { now });
  return api;
};
