import { DEMO_IDS, type Role } from '@fahrplan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, graphqlSpec, required } from '../../../testing/graphql-spec.js';
import { queriesOf } from '../../../testing/query-count.js';
import { createDemoApi, type TestApi } from '../../../testing/test-api.js';

/**
 * A history names the items its changes refer to by their titles as they were when the event was
 * recorded, so no screen has to show an id; partners learn nothing of items they may not see.
 */
let api: TestApi;
const { mutate } = graphqlSpec(() => api, 'recommendation { id }');

const ARBEIT = gid('ActionField', DEMO_IDS.actionFields.arbeit);
const OLD_TITLE = 'Arbeit in der Industrie der Zukunft';
const NEW_TITLE = 'Arbeit 4.0 in Sachsen';

interface Change {
  field: string;
  items: { __typename: string; id: string; title: string }[];
}
interface Entry {
  type: string;
  changes: Change[];
}

const history = async (id: string, as: Role = 'team') => {
  const response = await api.gql<{ node: { history: Entry[] } | null }>(
    `query($id: ID!) { node(id: $id) { ... on Item { history {
      type changes { field items { __typename id title } } } } } }`,
    { id },
    { as },
  );
  expect(response.errors).toBeUndefined();
  return required(response.data?.node, 'node').history;
};

const itemsOf = (entries: Entry[], type: string, field: string) =>
  entries.find((entry) => entry.type === type)?.changes.find((change) => change.field === field)
    ?.items;

let draft = '';
beforeAll(async () => {
  api = await createDemoApi();
  await api.gql(
    'mutation($input: ReviseActionFieldInput!) { reviseActionField(input: $input) { version } }',
    { input: { id: ARBEIT, expectedVersion: 1, title: NEW_TITLE } },
  );
  const drafted = await mutate<{ recommendation: { id: string } }>('draftRecommendation', {
    title: 'Interner Entwurf',
    body: 'Noch intern.',
    actionFieldIds: [ARBEIT],
    derivedFrom: [gid('Suggestion', DEMO_IDS.suggestions.lotsen)],
  });
  draft = required(drafted.data?.draftRecommendation?.recommendation.id, 'draft');
});
afterAll(() => api.close());

describe('when a change refers to other items', () => {
  it('names the recommendation a measure was adopted from and its action field', async () => {
    const entries = await history(gid('Measure', DEMO_IDS.measure));
    expect(itemsOf(entries, 'MeasurePlanned', 'adoptedFrom')).toEqual([
      {
        __typename: 'Recommendation',
        id: gid('Recommendation', DEMO_IDS.adoptedRecommendation),
        title: expect.stringMatching(/Digitalisierungslotsen/),
      },
    ]);
    expect(itemsOf(entries, 'MeasurePlanned', 'actionFieldIds')).toEqual([
      expect.objectContaining({ __typename: 'ActionField', title: expect.any(String) }),
    ]);
  });

  it('names each item as it was when the event was recorded, not as it is now', async () => {
    const before = await history(gid('Recommendation', DEMO_IDS.recommendations.weiterbildung));
    expect(itemsOf(before, 'RecommendationDrafted', 'actionFieldIds')).toEqual([
      { __typename: 'ActionField', id: ARBEIT, title: OLD_TITLE },
    ]);
    const after = await history(draft);
    expect(itemsOf(after, 'RecommendationDrafted', 'actionFieldIds')).toEqual([
      { __typename: 'ActionField', id: ARBEIT, title: NEW_TITLE },
    ]);
  });

  it('names the suggestions a recommendation was derived from', async () => {
    const entries = await history(draft);
    expect(itemsOf(entries, 'RecommendationDrafted', 'derivedFrom')).toEqual([
      expect.objectContaining({
        __typename: 'Suggestion',
        id: gid('Suggestion', DEMO_IDS.suggestions.lotsen),
      }),
    ]);
  });

  it('names no item for a field that holds none', async () => {
    const entries = await history(draft);
    expect(itemsOf(entries, 'RecommendationDrafted', 'title')).toEqual([]);
  });
});

describe('what partners see', () => {
  it('leaves out a draft a published suggestion was taken up by', async () => {
    const suggestion = gid('Suggestion', DEMO_IDS.suggestions.lotsen);
    const team = (await history(suggestion)).flatMap((entry) =>
      entry.changes.filter((change) => change.field === 'takenUpBy').flatMap((c) => c.items),
    );
    expect(team.map((item) => item.id)).toContain(draft);
    const partner = (await history(suggestion, 'partner')).flatMap((entry) =>
      entry.changes.filter((change) => change.field === 'takenUpBy').flatMap((c) => c.items),
    );
    expect(partner.map((item) => item.id)).not.toContain(draft);
  });

  it('names published items to them, such as the recommendation a measure was adopted from', async () => {
    const entries = await history(gid('Measure', DEMO_IDS.measure), 'partner');
    expect(itemsOf(entries, 'MeasurePlanned', 'adoptedFrom')?.map((item) => item.id)).toEqual([
      gid('Recommendation', DEMO_IDS.adoptedRecommendation),
    ]);
  });
});

describe('cost', () => {
  it('names the items of a whole window of changes in a fixed number of queries (no N+1)', async () => {
    const count = (since: string, until: string) =>
      queriesOf(api.database, async () => {
        const response = await api.gql<{ changes: { events: Entry[] }[] }>(
          `query($since: DateTime!, $until: DateTime) {
          changes(since: $since, until: $until, basis: OCCURRED) {
            events { type changes { field items { id title } } }
          }
        }`,
          { since, until },
        );
        expect(response.errors).toBeUndefined();
        const named = (response.data?.changes ?? []).flatMap((item) =>
          item.events.flatMap((entry) => entry.changes.flatMap((change) => change.items)),
        );
        expect(named.length).toBeGreaterThan(0);
      });
    const week = await count('2017-06-26T00:00:00Z', '2017-07-03T00:00:00Z');
    const years = await count('2016-01-01T00:00:00Z', '2031-01-01T00:00:00Z');
    expect(years).toBe(week);
  });
});
