import { DEMO_IDS, type Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, graphqlSpec, momentBetween, required } from '../../testing/graphql-spec.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';
import { isPublic } from '../../visibility/rules.js';
import { MAX_CHANGED_ITEMS } from './changes.js';
import { seeder } from './measure/testing.js';

/**
 * "Änderungen seit …": the demo's history by occurrence time, and a few changes recorded after
 * it — an action field revised, a recommendation drafted and submitted — by recording time.
 */
let api: TestApi;
const { mutate } = graphqlSpec(() => api, 'recommendation { id }');
const moments = { afterSeed: '', afterDraft: '' };
let draft = '';

const ARBEIT = gid('ActionField', DEMO_IDS.actionFields.arbeit);
const DIGITAL = gid('ActionField', DEMO_IDS.actionFields.digitalisierung);
const ARBEIT_TITLE = 'Arbeit in der Industrie der Zukunft';
const PERSONAL = /example\.org|Böhm/;

const ENTRY = `version position type actor role reason evidence occurredAt recordedAt
  people { subjectId name email } changes { field before after }`;
const CHANGES = `query Changes($since: DateTime!, $until: DateTime, $actionField: ID, $basis: TimeBasis) {
  changes(since: $since, until: $until, actionField: $actionField, basis: $basis) {
    itemId itemKind item { id title status } actionField { id title } events { ${ENTRY} }
  }
}`;

interface Entry {
  type: string;
  occurredAt: string;
  recordedAt: string;
}
interface ItemChanges {
  itemId: string;
  itemKind: string;
  item: { id: string; title: string; status: string } | null;
  actionField: { id: string; title: string } | null;
  events: Entry[];
}

const changes = async (variables: Record<string, unknown>, as: Role | 'anonymous' = 'team') => {
  const response = await api.gql<{ changes: ItemChanges[] }>(CHANGES, variables, { as });
  expect(response.errors).toBeUndefined();
  return required(response.data, 'changes').changes;
};

const history = async (id: string, as: Role | 'anonymous') => {
  const response = await api.gql<{ node: { history: Entry[] } | null }>(
    `query($id: ID!) { node(id: $id) { ... on Item { history { ${ENTRY} } } } }`,
    { id },
    { as },
  );
  return response.data?.node?.history;
};

beforeAll(async () => {
  api = await createDemoApi();
  moments.afterSeed = await momentBetween();
  await api.gql(
    'mutation($input: ReviseActionFieldInput!) { reviseActionField(input: $input) { version } }',
    { input: { id: ARBEIT, expectedVersion: 1, description: 'Arbeit 4.0 in Sachsen.' } },
  );
  const drafted = await mutate<{ recommendation: { id: string } }>('draftRecommendation', {
    title: 'Neuer Entwurf',
    body: 'Noch intern.',
    actionFieldIds: [ARBEIT, DIGITAL],
  });
  draft = required(drafted.data?.draftRecommendation?.recommendation.id, 'draft');
  moments.afterDraft = await momentBetween();
  await mutate('submitRecommendationForReview', { id: draft, expectedVersion: 1 });
});
afterAll(() => api.close());

describe('changes by recording time (the default)', () => {
  it.each(['team', 'ministry'] as const)(
    'groups what was recorded since a moment by item, newest first, for the %s',
    async (as) => {
      const recent = await changes({ since: moments.afterSeed }, as);
      expect(
        recent.map(({ itemKind, itemId, item, actionField, events }) => ({
          itemKind,
          same: itemId === item?.id,
          status: item?.status,
          actionField: actionField?.title,
          types: events.map((event) => event.type),
        })),
      ).toEqual([
        {
          itemKind: 'Recommendation',
          same: true,
          status: 'in_review',
          actionField: ARBEIT_TITLE,
          types: ['RecommendationDrafted', 'RecommendationSubmittedForReview'],
        },
        // An action field is listed under itself.
        {
          itemKind: 'ActionField',
          same: true,
          status: 'active',
          actionField: ARBEIT_TITLE,
          types: ['ActionFieldRevised'],
        },
      ]);
    },
  );

  it('shows each item as of `until`, which is exclusive', async () => {
    const window = await changes({ since: moments.afterSeed, until: moments.afterDraft });
    const recommendation = window.find((entry) => entry.itemKind === 'Recommendation');
    expect(recommendation?.item?.status).toBe('draft');
    expect(recommendation?.events.map((event) => event.type)).toEqual(['RecommendationDrafted']);
    expect(await changes({ since: moments.afterDraft, until: moments.afterDraft })).toEqual([]);
  });

  it.each(['partner', 'anonymous'] as const)('shows %s no draft', async (as) => {
    const recent = await changes({ since: moments.afterSeed }, as);
    expect(recent.map((entry) => entry.itemKind)).toEqual(['ActionField']);
  });
});

