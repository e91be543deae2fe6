import { readFileSync } from 'node:fs';
import { DEMO_IDS, STATUS_LABELS } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid } from '../testing/graphql-spec.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { SCHEMA_FILE } from './print-schema.js';

/**
 * The partner contract typed end to end: statuses and event types as enums whose values are the
 * machine values the API always sent, node-named connections with a `totalCount` that matches
 * what paging finds, the history as a connection, and the SDL served for code generators.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createDemoApi();
}, 180_000);
afterAll(() => api.close());

interface Page<Node> {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a list, page by page (pages of 3, so the demo's lists span several). */
const allPages = async <Node>(
  query: string,
  field: string,
  as: 'team' | 'partner' = 'team',
): Promise<{ nodes: Node[]; totalCounts: number[] }> => {
  const nodes: Node[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (;;) {
    const response: { data?: Record<string, Page<Node>>; errors?: unknown } = await api.gql<
      Record<string, Page<Node>>
    >(query, { after }, { as });
    expect(response.errors).toBeUndefined();
    const page: Page<Node> | undefined = response.data?.[field];
    if (!page) throw new Error(`no ${field}`);
    nodes.push(...page.edges.map((edge) => edge.node));
    totalCounts.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCounts };
    after = page.pageInfo.endCursor;
  }
};

describe('status enums', () => {
  it('name each kind’s statuses from the domain, with the machine values as before', async () => {
    const response = await api.gql<{
      __type: { enumValues: { name: string }[] };
    }>('{ __type(name: "RecommendationStatus") { enumValues { name } } }');
    expect(response.data?.__type.enumValues.map((value) => value.name).sort()).toEqual(
      Object.keys(STATUS_LABELS.Recommendation).sort(),
    );
  });

  it('type `state` and filter by `statuses` exactly as the string `status` does', async () => {
    const typed = await allPages<{ title: string; status: string; state: string }>(
      `query($after: String) { recommendations(first: 3, after: $after, statuses: [adopted]) {
        totalCount edges { cursor node { title status state } } pageInfo { hasNextPage endCursor } } }`,
      'recommendations',
    );
    const strings = await allPages<{ title: string; status: string; state: string }>(
      `query($after: String) { recommendations(first: 3, after: $after, status: ["adopted"]) {
        totalCount edges { cursor node { title status state } } pageInfo { hasNextPage endCursor } } }`,
      'recommendations',
    );
    expect(typed.nodes.length).toBeGreaterThan(0);
    expect(typed.nodes).toEqual(strings.nodes);
    expect(new Set(typed.nodes.map((node) => node.state))).toEqual(new Set(['adopted']));
    expect(typed.nodes.every((node) => node.state === node.status)).toBe(true);
  });
});

describe('totalCount', () => {
  it.each([
    ['team', 'recommendations'],
    ['partner', 'recommendations'],
    ['team', 'suggestions'],
    ['partner', 'measures'],
  ] as const)('as %s counts what paging through %s finds, on every page', async (as, list) => {
    const { nodes, totalCounts } = await allPages<{ id: string }>(
      `query($after: String) { ${list}(first: 3, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      list,
      as,
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(totalCounts)).toEqual(new Set([nodes.length]));
  });

  it('counts search hits, the feed and a meeting’s suggestions', async () => {
    const search = await allPages<{ id: string }>(
      `query($after: String) { search(query: "Digitalisierung", first: 3, after: $after) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      'search',
    );
    expect(new Set(search.totalCounts)).toEqual(new Set([search.nodes.length]));

    const feed = await api.gql<{ events: Page<unknown> & { edges: unknown[] } }>(
      '{ events(first: 100, eventTypes: [RecommendationAdopted]) { totalCount edges { node { type } } pageInfo { hasNextPage } } }',
    );
    expect(feed.errors).toBeUndefined();
    expect(feed.data?.events.pageInfo.hasNextPage).toBe(false);
    expect(feed.data?.events.totalCount).toBe(feed.data?.events.edges.length);

    // The web app's meeting list: a count per meeting, within the cost limit.
    const meetings = await api.gql<{
      meetings: { edges: { node: { id: string; suggestions: { totalCount: number } } }[] };
    }>('{ meetings(first: 100) { edges { node { id suggestions(first: 1) { totalCount } } } } }');
    expect(meetings.errors).toBeUndefined();
    const counted = meetings.data?.meetings.edges.map(({ node }) => node) ?? [];
    expect(counted.some((meeting) => meeting.suggestions.totalCount > 1)).toBe(true);
    for (const meeting of counted) {
      const raised = await api.gql<{ suggestions: { edges: unknown[] } }>(
        'query($id: ID!) { suggestions(meeting: $id, first: 100) { edges { cursor } } }',
        { id: meeting.id },
      );
      expect(meeting.suggestions.totalCount).toBe(raised.data?.suggestions.edges.length);
    }
  });

  it('is priced by the cost limit: a count per node of a large nested page is refused', async () => {
    const response = await api.gql(
      '{ meetings(first: 100) { edges { node { historyEntries(first: 100) { totalCount } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

type HistoryResponse = Awaited<
  ReturnType<typeof api.gql<{ node: { historyEntries: Page<{ version: number; type: string }> } }>>
>;

describe('the history as a connection', () => {
  const RECOMMENDATION = gid('Recommendation', DEMO_IDS.recommendations.lotsen);

  it.each(['team', 'partner'] as const)(
    'pages as %s through the same entries the deprecated list holds, typed',
    async (as) => {
      const list = await api.gql<{ node: { history: { version: number; type: string }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Item { history { version type } } } }`,
        { id: RECOMMENDATION },
        { as },
      );
      const history = list.data?.node.history ?? [];
      expect(history.length).toBeGreaterThan(1);
      const entries: { version: number; type: string }[] = [];
      let after: string | null = null;
      for (;;) {
        const response: HistoryResponse = await api.gql(
          `query($id: ID!, $after: String) { node(id: $id) { ... on Item {
            historyEntries(first: 2, after: $after) {
              totalCount edges { cursor node { version type } } pageInfo { hasNextPage endCursor } } } } }`,
          { id: RECOMMENDATION, after },
          { as },
        );
        expect(response.errors).toBeUndefined();
        const page = response.data?.node.historyEntries;
        if (!page) throw new Error('no history');
        expect(page.totalCount).toBe(history.length);
        entries.push(...page.edges.map((edge) => edge.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(entries).toEqual(history);
      // Only the count: no page is read, the number is the same.
      const counted = await api.gql<{ node: { historyEntries: { totalCount: number } } }>(
        'query($id: ID!) { node(id: $id) { ... on Item { historyEntries { totalCount } } } }',
        { id: RECOMMENDATION },
        { as },
      );
      expect(counted.data?.node.historyEntries.totalCount).toBe(history.length);
    },
  );
});

describe('GET /graphql/schema.graphql', () => {
  it('serves the committed contract as SDL, cacheable and revalidated by its ETag', async () => {
    const response = await api.app.request('/graphql/schema.graphql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphql; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('public');
    expect(await response.text()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await api.app.request('/graphql/schema.graphql', {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
