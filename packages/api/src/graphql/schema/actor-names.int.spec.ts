import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { actorOfToken } from '../../auth/authenticate.js';
import { createToken, revokeToken } from '../../auth/tokens.js';
import { required, storySteps } from '../../testing/graphql-spec.js';
import { lotsenStory } from '../../testing/lotsen-story.js';
import { queriesOf as countQueries } from '../../testing/query-count.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';

/**
 * `actorName` on history entries, events and provenance edges, and `actors { id name }`: events
 * record the token's id (`token:<id>`), the API reads the token's name as it is now. A suggestion
 * raised at a workshop is drafted into a recommendation by a stand-in (whose token is revoked
 * afterwards), prioritised by one ministry token and adopted by another of the same name; two
 * more events have actors with no token on record.
 */
let api: TestApi;

const NAMES = {
  team: 'Projektteam (erster Start)',
  ministry: 'Referat 31, Frau Keller',
  // Sorts before the others by name (Ö as O), though after them in byte order.
  standIn: 'Ökonomie-Team (Vertretung)',
} as const;
const tokens = { team: '', ministry: '', successor: '', standIn: '' };
const actors = { team: '', ministry: '', successor: '', standIn: '' };
/** Actors with no token on record: a seeded one, and a token of another installation. */
const SEEDED = 'team-seed';
const FOREIGN = 'token:000000000000';
const story = storySteps(() => api);
const { ids } = story;
const lotsen = lotsenStory(story);

/** The name each actor has for the team and the ministry. */
const nameOf = (actor: string | null): string | null =>
  ({
    [actors.team]: NAMES.team,
    [actors.ministry]: NAMES.ministry,
    [actors.successor]: NAMES.ministry,
    [actors.standIn]: NAMES.standIn,
  })[actor ?? ''] ?? null;

type Reader = { as: 'team' | 'ministry' | 'partner' | 'anonymous' };
const READERS: Reader[] = [{ as: 'team' }, { as: 'ministry' }];
const PUBLIC_READERS: Reader[] = [{ as: 'partner' }, { as: 'anonymous' }];

interface Named {
  actor: string | null;
  actorName: string | null;
}
interface ItemTrail {
  history: (Named & { type: string })[];
  provenance: { edges: (Named & { relation: string })[] };
}

const TRAIL = `query($id: ID!) { node(id: $id) { ... on Item {
  history { type actor actorName }
  provenance(direction: BOTH, depth: 5) { edges { relation actor actorName } }
} } }`;
const trail = async (id: string, { as }: Reader) => {
  const response = await api.gql<{ node: ItemTrail | null }>(TRAIL, { id }, { as });
  expect(response.errors).toBeUndefined();
  return required(response.data?.node, `item ${id}`);
};

const EVENTS = `query($first: Int) { events(first: $first) { edges { node { type actor actorName } } } }`;
const events = async ({ as }: Reader, first = 500) => {
  const response = await api.gql<{ events: { edges: { node: Named & { type: string } }[] } }>(
    EVENTS,
    { first },
    { as },
  );
  expect(response.errors).toBeUndefined();
  return required(response.data, 'events').events.edges.map((edge) => edge.node);
};

const actorList = async ({ as }: Reader) => {
  const response = await api.gql<{ actors: { id: string; name: string | null }[] }>(
    '{ actors { id name } }',
    {},
    { as },
  );
  expect(response.errors).toBeUndefined();
  return required(response.data, 'actors').actors;
};

/** Every actor the response names, each with the name it came with. */
const pairs = (named: readonly Named[]) => named.map(({ actor, actorName }) => [actor, actorName]);

