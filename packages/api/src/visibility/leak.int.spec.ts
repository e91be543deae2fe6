import { AGGREGATES, type AggregateKind, DEMO_IDS, upcast } from '@fahrplan/domain';
import type { ServerType } from '@hono/node-server';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/tokens.js';
import { parseStreamId } from '../event-log/streams.js';
import { selectionOf } from '../graphql/full-selection.js';
import { schema } from '../graphql/schema/index.js';
import { ITEM_LISTS } from '../testing/demo-items.js';
import { MARKER, writeDrafts } from '../testing/leak-scenario.js';
import { listen } from '../testing/listen.js';
import { queriesOf as countQueries } from '../testing/query-count.js';
import { openSubscription, readSse, type SseMessage, type SseReader } from '../testing/sse.js';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { inProcessesSql } from './processes.js';
import { referencesOf } from './references.js';
import { publicRowSql } from './rules.js';

/**
 * The seeded demo plus drafts with a marker in every free text, rendered on every read surface
 * for every role: nothing of a draft (its text, its id, the reasons and evidence written for it)
 * and no actor identifier reaches partners or anonymous callers, while the team and the ministry
 * see it all (so the test cannot pass by rendering nothing). The drafts are written in the
 * default process; the team of the demo's second process (`otherTeam`, a token whose role holds
 * there only) sees its own process's drafts and of the default process what partners see.
 */
type Who = 'team' | 'ministry' | 'admin' | 'partner' | 'anonymous' | 'otherTeam';
const OTHER_PROCESS = DEMO_IDS.processes.fachkraefte;
/** A marker in a draft the second process's team writes while everyone listens. */
const OTHER_MARKER = 'FKENTWURF';
const OUTSIDERS = ['partner', 'anonymous'] as const;
// Admins see what the team sees (same rule): rendering it a third time would prove nothing new.
const INSIDERS = ['team', 'ministry'] as const;

let api: TestApi;
let server: ServerType;
let scenario: Awaited<ReturnType<typeof writeDrafts>>;
/** Every item there is (drafts included), by global id. */
let items: { kind: AggregateKind; id: string }[] = [];
/** What must never reach an outsider: raw ids (quoted, as JSON holds them) and global ids. */
let secrets: string[] = [];
const streams = new Map<Who, SseReader>();
const delivered = new Map<Who, string>();
/** Tokens beyond the test API's one per role. */
const ownTokens = new Map<Who, string>();
/** What the second process's team must not learn: the default process's never-public items. */
let secretsOfOthers: string[] = [];
/** Who acted on items of the second process, and who only ever acted elsewhere. */
let ownActors: string[] = [];
let othersActors: string[] = [];
let otherDraft = '';

const tokenOf = (as: Who): string | undefined =>
  as === 'anonymous'
    ? undefined
    : (ownTokens.get(as) ?? api.tokens[as as Exclude<Who, 'otherTeam' | 'anonymous'>]);
const gqlAs = <Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  as: Who,
) => {
  const token = ownTokens.get(as);
  return api.gql<Data>(
    query,
    variables,
    token ? { token } : { as: as as Exclude<Who, 'otherTeam'> },
  );
};

/** Rendering every read surface for one role takes seconds; on a loaded machine, more than 30. */
const RENDERS_EVERY_SURFACE = 120_000;

// Depth 1: the event's item with its own fields (its history and provenance are rendered per node).
const EVENT = selectionOf(schema, 'Event', 1);
const ENTRY = selectionOf(schema, 'HistoryEntry', 1);
const GRAPH = selectionOf(schema, 'ProvenanceGraph', 1);

const subscribe = async (url: string, as: Who) => {
  const { response, request } = await openSubscription(url, tokenOf(as), {
    query: `subscription { eventAppended { ${EVENT} } }`,
  });
  expect(response.status).toBe(200);
  streams.set(as, readSse(response, request));
};