describe('changes by occurrence time', () => {
  const year2017 = { since: '2017-01-01', until: '2018-01-01', basis: 'OCCURRED' };

  it('keeps to the window and orders items by action field, then newest change first', async () => {
    const found = await changes(year2017);
    expect(found.length).toBeGreaterThan(10);
    for (const entry of found) {
      for (const event of entry.events) {
        expect(event.occurredAt >= '2017-01-01' && event.occurredAt < '2018').toBe(true);
      }
    }
    const fields = found.map((entry) => entry.actionField?.title ?? null);
    const titles = fields.filter((title): title is string => title !== null);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'de')));
    expect(fields.slice(titles.length).every((title) => title === null)).toBe(true);
    for (const title of new Set(fields)) {
      const newest = found
        .filter((entry) => (entry.actionField?.title ?? null) === title)
        .map(
          (entry) =>
            entry.events
              .map((event) => event.occurredAt)
              .sort()
              .at(-1) ?? '',
        );
      expect(newest).toEqual([...newest].sort().reverse());
    }
  });

  it('shows an item as it was at the end of the window', async () => {
    const lotsen = gid('Recommendation', DEMO_IDS.adoptedRecommendation);
    const found = await changes(year2017);
    const then = found.find((entry) => entry.itemId === lotsen);
    const node = await api.gql<{ node: { status: string } }>(
      'query($id: ID!) { node(id: $id, asOf: "2018-01-01", asOfBasis: OCCURRED) { ... on Item { status } } }',
      { id: lotsen },
    );
    expect(then?.item?.status).toBe(node.data?.node.status);
    expect(then?.item?.status).not.toBe('adopted');
  });

  it.each(['team', 'ministry', 'partner', 'anonymous'] as const)(
    'lists for %s the same entries as each item’s history',
    async (as) => {
      const found = await changes(
        { since: '2016-01-01', until: '2019-01-01', basis: 'OCCURRED' },
        as,
      );
      expect(found.length).toBeGreaterThan(0);
      for (const entry of found.filter((candidate) => candidate.item !== null)) {
        const inWindow = (await history(entry.itemId, as))?.filter(
          (event) => event.occurredAt >= '2016' && event.occurredAt < '2019',
        );
        expect(entry.events).toEqual(inWindow);
      }
    },
  );
});

describe('what partners see', () => {
  it.each(['partner', 'anonymous'] as const)(
    'shows %s no draft, no hidden event and no personal data',
    async (as) => {
      const found = await changes({ since: '2000-01-01', basis: 'OCCURRED' }, as);
      const team = await changes({ since: '2000-01-01', basis: 'OCCURRED' });
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(team.length);
      for (const entry of found) {
        if (entry.item) expect(isPublic(entry.itemKind, entry.item.status)).toBe(true);
        expect(entry.events.length).toBeGreaterThan(0);
      }
      const types = found.flatMap((entry) => entry.events.map((event) => event.type));
      expect(types).toContain('RecommendationAdopted');
      expect(types).not.toContain('RecommendationDrafted');
      expect(types).not.toContain('SuggestionCaptured');
      expect(JSON.stringify(found)).not.toMatch(PERSONAL);
    },
  );
});

describe('changes of one action field', () => {
  it.each(['team', 'partner'] as const)(
    'holds for %s exactly the events the feed filtered by it holds',
    async (as) => {
      const found = await changes({ since: '2000-01-01', actionField: ARBEIT }, as);
      const feed = await api.gql<{ events: { edges: { node: { itemId: string } }[] } }>(
        'query($f: ID) { events(first: 500, actionField: $f) { edges { node { itemId } } } }',
        { f: ARBEIT },
        { as },
      );
      const items = feed.data?.events.edges.map((edge) => edge.node.itemId) ?? [];
      expect(found.map((entry) => entry.itemId).sort()).toEqual([...new Set(items)].sort());
      expect(found.flatMap((entry) => entry.events)).toHaveLength(items.length);
    },
  );
});

describe('bad input', () => {
  const refused = async (variables: Record<string, unknown>, field: string) => {
    const response = await api.gql(CHANGES, variables);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  };

  it('refuses a window that ends before it starts', async () => {
    await refused({ since: '2018-01-01', until: '2017-01-01' }, 'until');
  });

  it('refuses a malformed, unknown or other kind’s action field', async () => {
    const since = '2017-01-01';
    await refused({ since, actionField: 'kaputt' }, 'actionField');
    await refused({ since, actionField: gid('ActionField', 'nirgends') }, 'actionField');
    await refused({ since, actionField: gid('Meeting', DEMO_IDS.conference) }, 'actionField');
  });

  it('needs a start', async () => {
    const response = await api.gql(CHANGES, {});
    expect(response.errors?.[0]?.message).toMatch(/since/);
  });
});

describe(`a window with more than ${MAX_CHANGED_ITEMS} items`, () => {
  let start = '';
  const seed = () => seeder(api);

  beforeAll(async () => {
    start = await momentBetween();
    for (let index = 0; index < MAX_CHANGED_ITEMS; index += 1) {
      await seed().suggestion(`Vorschlag ${index}`);
    }
  });

  it('is refused naming `since`, until narrowed; partners count only what they see', async () => {
    expect(await changes({ since: start })).toHaveLength(MAX_CHANGED_ITEMS);
    await seed().suggestion('Einer zu viel');
    const response = await api.gql(CHANGES, { since: start }, { language: 'en' });
    expect(response.errors?.[0]).toMatchObject({
      message: `More than ${MAX_CHANGED_ITEMS} items changed in this window: shorten it or filter by action field.`,
      extensions: { code: 'BAD_USER_INPUT', field: 'since' },
    });
    expect(await changes({ since: start, actionField: ARBEIT })).toEqual([]);
    // Suggestions nobody took up are not public: partners are not refused for them.
    expect(await changes({ since: start }, 'partner')).toEqual([]);
  });

  it('gives a full page of the feed its items and changes (one batch of 500 each)', async () => {
    const response = await api.gql<{
      events: { edges: { node: { item: { id: string } | null; changes: unknown[] } }[] };
    }>(
      'query($since: DateTime) { events(first: 500, since: $since) { edges { node { item { id } changes { field } } } } }',
      {
        since: start,
      },
    );
    const page = response.data?.events.edges.map((edge) => edge.node) ?? [];
    expect(page).toHaveLength(500);
    expect(new Set(page.map((event) => event.item?.id)).size).toBe(500);
    for (const event of page) expect(event.changes.length).toBeGreaterThan(0);
  });
});