beforeAll(async () => {
  api = await createTestApi();
  const made = {
    team: await createToken(api.database, { role: 'team', name: NAMES.team }),
    ministry: await createToken(api.database, { role: 'ministry', name: NAMES.ministry }),
    successor: await createToken(api.database, { role: 'ministry', name: NAMES.ministry }),
    standIn: await createToken(api.database, { role: 'team', name: NAMES.standIn }),
  };
  for (const key of Object.keys(made) as (keyof typeof made)[]) {
    tokens[key] = made[key].token;
    actors[key] = actorOfToken(made[key].info.id);
  }

  const team = { token: tokens.team };
  await lotsen.field(
    { key: 'digitalisierung', title: 'Digitalisierung', description: 'Digitalisierung im KMU' },
    team,
  );
  await lotsen.workshop({ title: 'Workshop Digitalisierung', date: '2017-02-14' }, team);
  await lotsen.held({}, team);
  await lotsen.suggestion({ text: 'Kleine Betriebe brauchen neutrale Lotsen.' }, team);
  await lotsen.recommendation(
    {
      title: 'Digitalisierungslotsen für KMU',
      body: 'Ein Netz neutraler Lotsen berät kleine und mittlere Unternehmen.',
    },
    { token: tokens.standIn },
  );
  await lotsen.submitted({}, { token: tokens.standIn });
  await lotsen.prioritised({}, { token: tokens.ministry });
  await lotsen.adopted(
    {
      measure: { owner: 'SMWA Referat 31', plannedStart: '2019-01-01', plannedEnd: '2030-12-31' },
      reason: 'Kabinettsbeschluss',
    },
    { token: tokens.successor },
  );
  for (const [actor, actionFieldId] of [
    [SEEDED, 'arbeit'],
    [FOREIGN, 'energie'],
  ] as const) {
    await api.execute({
      type: 'DefineActionField',
      data: { actionFieldId, key: actionFieldId, title: actionFieldId, description: 'x' },
      metadata: { actor, role: 'team', now: new Date().toISOString(), timeZone: 'Europe/Berlin' },
    });
  }
  // The stand-in is gone: their token no longer works, but it still names who acted with it.
  expect(await revokeToken(api.database, actors.standIn.slice('token:'.length))).toBe(true);
  await api.store.seal();

  const measure = await api.gql<{ node: { measure: { id: string } } }>(
    'query($id: ID!) { node(id: $id) { ... on Recommendation { measure { id } } } }',
    { id: ids.recommendation },
  );
  ids.measure = required(measure.data?.node.measure.id, 'measure');
});
afterAll(() => api.close());

describe.each(READERS)('for $as: the names of the tokens that acted', (reader) => {
  it('names who acted in an item’s history, a revoked token’s holder included', async () => {
    const { history } = await trail(ids.recommendation ?? '', reader);
    expect(history.map(({ type, actorName }) => [type, actorName])).toEqual([
      ['RecommendationDrafted', NAMES.standIn],
      ['RecommendationSubmittedForReview', NAMES.standIn],
      ['RecommendationPrioritised', NAMES.ministry],
      ['RecommendationAdopted', NAMES.ministry],
    ]);
    // The log keeps the ids: two tokens of one name stay apart.
    expect(history.map((entry) => entry.actor)).toEqual([
      actors.standIn,
      actors.standIn,
      actors.ministry,
      actors.successor,
    ]);
  });

  it('names who acted in a follow-up (the measure the adoption started)', async () => {
    const { history } = await trail(ids.measure ?? '', reader);
    expect(history[0]).toEqual({
      type: 'MeasurePlanned',
      actor: actors.successor,
      actorName: NAMES.ministry,
    });
  });

  it('names who made each provenance link', async () => {
    const { edges } = (await trail(ids.measure ?? '', reader)).provenance;
    const nameOfLink = (relation: string) =>
      edges.find((edge) => edge.relation === relation)?.actorName;
    expect(nameOfLink('raisedAt')).toBe(NAMES.team);
    expect(nameOfLink('derivedFrom')).toBe(NAMES.standIn);
    expect(nameOfLink('adoptedFrom')).toBe(NAMES.ministry);
    expect(pairs(edges)).toEqual(edges.map((edge) => [edge.actor, nameOf(edge.actor)]));
  });

  it('names who issued each event of the feed; actors with no token on record have none', async () => {
    const feed = await events(reader);
    expect(pairs(feed)).toEqual(feed.map((event) => [event.actor, nameOf(event.actor)]));
    const without = feed.filter((event) => event.actorName === null).map((event) => event.actor);
    expect(without).toEqual([SEEDED, FOREIGN]);
  });

  it('lists the actors with their names, sorted by name, then id; unnamed ones last', async () => {
    const ministry = [actors.ministry, actors.successor].sort();
    expect(await actorList(reader)).toEqual([
      { id: actors.standIn, name: NAMES.standIn },
      { id: actors.team, name: NAMES.team },
      ...ministry.map((id) => ({ id, name: NAMES.ministry })),
      { id: SEEDED, name: null },
      { id: FOREIGN, name: null },
    ]);
  });

  it('shows the name a token has now, not the one it had when it acted', async () => {
    // No command renames a token; the operator may in `api_tokens`, and reads follow at once.
    const id = actors.team.slice('token:'.length);
    await api.database.rows(
      sql`UPDATE api_tokens SET name = 'Projektteam VDI/VDE-IT' WHERE id = ${id}`,
    );
    try {
      const { history } = await trail(ids.field ?? '', reader);
      expect(history[0]).toMatchObject({ actor: actors.team, actorName: 'Projektteam VDI/VDE-IT' });
    } finally {
      await api.database.rows(sql`UPDATE api_tokens SET name = ${NAMES.team} WHERE id = ${id}`);
    }
  });
});