beforeAll(async () => {
  api = await createDemoApi();
  const { server: started, url } = await listen(api.app.fetch);
  server = started;
  const other = await createToken(api.database, {
    role: 'team',
    name: 'Team Fachkräfte',
    processId: OTHER_PROCESS,
  });
  ownTokens.set('otherTeam', other.token);
  for (const as of ['team', 'partner', 'anonymous', 'otherTeam'] as const) {
    await subscribe(url, as);
  }
  scenario = await writeDrafts(api);
  const draftAs = async (token: string, marker: string, field: string, from: string) => {
    const drafted = await api.gql<{ draftRecommendation: { recommendation: { id: string } } }>(
      `mutation($input: DraftRecommendationInput!) {
        draftRecommendation(input: $input) { recommendation { id } } }`,
      {
        input: {
          title: `${marker} Empfehlung`,
          body: `${marker} Text`,
          actionFieldIds: [encodeGlobalID('ActionField', field)],
          derivedFrom: [from],
          reason: `${marker} Begründung`,
        },
      },
      { token },
    );
    expect(drafted.errors).toBeUndefined();
    return drafted.data?.draftRecommendation.recommendation.id ?? '';
  };
  otherDraft = await draftAs(
    other.token,
    OTHER_MARKER,
    DEMO_IDS.fachkraefte.actionField,
    encodeGlobalID('Suggestion', DEMO_IDS.fachkraefte.suggestion),
  );
  // The team of the default process only: a token that never acts in the second process.
  const werkstatt = await createToken(api.database, {
    role: 'team',
    name: 'Team Werkstatt',
    processId: DEMO_IDS.processes.strategieWerkstatt,
  });
  await draftAs(werkstatt.token, MARKER, DEMO_IDS.actionFields.digitalisierung, scenario.takenUp);
  // The team sees every event: once its stream holds the last one (positions are gap-free), the
  // follower has handed every subscriber everything, however slow a loaded machine is; the others
  // then get a moment more for what is still in flight.
  const [head] = await api.database.rows<{ last: string }>(
    sql`SELECT count(*)::text AS last FROM events`,
  );
  const last = head?.last;
  const holdsLast = (seen: readonly SseMessage[]) =>
    seen.some((message) => message.data.includes(`"position":"${last}"`));
  const teamStream = streams.get('team');
  if (!teamStream) throw new Error('The team subscribed first.');
  delivered.set('team', JSON.stringify(await teamStream.drain(30_000, holdsLast)));
  for (const [as, stream] of streams) {
    if (as !== 'team') delivered.set(as, JSON.stringify(await stream.drain(1500)));
  }
  // Every item there is, read from the read model: lists may leave some statuses out.
  const current = await api.database.rows<{ kind: AggregateKind; id: string }>(sql`
    SELECT kind, id FROM item_versions WHERE valid_to IS NULL ORDER BY kind, id`);
  items = current.map(({ kind, id }) => ({ kind, id: encodeGlobalID(kind, id) }));
  // Items that were never published: nothing of them may ever reach an outsider.
  const never = await api.database.rows<{ kind: string; id: string }>(sql`
    SELECT v.kind, v.id FROM item_versions v GROUP BY v.kind, v.id
    HAVING NOT bool_or(${publicRowSql('v')})`);
  expect(never.length).toBeGreaterThan(Object.keys(scenario.hidden).length);
  secrets = never.flatMap(({ kind, id }) => [encodeGlobalID(kind, id), `"${id}"`]);
  const neverOutside = await api.database.rows<{ kind: string; id: string }>(sql`
    SELECT v.kind, v.id FROM item_versions v GROUP BY v.kind, v.id
    HAVING NOT bool_or(${publicRowSql('v')}) AND NOT bool_or(${inProcessesSql([OTHER_PROCESS])})`);
  expect(neverOutside.length).toBeGreaterThan(Object.keys(scenario.hidden).length);
  expect(neverOutside.length).toBeLessThan(never.length);
  secretsOfOthers = neverOutside.flatMap(({ kind, id }) => [encodeGlobalID(kind, id), `"${id}"`]);
  const actorsWhere = async (inOther: boolean) =>
    (
      await api.database.rows<{ actor: string }>(sql`
        SELECT DISTINCT e.metadata->>'actor' AS actor FROM events e
        JOIN item_versions v ON v.event_id = e.id
        WHERE e.metadata->>'actor' IS NOT NULL
          AND ${inOther ? sql`` : sql`NOT`} ${inProcessesSql([OTHER_PROCESS])}`)
    ).map((row) => row.actor);
  ownActors = await actorsWhere(true);
  othersActors = (await actorsWhere(false)).filter((actor) => !ownActors.includes(actor));
  expect(othersActors.length).toBeGreaterThan(0);
}, 120_000);
afterAll(async () => {
  await Promise.all([...streams.values()].map((stream) => stream.close()));
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

/** Every read surface as `as` sees it, as one JSON text; fails on any error. */
const render = async (as: Who): Promise<string> => {
  const out: unknown[] = [];
  const ask = async <Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> => {
    const response = await gqlAs<Data>(query, variables, as);
    expect(response.errors, query.slice(0, 120)).toBeUndefined();
    out.push(response.data);
    return response.data as Data;
  };
  for (const [list, kind] of ITEM_LISTS) {
    const node = selectionOf(schema, kind, 1, new Set(['history', 'provenance']));
    // Small pages: a whole item per node is costly (the cost limit applies to tests too).
    let after: string | null = null;
    for (;;) {
      const page: Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string } }> =
        await ask(
          `query($after: String) { ${list}(first: 10, after: $after) {
            edges { node { ${node} } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
      const info = page[list]?.pageInfo;
      if (!info?.hasNextPage) break;
      after = info.endCursor;
    }
    await ask(
      `query($q: String) { ${list}(first: 100, search: $q) { edges { node { id title } } } }`,
      {
        q: MARKER,
      },
    );
  }
  for (const { kind, id } of items) {
    // Depth 1: related items with their own fields; each is rendered whole as a node of its own.
    const node = selectionOf(schema, kind, 1, new Set(['history', 'provenance']));
    await ask(
      `query($id: ID!) { node(id: $id) { ... on ${kind} { ${node} history { ${ENTRY} }
        up: provenance(direction: UPSTREAM, depth: 10) { ${GRAPH} }
        down: provenance(direction: DOWNSTREAM, depth: 10) { ${GRAPH} } } } }`,
      { id },
    );
  }
  await ask('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Item { title status } } }', {
    ids: items.map((item) => item.id),
  });
  let after: string | null = null;
  for (;;) {
    const page: { events: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await ask(
        // `first` as a variable, as generated clients send it: the cost estimate sums the
        // payload's fragments (one per event type) and multiplies only a literal `first`.
        `query($after: String, $first: Int) { events(first: $first, after: $after) {
          edges { node { ${EVENT} } } pageInfo { hasNextPage endCursor } } }`,
        { after, first: 100 },
      );
    if (!page.events.pageInfo.hasNextPage) break;
    after = page.events.pageInfo.endCursor;
  }
  const changes = selectionOf(schema, 'ItemChanges', 2);
  for (const basis of ['RECORDED', 'OCCURRED']) {
    await ask(`{ changes(since: "2000-01-01T00:00:00Z", basis: ${basis}) { ${changes} } }`);
  }
  // The Lagebild's answers: ratings and figures are public, reporting cycles are not.
  const lagebild = {
    indicators: 'Indicator',
    reportingCycles: 'ReportingCycle',
    missingReports: 'MissingReport',
    'movedGoalposts(since: "2000-01-01")': 'MovedGoalpost',
    overdueMilestones: 'OverdueMilestone',
    measuresByConfidence: 'MeasureConfidenceGroup',
    participationFunnel: 'SectorFunnel',
  };
  for (const [field, type] of Object.entries(lagebild)) {
    await ask(
      `{ ${field} { ${selectionOf(schema, type, 1, new Set(['history', 'provenance']))} } }`,
    );
  }
  await ask(`{ actors { ${selectionOf(schema, 'Actor', 0)} } }`);
  await ask(`{ roadmap { ${selectionOf(schema, 'Roadmap', 3)} } }`);
  return JSON.stringify(out);
};

const rendered = new Map<Who, string>();
const surfaces = async (as: Who) => {
  const known = rendered.get(as);
  if (known) return known;
  const text = await render(as);
  rendered.set(as, text);
  return text;
};

describe.each(OUTSIDERS)('as %s', (as) => {
  it(
    'sees no marker, no hidden id and no actor identifier on any read surface',
    async () => {
      const text = await surfaces(as);
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain(OTHER_MARKER);
      expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
      for (const secret of secrets) expect(text, secret).not.toContain(secret);
      expect(text).not.toContain('token:');
      expect(text).not.toMatch(/"actor":"[^"]/);
      expect(text).not.toMatch(/"actorName":"[^"]/);
      // Not vacuous: the published suggestions the drafts took up are there, and typed payloads.
      expect(text).toContain(scenario.takenUp);
      expect(text.includes('"payload":{"__typename":"MeasurePlanned","actionFieldIds":["')).toBe(
        true,
      );
      expect(text).toContain(scenario.forIdea);
    },
    RENDERS_EVERY_SURFACE,
  );

  it('receives no marker, no hidden id and no actor over SSE while the drafts are written', () => {
    const text = delivered.get(as) ?? '';
    expect(text).toContain('SuggestionTakenUp');
    expect(text).not.toContain(MARKER);
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    expect(text).not.toContain('token:');
  });

  it('gets the taken-up suggestion’s follow-up without the draft’s reason, evidence or id', async () => {
    const response = await api.gql<{
      node: { history: { type: string; reason: string | null; evidence: unknown[] }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Item { history { type reason evidence changes { field after } } } } }',
      { id: scenario.takenUp },
      { as },
    );
    const followUp = response.data?.node.history.find(
      (entry) => entry.type === 'SuggestionTakenUp',
    );
    expect(followUp).toMatchObject({ reason: null, evidence: [] });
  });

  it('keeps what is public: a follow-up of a published decision keeps its reason', async () => {
    // The measure was planned by the ministry's adoption of a published recommendation.
    const response = await api.gql<{
      node: { history: { type: string; reason: string | null }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Item { history { type reason } } } }',
      { id: scenario.shown.measure },
      { as },
    );
    const planned = response.data?.node.history.find((entry) => entry.type === 'MeasurePlanned');
    expect(planned?.reason).toEqual(expect.any(String));
  });

  it('gets nothing written while a published item was a draft: not its follow-up’s reason, not its link’s', async () => {
    const response = await api.gql<{
      suggestion: { history: { type: string; reason: string | null; evidence: unknown[] }[] };
      recommendation: {
        provenance: { edges: { relation: string; reason: string | null; actor: string | null }[] };
      };
    }>(
      `query($suggestion: ID!, $recommendation: ID!) {
        suggestion: node(id: $suggestion) { ... on Item { history { type reason evidence } } }
        recommendation: node(id: $recommendation) { ... on Item {
          provenance(direction: UPSTREAM, depth: 1) { edges { relation reason actor } } } } }`,
      { suggestion: scenario.laterPublic, recommendation: scenario.published },
      { as },
    );
    expect(response.errors).toBeUndefined();
    const takenUp = response.data?.suggestion.history.filter(
      (entry) => entry.type === 'SuggestionTakenUp',
    );
    expect(takenUp).toEqual([{ type: 'SuggestionTakenUp', reason: null, evidence: [] }]);
    const derived = response.data?.recommendation.provenance.edges.filter(
      (edge) => edge.relation === 'derivedFrom',
    );
    expect(derived).toEqual([{ relation: 'derivedFrom', reason: null, actor: null }]);
  });

  it('gets typed payloads redacted as `data` is: no hidden item in what took a suggestion up', async () => {
    const response = await api.gql<{
      events: {
        edges: {
          node: {
            type: string;
            data: Record<string, unknown>;
            payload: { __typename: string; suggestionId: string; by: unknown } | null;
          };
        }[];
      };
    }>(
      `query($item: ID!) { events(item: $item, types: ["SuggestionTakenUp"]) { edges { node {
        type data payload { __typename ... on SuggestionTakenUp { suggestionId by { kind id } } } } } } }`,
      { item: scenario.takenUp },
      { as },
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.events.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      // Taken up by a draft: `data` loses the reference, and so does `payload`.
      expect(node.data.by).toBeNull();
      expect(node.payload).toEqual({
        __typename: 'SuggestionTakenUp',
        suggestionId: scenario.takenUp,
        by: null,
      });
    }
  });

  it('gets no actors and may not filter the feed by one', async () => {
    const actors = await api.gql<{ actors: unknown[] }>('{ actors { id } }', {}, { as });
    expect(actors.data?.actors).toEqual([]);
    const filtered = await api.gql(
      '{ events(actor: "token:000000000000") { edges { cursor } } }',
      {},
      { as },
    );
    expect(filtered.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'actor' });
  });
});

describe.each(INSIDERS)('as %s', (as) => {
  it(
    'sees the drafts, their reasons and evidence, and who acted',
    async () => {
      const text = await surfaces(as);
      expect(text).toContain(MARKER);
      expect(text).toContain(`https://intern.example/${MARKER}`);
      for (const id of Object.values(scenario.hidden)) expect(text).toContain(id);
      expect(text).toContain('token:');
    },
    RENDERS_EVERY_SURFACE,
  );

  it('sees in the typed payload which draft took a suggestion up', async () => {
    const response = await api.gql<{
      events: { edges: { node: { payload: { by: { kind: string; id: string } | null } } }[] };
    }>(
      `query($item: ID!) { events(item: $item, types: ["SuggestionTakenUp"]) { edges { node {
        payload { ... on SuggestionTakenUp { by { kind id } } } } } } }`,
      { item: scenario.takenUp },
      { as },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.events.edges.map((edge) => edge.node.payload.by)).toContainEqual({
      kind: 'RECOMMENDATION',
      id: scenario.hidden.recommendation,
    });
  });

  it('sees the reason the draft of a published item was written with, on its link', async () => {
    const response = await api.gql<{
      node: { provenance: { edges: { relation: string; reason: string | null }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Item {
        provenance(direction: UPSTREAM, depth: 1) { edges { relation reason } } } } }`,
      { id: scenario.published },
      { as },
    );
    expect(response.data?.node.provenance.edges).toContainEqual({
      relation: 'derivedFrom',
      reason: expect.stringContaining(MARKER),
    });
  });
});

it('delivers the drafts to the team over SSE', () => {
  expect(delivered.get('team')).toContain(MARKER);
  expect(delivered.get('team')).toContain(OTHER_MARKER);
});

describe('as the team of another process', () => {
  const as = 'otherTeam';
  it(
    'sees its own process’s drafts, and of the other process nothing a partner may not see',
    async () => {
      const text = await surfaces(as);
      // Its own: the draft written by it, the demo's draft, their reasons and who acted.
      expect(text).toContain(OTHER_MARKER);
      expect(text).toContain(otherDraft);
      expect(text).toContain(encodeGlobalID('Recommendation', DEMO_IDS.fachkraefte.recommendation));
      expect(text).toContain(`token:${ownTokens.get(as)?.split('_')[1]}`);
      // The default process: published only, no marker, no draft id, no actor.
      expect(text).not.toContain(MARKER);
      expect(text.toLowerCase()).not.toContain(MARKER.toLowerCase());
      for (const secret of secretsOfOthers) expect(text, secret).not.toContain(secret);
      for (const actor of othersActors) expect(text).not.toContain(`"${actor}"`);
      expect(text).not.toContain(`https://intern.example/${MARKER}`);
      expect(text).toContain(scenario.takenUp);
      expect(text).toContain(scenario.forIdea);
    },
    RENDERS_EVERY_SURFACE,
  );

  it('receives its own drafts over SSE, and none of the other process', () => {
    const text = delivered.get(as) ?? '';
    expect(text).toContain(OTHER_MARKER);
    expect(text).toContain('SuggestionTakenUp');
    expect(text).not.toContain(MARKER);
    for (const secret of secretsOfOthers) expect(text, secret).not.toContain(secret);
    for (const actor of othersActors) expect(text).not.toContain(`"${actor}"`);
  });

  it('gets the actors of its own process only, and filters the feed by them only there', async () => {
    const actors = await gqlAs<{ actors: { id: string }[] }>('{ actors { id } }', {}, as);
    const ids = actors.data?.actors.map((actor) => actor.id) ?? [];
    expect(ids).toContain(`token:${ownTokens.get(as)?.split('_')[1]}`);
    expect(ids.sort()).toEqual([...ownActors].sort());
    const filtered = await gqlAs<{ events: { edges: unknown[] } }>(
      'query($actor: String) { events(actor: $actor) { edges { cursor } } }',
      { actor: othersActors[0] },
      as,
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.events.edges).toEqual([]);
  });

  it('reads no draft of the other process by id, in a list filtered by status, or in search', async () => {
    const hidden = Object.values(scenario.hidden);
    const nodes = await gqlAs<{ nodes: unknown[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: hidden },
      as,
    );
    expect(nodes.data?.nodes).toEqual(hidden.map(() => null));
    const drafts = await gqlAs<{ recommendations: { edges: { node: { id: string } }[] } }>(
      '{ recommendations(first: 100, status: ["draft"]) { edges { node { id } } } }',
      {},
      as,
    );
    expect(drafts.data?.recommendations.edges.map((edge) => edge.node.id).sort()).toEqual(
      [otherDraft, encodeGlobalID('Recommendation', DEMO_IDS.fachkraefte.recommendation)].sort(),
    );
  });
});

it('delivers no draft of the second process to partners or anonymous callers over SSE', () => {
  for (const as of OUTSIDERS) expect(delivered.get(as)).not.toContain(OTHER_MARKER);
});

describe('the reference table', () => {
  it('names every item the domain’s provenance links an event to', async () => {
    const rows = await api.database.rows<{
      stream_id: string;
      type: string;
      schema_version: number;
      data: unknown;
      metadata: { evidence?: unknown[] };
    }>(sql`SELECT stream_id, type, schema_version, data, metadata FROM events ORDER BY id`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const item = parseStreamId(row.stream_id);
      if (!item) continue;
      const event = upcast({ type: row.type, schemaVersion: row.schema_version, data: row.data });
      const named = new Set(
        referencesOf({
          ...row,
          schemaVersion: row.schema_version,
          evidence: row.metadata.evidence ?? [],
        }).map((ref) => `${ref.kind}:${ref.id}`),
      );
      const linked = AGGREGATES[item.kind]
        .provenanceOf({ ...event, occurredAt: '' } as never, item.id)
        .flatMap(({ edge }) => [edge.source, edge.target])
        .filter((end) => end.kind !== 'Partner' && !(end.kind === item.kind && end.id === item.id));
      for (const end of linked)
        expect(named, `${row.type} → ${end.kind}`).toContain(`${end.kind}:${end.id}`);
    }
  });
});

describe('redaction is batched: no query per event', () => {
  // The subscriptions are done (drained before): their follower's polls would count as this
  // request's queries.
  beforeAll(() => Promise.all([...streams.values()].map((stream) => stream.close())));
  /** The database queries one request makes. */
  const queriesOf = (as: Who, query: string, variables: Record<string, unknown> = {}) =>
    countQueries(api.database, async () => {
      expect((await gqlAs(query, variables, as)).errors).toBeUndefined();
    });
  /** How many more queries a partner's (or another process's team's) request costs than the team's. */
  const extra = async (
    query: string,
    variables: Record<string, unknown> = {},
    as: Who = 'partner',
  ) => (await queriesOf(as, query, variables)) - (await queriesOf('team', query, variables));

  it('costs a feed page at most three queries more, whether it holds 3 events or 300', async () => {
    const FEED = `query($first: Int) { events(first: $first) { edges { node {
      reason data changes { field before after } } } } }`;
    const few = await extra(FEED, { first: 3 });
    const many = await extra(FEED, { first: 300 });
    expect(many).toBeLessThanOrEqual(3);
    expect(few).toBeLessThanOrEqual(many);
    // The team of one process: one more batch (which items it reads everything of).
    expect(await extra(FEED, { first: 300 }, 'otherTeam')).toBeLessThanOrEqual(4);
  });

  it('costs an item’s history at most three queries more, however many events it has', async () => {
    const HISTORY = `query($id: ID!) { node(id: $id) { ... on Item {
      history { reason evidence changes { field after } } } } }`;
    const measure = await api.gql<{ node: { history: unknown[] } }>(HISTORY, {
      id: scenario.shown.measure,
    });
    expect(measure.data?.node.history.length).toBeGreaterThan(10);
    expect(await extra(HISTORY, { id: scenario.shown.measure })).toBeLessThanOrEqual(3);
  });
});
