import postgres from 'postgres';
import { cannon, describeCannon, fmt, graphql } from './load.js';
import { POSTGRAPHILE_QUERIES, startPostgraphile } from './peers/postgraphile.js';

/**
 * The read rows of the at-scale run: partner reads beside PostGraphile at 64 clients, and the
 * latency of time travel, provenance, history paging and changes, one client after another.
 */

export interface Row {
  readonly path: string;
  readonly fahrplan: string;
  readonly peer?: string;
  readonly ratio?: string;
  /** The target, and whether it was met. */
  readonly target?: string;
}

export interface ReadPlan {
  /** The API's GraphQL endpoint. */
  readonly api: string;
  readonly databaseUrl: string;
  readonly partner: string;
  readonly team: string;
  /** Seconds of load per autocannon phase. */
  readonly seconds: number;
  /** Requests per latency row. */
  readonly samples: number;
  /** When the generated history ended: later events (the write rows') are not asked about. */
  readonly generatedUntil: string;
}

const FAHRPLAN_QUERIES = {
  recommendations:
    '{ recommendations(first: 50) { edges { node { id title status priority actionFields { id title } derivedFrom { id title status } measure { id title progress milestones { title dueDate } } } } } }',
  measures:
    '{ measures(first: 50) { edges { node { id title status progress owner plannedStart plannedEnd actionFields { id title } adoptedFrom { id title } milestones { title dueDate reachedAt } } } } }',
} as const;

type Page = { edges: { node: { title: string } }[] };

/** Titles in order, and every nested item's title: both servers must answer with the same rows. */
const fingerprint = (page: Page) => JSON.stringify(page.edges.map(({ node }) => titles(node)));
const titles = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(titles)
    : value && typeof value === 'object'
      ? Object.entries(value)
          .filter(([key]) => key !== 'id' && key !== 'priority')
          .map(([key, inner]) => [key.replace(/List$/, ''), titles(inner)])
      : value;

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Sequential requests from one client: p50 and p99 in ms. */
const latency = async (samples: number, request: (index: number) => Promise<unknown>) => {
  for (let index = 0; index < Math.min(20, samples); index++) await request(index);
  const times: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await request(index);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
};

const ms = (n: number) => `${n.toFixed(1)} ms`;
const judged = (met: boolean, text: string) => `${met ? 'yes' : 'NO'}: ${text}`;

/** Deterministic pseudo-random numbers, so every run asks for the same moments. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const globalId = (kind: string, id: string) => Buffer.from(`${kind}:${id}`).toString('base64');

export const partnerReads = async (plan: ReadPlan): Promise<Row[]> => {
  const rows: Row[] = [];
  const peer = await startPostgraphile(plan.databaseUrl);
  try {
    for (const name of ['recommendations', 'measures'] as const) {
      const ours = await graphql<Record<string, Page>>(
        plan.api,
        FAHRPLAN_QUERIES[name],
        {},
        plan.partner,
      );
      const theirs = await graphql<Record<string, Page>>(
        `${peer.url}/graphql`,
        POSTGRAPHILE_QUERIES[name],
      );
      const [oursPage, theirsPage] = [Object.values(ours)[0], Object.values(theirs)[0]];
      if (!oursPage || !theirsPage || fingerprint(oursPage) !== fingerprint(theirsPage)) {
        throw new Error(`${name}: PostGraphile's answer differs from the API's`);
      }
      const load = { connections: 64, seconds: plan.seconds };
      const fahrplan = await cannon({
        ...load,
        url: plan.api,
        token: plan.partner,
        body: JSON.stringify({ query: FAHRPLAN_QUERIES[name] }),
      });
      const postgraphile = await cannon({
        ...load,
        url: `${peer.url}/graphql`,
        body: JSON.stringify({ query: POSTGRAPHILE_QUERIES[name] }),
      });
      const ratio = fahrplan.requests.average / postgraphile.requests.average;
      const met = ratio >= 1 && fahrplan.latency.p99 <= postgraphile.latency.p99;
      rows.push({
        path: `${name}(first: 50) nested, 64 clients, partner (${oursPage.edges.length} rows)`,
        fahrplan: describeCannon(fahrplan),
        peer: `PostGraphile 4.14: ${describeCannon(postgraphile)}`,
        ratio: `${ratio.toFixed(2)}×`,
        target: judged(met, '≥ 1.0× requests/s, p99 no worse'),
      });
    }
  } finally {
    await peer.stop();
  }
  return rows;
};

/** `changes` answers at most this many items (MAX_CHANGED_ITEMS in the API's graphql/schema/changes.ts). */
const MAX_CHANGED_ITEMS = 500;