describe.each(PUBLIC_READERS)('for $as: no internal names, no actor identifiers', (reader) => {
  const NAMED = /Projektteam|Keller|Ökonomie|VDI/;

  it('gives history entries and provenance edges no actor and no name', async () => {
    const { history, provenance } = await trail(ids.measure ?? '', reader);
    expect(history.length).toBeGreaterThan(0);
    expect(provenance.edges.length).toBeGreaterThan(0);
    for (const entry of [...history, ...provenance.edges]) {
      // Token ids are identifiers too (issue 11): the public learns no one's.
      expect(entry.actor).toBeNull();
      expect(entry.actorName).toBeNull();
    }
    expect(JSON.stringify({ history, provenance })).not.toMatch(NAMED);
  });

  it('gives the events they may see no actor and no name', async () => {
    const feed = await events(reader);
    expect(feed.length).toBeGreaterThan(0);
    expect(feed.every((event) => event.actor === null && event.actorName === null)).toBe(true);
    expect(JSON.stringify(feed)).not.toMatch(NAMED);
  });

  it('lists no actors', async () => {
    expect(await actorList(reader)).toEqual([]);
  });
});

describe('the names are read in one batch, not once per entry (no N+1)', () => {
  /** The database queries one request makes. */
  const queriesOf = (query: string, variables: Record<string, unknown>, reader: Reader) =>
    countQueries(api.database, async () => {
      expect((await api.gql(query, variables, { as: reader.as })).errors).toBeUndefined();
    });
  const withoutNames = (query: string) => query.replaceAll(' actorName', '');

  it('reads the names for history, provenance, the feed and actors in one request at once', async () => {
    const rows = vi.spyOn(api.database, 'rows');
    const dialect = new PgDialect();
    try {
      const response = await api.gql(
        `query($id: ID!) {
          node(id: $id) { ... on Item {
            history { actorName }
            provenance(direction: BOTH) { edges { actorName } }
          } }
          events(first: 500) { edges { node { actorName } } }
          actors { id name }
        }`,
        { id: ids.recommendation },
      );
      expect(response.errors).toBeUndefined();
      const lookups = rows.mock.calls
        .map(([query]) => dialect.sqlToQuery(query as SQL).sql)
        // Authentication finds the caller's token by its hash; the names are read apart from it.
        .filter((text) => text.includes('api_tokens') && !text.includes('hash'));
      expect(lookups).toHaveLength(1);
    } finally {
      rows.mockRestore();
    }
  });

  it.each([
    ['an item’s history and provenance', TRAIL, () => ({ id: ids.recommendation })],
    ['the events feed', EVENTS, () => ({ first: 500 })],
  ])('costs %s one query more for the team, none for partners', async (_what, query, vars) => {
    const plain = withoutNames(query);
    for (const [as, extra] of [
      ['team', 1],
      ['partner', 0],
    ] as const) {
      const named = await queriesOf(query, vars(), { as });
      expect(named - (await queriesOf(plain, vars(), { as }))).toBe(extra);
    }
  });

  it('costs `actors` two queries more for the team (ids, names) than for partners (none)', async () => {
    const ACTORS = '{ actors { id name } }';
    const team = await queriesOf(ACTORS, {}, { as: 'team' });
    expect(team - (await queriesOf(ACTORS, {}, { as: 'partner' }))).toBe(2);
  });

  it('reads the names of a page of 3 events and of all of them in one query alike', async () => {
    const all = (await events({ as: 'team' })).length;
    expect(all).toBeGreaterThan(10);
    const plain = withoutNames(EVENTS);
    const extra = async (first: number) =>
      (await queriesOf(EVENTS, { first }, { as: 'team' })) -
      (await queriesOf(plain, { first }, { as: 'team' }));
    expect([await extra(3), await extra(all)]).toEqual([1, 1]);
  });
});
