import { DEMO_IDS, type Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsFor } from '../../live/index.js';
import { readLiveEvents } from '../../live/live-events.js';
import { gid, graphqlSpec, momentBetween, required } from '../../testing/graphql-spec.js';
import { queriesOf } from '../../testing/query-count.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';
import { isPublic } from '../../visibility/rules.js';

/**
 * The `events` feed as an activity log (filters by actor, time and action field; each event with
 * its item and changed fields) and `actors`, over the demo and one recommendation the team
 * drafts, the ministry prioritises (public) and the team withdraws (no longer public).
 */
let api: TestApi;
const { mutate } = graphqlSpec(() => api, 'recommendation { id version }');
const moments = { beforeDraft: '', beforePrioritised: '' };
let recommendation = '';

const ARBEIT = gid('ActionField', DEMO_IDS.actionFields.arbeit);
const DIGITAL = gid('ActionField', DEMO_IDS.actionFields.digitalisierung);
const DEMO_TEAM = DEMO_IDS.actors.team;
const DEMO_MINISTRY = DEMO_IDS.actors.ministry;
/** Any trace of the demo's personal data: its e-mail domain and a participant's name. */
const PERSONAL = /example\.org|Böhm/;

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}
interface FeedEvent {
  position: string;
  type: string;
  actor: string | null;
  recordedAt: string;
  itemId: string | null;
  item: { id: string; status: string } | null;
  changes: Change[];
}
interface Page {
  edges: { cursor: string; node: FeedEvent }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const EVENTS = `query Log($first: Int, $after: String, $actor: String, $since: DateTime,
  $until: DateTime, $actionField: ID, $types: [String!], $newestFirst: Boolean) {
  events(first: $first, after: $after, actor: $actor, since: $since, until: $until,
    actionField: $actionField, types: $types, newestFirst: $newestFirst) {
    edges { cursor node { position type actor recordedAt itemId item { id status } changes { field before after } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const events = async (variables: Record<string, unknown>, as: Role | 'anonymous' = 'team') => {
  const response = await api.gql<{ events: Page }>(EVENTS, { first: 500, ...variables }, { as });
  expect(response.errors).toBeUndefined();
  return required(response.data, 'events').events;
};
const nodes = (page: Page) => page.edges.map((edge) => edge.node);
const types = (page: Page) => nodes(page).map((event) => event.type);

beforeAll(async () => {
  api = await createDemoApi();
  moments.beforeDraft = await momentBetween();
  const drafted = await mutate<{ recommendation: { id: string } }>('draftRecommendation', {
    title: 'Geheimer Entwurf',
    body: 'Noch nicht öffentlich.',
    actionFieldIds: [ARBEIT],
  });
  recommendation = required(drafted.data?.draftRecommendation?.recommendation.id, 'draft');
  await mutate('submitRecommendationForReview', { id: recommendation, expectedVersion: 1 });
  moments.beforePrioritised = await momentBetween();
  const change = { id: recommendation, expectedVersion: 2, priority: 'HIGH' };
  await mutate('prioritiseRecommendation', change, 'ministry');
  await mutate('withdrawRecommendation', {
    id: recommendation,
    expectedVersion: 3,
    reason: 'Doch nicht.',
  });
  await api.store.seal();
});
afterAll(() => api.close());

describe('events filtered by time (recordedAt: since inclusive, until exclusive)', () => {
  it.each(['team', 'ministry'] as const)('shows the %s every new event', async (as) => {
    expect(types(await events({ since: moments.beforeDraft }, as))).toEqual([
      'RecommendationDrafted',
      'RecommendationSubmittedForReview',
      'RecommendationPrioritised',
      'RecommendationWithdrawn',
    ]);
    const window = { since: moments.beforeDraft, until: moments.beforePrioritised };
    expect(types(await events(window, as))).toEqual([
      'RecommendationDrafted',
      'RecommendationSubmittedForReview',
    ]);
  });

  it.each(['partner', 'anonymous'] as const)('shows %s only the public one', async (as) => {
    const page = await events({ since: moments.beforeDraft }, as);
    expect(types(page)).toEqual(['RecommendationPrioritised']);
    // It left the recommendation public then; withdrawn, it is no longer theirs to see.
    expect(nodes(page)[0]?.item).toBeNull();
  });

  it('takes the bounds exactly: an event at `since` is in, one at `until` is out', async () => {
    const [drafted] = nodes(await events({ since: moments.beforeDraft }));
    const at = required(drafted, 'drafted').recordedAt;
    expect(types(await events({ since: at, until: moments.beforePrioritised }))[0]).toBe(
      'RecommendationDrafted',
    );
    expect(types(await events({ since: moments.beforeDraft, until: at }))).toEqual([]);
  });
});

describe('events filtered by actor', () => {
  it('finds the events of one actor exactly, for the team and the ministry', async () => {
    for (const as of ['team', 'ministry'] as const) {
      const all = nodes(await events({}, as));
      for (const actor of [DEMO_TEAM, DEMO_MINISTRY]) {
        const mine = nodes(await events({ actor }, as));
        expect(mine.length).toBeGreaterThan(0);
        expect(mine).toEqual(all.filter((event) => event.actor === actor));
      }
    }
  });

  it.each(['partner', 'anonymous'] as const)(
    'refuses %s a filter by actor: they learn no actors',
    async (as) => {
      const response = await api.gql(EVENTS, { first: 5, actor: DEMO_TEAM }, { as });
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'actor' });
    },
  );

  it('combines with the other filters', async () => {
    const prioritised = nodes(await events({ types: ['RecommendationPrioritised'] })).at(-1);
    const ministry = required(prioritised?.actor, 'the ministry token’s actor');
    expect(ministry).toMatch(/^token:/);
    const recent = { actor: ministry, since: moments.beforeDraft, actionField: ARBEIT };
    expect(types(await events(recent))).toEqual(['RecommendationPrioritised']);
    expect(types(await events({ ...recent, actionField: DIGITAL }))).toEqual([]);
    expect(types(await events({ ...recent, actor: DEMO_MINISTRY }))).toEqual([]);
    expect(types(await events({ actor: 'niemand' }))).toEqual([]);
  });
});

describe('events filtered by action field', () => {
  it('selects exactly the events a subscription to the action field receives', async () => {
    const live = await readLiveEvents(api.database, 0, 10_000);
    for (const role of ['team', 'partner'] as const) {
      for (const [global, id] of [
        [ARBEIT, DEMO_IDS.actionFields.arbeit],
        [DIGITAL, DEMO_IDS.actionFields.digitalisierung],
      ] as const) {
        const received = live
          .filter(acceptsFor({ actionFieldId: id }, role === 'team' ? 'all' : []))
          .map((entry) => String(entry.event.position));
        const page = await events({ actionField: global }, role);
        expect(received.length).toBeGreaterThan(0);
        expect(nodes(page).map((event) => event.position)).toEqual(received);
      }
    }
  });

  it('includes the action field’s own events', async () => {
    expect(types(await events({ actionField: ARBEIT })).slice(0, 1)).toEqual([
      'ActionFieldDefined',
    ]);
  });
});

describe('events, page by page with filters', () => {
  it.each(['team', 'partner'] as const)('pages as %s through what one page holds', async (as) => {
    const filter =
      as === 'team' ? { actor: DEMO_TEAM, actionField: DIGITAL } : { actionField: DIGITAL };
    const whole = nodes(await events(filter, as));
    expect(whole.length).toBeGreaterThan(12);
    const paged: FeedEvent[] = [];
    let after: string | null = null;
    for (let turn = 0; turn < 100; turn += 1) {
      const page: Page = await events({ ...filter, first: 5, after }, as);
      paged.push(...nodes(page));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(whole);
    // At the end, a poller keeps its place and finds nothing new.
    const next = await events({ ...filter, after }, as);
    expect(next.edges).toEqual([]);
    expect(next.pageInfo.endCursor).toBe(after);
  });
});

describe('Event.item and Event.changes', () => {
  it('shows the item as it is now, and the fields each event changed as its history does', async () => {
    const page = await events({ since: moments.beforeDraft });
    for (const event of nodes(page)) {
      expect(event.item).toEqual({ id: recommendation, status: 'withdrawn' });
    }
    const history = await api.gql<{ node: { history: { position: string; changes: Change[] }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Item { history { position changes { field before after } } } } }',
      { id: recommendation },
    );
    const byPosition = new Map(
      history.data?.node.history.map((entry) => [entry.position, entry.changes]),
    );
    for (const event of nodes(page)) expect(event.changes).toEqual(byPosition.get(event.position));
    expect(nodes(page)[2]?.changes).toEqual(
      expect.arrayContaining([{ field: 'status', before: 'in_review', after: 'prioritised' }]),
    );
  });

  it.each(['partner', 'anonymous'] as const)(
    'never leads %s to a draft or to personal data',
    async (as) => {
      const page = await events({}, as);
      expect(nodes(page).some((event) => event.item === null)).toBe(true);
      for (const event of nodes(page)) {
        const kind = required(event.itemId, 'itemId');
        if (event.item) {
          const decoded = Buffer.from(kind, 'base64').toString().split(':')[0] ?? '';
          expect(isPublic(decoded, event.item.status)).toBe(true);
        }
      }
      expect(JSON.stringify(page)).not.toMatch(PERSONAL);
    },
  );

  it('reads items and changes of a whole page in a fixed number of queries (no N+1)', async () => {
    const count = (first: number) =>
      queriesOf(api.database, async () => {
        expect(nodes(await events({ first })).length).toBe(first);
      });
    expect(await count(150)).toBe(await count(5));
  });
});

describe('bad filters', () => {
  const refused = async (variables: Record<string, unknown>, field: string, language = 'de') => {
    const response = await api.gql(EVENTS, variables, { language });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    return response.errors?.[0]?.message ?? '';
  };

  it('refuses a window that ends before it starts', async () => {
    const window = { since: '2020-01-01', until: '2019-01-01' };
    expect(await refused(window, 'until')).toContain('„until“');
    expect(await refused(window, 'until', 'en')).toMatch(/must not lie before/);
  });

  it('refuses a malformed, unknown or other kind’s action field id', async () => {
    expect(await refused({ actionField: 'kaputt' }, 'actionField')).toMatch(/Handlungsfeld/);
    expect(await refused({ actionField: gid('Measure', DEMO_IDS.measure) }, 'actionField')).toMatch(
      /Handlungsfeld/,
    );
    expect(
      await refused({ actionField: gid('ActionField', 'nirgends') }, 'actionField', 'en'),
    ).toBe('There is no such action field.');
  });

  it('refuses a malformed date before anything runs', async () => {
    const response = await api.gql(EVENTS, { since: 'gestern' });
    expect(response.errors?.[0]?.message).toMatch(/DateTime/);
  });
});

describe('actors', () => {
  interface Actor {
    id: string;
    name: string | null;
  }
  const actors = async (as: Role | 'anonymous') => {
    const response = await api.gql<{ actors: Actor[] }>('{ actors { id name } }', {}, { as });
    expect(response.errors).toBeUndefined();
    return required(response.data, 'actors').actors;
  };
  const actorsOf = (page: Page) => [...new Set(nodes(page).map((event) => event.actor ?? ''))];

  it.each(['team', 'ministry'] as const)(
    'lists everyone once for the %s, named ones first by name, then the rest by id',
    async (as) => {
      const all = await actors(as);
      expect(all.map((actor) => actor.id).sort()).toEqual(actorsOf(await events({}, as)).sort());
      // The spec's tokens are named "Test <role>"; the demo's seeded actors are no token.
      expect(all).toEqual([
        { id: expect.stringMatching(/^token:/), name: 'Test ministry' },
        { id: expect.stringMatching(/^token:/), name: 'Test team' },
        { id: DEMO_MINISTRY, name: null },
        { id: DEMO_TEAM, name: null },
      ]);
      // Each id is the actor an `events(actor: …)` filter takes.
      for (const { id } of all) {
        const mine = nodes(await events({ actor: id }, as));
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((event) => event.actor === id)).toBe(true);
      }
    },
  );

  it.each(['partner', 'anonymous'] as const)(
    'lists %s no actors, and their events name none',
    async (as) => {
      expect(await actors(as)).toEqual([]);
      expect(actorsOf(await events({}, as))).toEqual(['']);
    },
  );
});

describe('newest first (the activity log)', () => {
  it('lists the newest event first and pages on towards older ones', async () => {
    const all = nodes(await events({ actionField: ARBEIT })).map((event) => event.position);
    const first = await events({ actionField: ARBEIT, newestFirst: true, first: 5 });
    const second = await events({
      actionField: ARBEIT,
      newestFirst: true,
      first: 5,
      after: first.pageInfo.endCursor,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...nodes(first), ...nodes(second)].map((event) => event.position)).toEqual(
      [...all].reverse().slice(0, 10),
    );
  });
});