interface Subjects {
  readonly firstRecorded: number;
  readonly lastRecorded: number;
  readonly items: readonly { kind: string; id: string }[];
  readonly measures: readonly string[];
  readonly longest: { kind: string; id: string; events: number };
  readonly busyWeek: { since: string; until: string; events: number };
}

/** What the latency rows ask about, found in the generated data. */
const subjects = async (databaseUrl: string, until: string): Promise<Subjects> => {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [span] = await sql<{ first: Date; last: Date }[]>`
      SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM events
      WHERE recorded_at <= ${until}::timestamptz`;
    const items = await sql<{ kind: string; id: string }[]>`
      SELECT kind, id FROM item_versions WHERE valid_to IS NULL
        AND kind IN ('Recommendation', 'Measure', 'Suggestion', 'ProjectIdea')
      ORDER BY md5(id) LIMIT 500`;
    const measures = await sql<{ id: string }[]>`
      SELECT id FROM item_versions WHERE kind = 'Measure' AND valid_to IS NULL
      ORDER BY md5(id) LIMIT 30`;
    const [longest] = await sql<{ stream_type: string; stream_id: string; events: number }[]>`
      SELECT stream_type, stream_id, count(*)::int AS events FROM events
      WHERE stream_type IN ('Recommendation', 'Measure', 'Suggestion', 'ProjectIdea', 'Meeting')
      GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`;
    // The busiest week that `changes` answers whole: it refuses a window with more than
    // MAX_CHANGED_ITEMS items (counting every stream here is the safe side of that).
    const [week] = await sql<{ since: Date; events: number }[]>`
      SELECT date_trunc('week', occurred_at) AS since, count(*)::int AS events FROM events
      WHERE recorded_at <= ${until}::timestamptz GROUP BY 1
      HAVING count(DISTINCT (stream_type, stream_id)) <= ${MAX_CHANGED_ITEMS}
      ORDER BY 2 DESC LIMIT 1`;
    if (!span || !longest || !week) throw new Error('no generated data');
    const prefix = `${longest.stream_type}-`;
    return {
      firstRecorded: span.first.getTime(),
      lastRecorded: span.last.getTime(),
      items,
      measures: measures.map((row) => row.id),
      longest: {
        kind: longest.stream_type,
        id: longest.stream_id.slice(prefix.length),
        events: longest.events,
      },
      busyWeek: {
        since: week.since.toISOString(),
        until: new Date(week.since.getTime() + 7 * 86_400_000).toISOString(),
        events: week.events,
      },
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
};

const PROVENANCE = `query ($id: ID!) { node(id: $id) { ... on Measure { provenance(depth: 5) {
  nodes { id kind title status } edges { relation source target occurredAt } } } } }`;

/** node(asOf), roadmap(asOf), provenance(depth: 5), history paging, changes(since). */
export const latencyReads = async (plan: ReadPlan): Promise<Row[]> => {
  const found = await subjects(plan.databaseUrl, plan.generatedUntil);
  const next = random(13);
  const moment = () =>
    new Date(
      found.firstRecorded + next() * (found.lastRecorded - found.firstRecorded),
    ).toISOString();
  const rows: Row[] = [];
  const ask = <T>(query: string, variables: Record<string, unknown>, token = plan.partner) =>
    graphql<T>(plan.api, query, variables, token);

  const node = await latency(plan.samples, () => {
    const item = found.items[Math.floor(next() * found.items.length)];
    if (!item) throw new Error('no items');
    return ask(
      `query ($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { id
        ... on Item { title status updatedAt } } }`,
      { id: globalId(item.kind, item.id), asOf: moment() },
      plan.team,
    );
  });
  rows.push({
    path: `node(id, asOf) at random recorded moments, team, 1 client (${fmt(plan.samples)} requests)`,
    fahrplan: `p50 ${ms(node.p50)}, p99 ${ms(node.p99)}`,
    target: judged(node.p99 < 10, 'p99 < 10 ms'),
  });

  const roadmap = await latency(plan.samples, () =>
    ask(
      `query ($asOf: DateTime) { roadmap(asOf: $asOf) { lanes { actionField { title }
        measures { id title status progress plannedStart plannedEnd }
        projectIdeas { id title status } milestones { title dueDate status item { id } } } } }`,
      { asOf: moment() },
    ),
  );
  rows.push({
    path: 'roadmap(asOf) at random recorded moments, partner, 1 client',
    fahrplan: `p50 ${ms(roadmap.p50)}, p99 ${ms(roadmap.p99)}`,
    target: judged(roadmap.p99 < 50, 'p99 < 50 ms'),
  });

  // The measure with the widest graph within 5 steps: the deepest chain the data has.
  let deepest = { id: '', nodes: -1 };
  for (const id of found.measures) {
    const data = await ask<{ node: { provenance: { nodes: unknown[] } } }>(PROVENANCE, {
      id: globalId('Measure', id),
    });
    if (data.node.provenance.nodes.length > deepest.nodes) {
      deepest = { id, nodes: data.node.provenance.nodes.length };
    }
  }
  const provenance = await latency(plan.samples, () =>
    ask(PROVENANCE, { id: globalId('Measure', deepest.id) }),
  );
  rows.push({
    path: `provenance(depth: 5) of a measure (${deepest.nodes} nodes), partner, 1 client`,
    fahrplan: `p50 ${ms(provenance.p50)}, p99 ${ms(provenance.p99)}`,
    target: judged(provenance.p99 < 20, 'p99 < 20 ms'),
  });

  // The item with the most events (a draft: the team sees it), paged through whole, 100 a page.
  const HISTORY = `query ($id: ID!, $after: String) { node(id: $id) { ... on Item {
    historyEntries(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
      edges { node { type version occurredAt reason changes { field before after } } } } } } }`;
  let pages = 0;
  let entries = 0;
  const history = await latency(Math.max(5, Math.round(plan.samples / 20)), async () => {
    let after: string | null = null;
    pages = 0;
    entries = 0;
    for (;;) {
      const data: {
        node: {
          historyEntries: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: unknown[];
          };
        };
      } = await ask(
        HISTORY,
        { id: globalId(found.longest.kind, found.longest.id), after },
        plan.team,
      );
      pages += 1;
      entries += data.node.historyEntries.edges.length;
      if (!data.node.historyEntries.pageInfo.hasNextPage) break;
      after = data.node.historyEntries.pageInfo.endCursor;
    }
  });
  rows.push({
    path: `historyEntries of an item with ${fmt(found.longest.events)} events, pages of 100, team`,
    fahrplan: `all ${fmt(entries)} in ${pages} pages: p50 ${ms(history.p50)}, p99 ${ms(history.p99)}; ${fmt(
      entries / (history.p50 / 1000),
    )} entries/s`,
  });

  const CHANGES = `query ($since: DateTime!, $until: DateTime) {
    changes(since: $since, until: $until, basis: OCCURRED) { itemId itemKind
      item { id title status } events { type version occurredAt changes { field before after } } } }`;
  let items = 0;
  const changes = await latency(Math.max(10, Math.round(plan.samples / 5)), async () => {
    const data = await ask<{ changes: unknown[] }>(CHANGES, {
      since: found.busyWeek.since,
      until: found.busyWeek.until,
    });
    items = data.changes.length;
  });
  rows.push({
    path: `changes(since) over the busiest week it answers whole (${fmt(found.busyWeek.events)} events, ${items} items), partner`,
    fahrplan: `p50 ${ms(changes.p50)}, p99 ${ms(changes.p99)}`,
  });
  return rows;
};
