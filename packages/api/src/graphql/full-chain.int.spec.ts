import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storySteps } from '../testing/graphql-spec.js';
import { lotsenStory } from '../testing/lotsen-story.js';
import { createTestApi, type TestApi } from '../testing/test-api.js';

/**
 * The whole trail: a suggestion raised at a 2017 workshop becomes a recommendation, is reviewed,
 * prioritised and adopted by the ministry as a measure — then read back through history,
 * provenance, time travel, the event feed and the audit.
 */
let api: TestApi;
const story = storySteps(() => api, { moments: true });
const { ids, moments } = story;

const lotsen = lotsenStory(story, {
  field: '2016-07-12',
  workshop: '2017-01-20',
  held: '2017-02-14',
  suggestion: '2017-02-14',
  recommendation: '2017-05-10',
  submitted: '2017-09-01',
  prioritised: '2018-01-15',
  adopted: '2018-06-19',
});

beforeAll(async () => {
  api = await createTestApi();
  await lotsen.field({
    key: 'digitalisierung',
    title: 'Digitalisierung in der mittelständischen Industrie',
    description: 'Digitalisierung im Mittelstand',
  });
  await lotsen.workshop({
    title: 'Workshop Digitalisierung im Maschinenbau',
    date: '2017-02-14',
  });
  await lotsen.held();
  await lotsen.suggestion({
    text: 'Kleine Betriebe brauchen neutrale Lotsen, die sie durch die Digitalisierung begleiten.',
  });
  await lotsen.recommendation({
    title: 'Digitalisierungslotsen für KMU',
    body: 'Ein Netz neutraler Lotsen berät kleine und mittlere Unternehmen.',
  });
  await lotsen.submitted();
  await lotsen.prioritised();
  await lotsen.adopted(
    {
      measure: { owner: 'SMWA Referat 31', plannedStart: '2019-01-01', plannedEnd: '2030-12-31' },
      reason: 'Kabinettsbeschluss zur Industriestrategie',
      evidence: [{ document: 'Kabinettsbeschluss vom 19.06.2018' }],
    },
    'ministry',
  );
});
afterAll(() => api.close());

const MEASURE = `query($id: ID!) { node(id: $id) { ... on Recommendation { measure { id status title } } } }`;

describe('from a 2017 workshop suggestion to an adopted measure', () => {
  it('adopted the recommendation and started its measure in the same transaction', async () => {
    const response = await api.gql<{
      node: { measure: { id: string; status: string; title: string } };
    }>(MEASURE, { id: ids.recommendation });
    expect(response.data?.node.measure).toMatchObject({
      status: 'planned',
      title: 'Digitalisierungslotsen für KMU',
    });
    ids.measure = response.data?.node.measure.id ?? '';
  });

  it('shows the recommendation’s history: who, in which role, when, why, what changed', async () => {
    const response = await api.gql<{
      node: {
        history: {
          type: string;
          actor: string;
          role: string;
          reason: string | null;
          occurredAt: string;
          recordedAt: string;
          changes: { field: string; before: unknown; after: unknown }[];
        }[];
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Item { history {
        type actor role reason occurredAt recordedAt evidence changes { field before after }
      } } } }`,
      { id: ids.recommendation },
    );
    const history = response.data?.node.history ?? [];
    expect(history.map((entry) => [entry.type, entry.role, entry.occurredAt])).toEqual([
      ['RecommendationDrafted', 'team', '2017-05-10T00:00:00.000Z'],
      ['RecommendationSubmittedForReview', 'team', '2017-09-01T00:00:00.000Z'],
      ['RecommendationPrioritised', 'team', '2018-01-15T00:00:00.000Z'],
      ['RecommendationAdopted', 'ministry', '2018-06-19T00:00:00.000Z'],
    ]);
    const adopted = history[3];
    expect(adopted?.reason).toBe('Kabinettsbeschluss zur Industriestrategie');
    expect(adopted?.actor).toMatch(/^token:/);
    expect(adopted?.changes).toContainEqual({
      field: 'status',
      before: 'prioritised',
      after: 'adopted',
    });
    expect(Date.parse(adopted?.recordedAt ?? '')).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('traces the measure upstream to the suggestion and the workshop where it was raised', async () => {
    const response = await api.gql<{
      node: {
        provenance: {
          nodes: { id: string; kind: string }[];
          edges: {
            relation: string;
            source: string;
            target: string;
            eventType: string;
            actor: string | null;
          }[];
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Item { provenance(direction: UPSTREAM, depth: 5) {
        nodes { id kind title } edges { relation source target eventType actor occurredAt }
      } } } }`,
      { id: ids.measure },
    );
    const graph = response.data?.node.provenance;
    expect(graph?.nodes.map((node) => node.kind).sort()).toEqual(
      ['ActionField', 'Measure', 'Meeting', 'Recommendation', 'Suggestion'].sort(),
    );
    const edge = (relation: string) => graph?.edges.find((e) => e.relation === relation);
    expect(edge('adoptedFrom')).toMatchObject({
      source: ids.recommendation,
      target: ids.measure,
      eventType: 'MeasurePlanned',
    });
    expect(edge('derivedFrom')).toMatchObject({
      source: ids.suggestion,
      target: ids.recommendation,
    });
    expect(edge('raisedAt')).toMatchObject({
      source: ids.workshop,
      target: ids.suggestion,
      eventType: 'SuggestionCaptured',
    });
    expect(edge('raisedAt')?.actor).toMatch(/^token:/);
  });

  it('follows the suggestion downstream to what became of it', async () => {
    const response = await api.gql<{
      node: { status: string; provenance: { nodes: { kind: string }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Item { status provenance(direction: DOWNSTREAM) { nodes { kind } } } } }`,
      { id: ids.suggestion },
    );
    expect(response.data?.node.status).toBe('taken_up');
    expect(response.data?.node.provenance.nodes.map((n) => n.kind).sort()).toEqual([
      'Measure',
      'Recommendation',
      'Suggestion',
    ]);
  });

  it('shows what Fahrplan showed at earlier moments (recorded time)', async () => {
    const at = async (moment: string | undefined) =>
      (
        await api.gql<{
          node: { status: string; version: number; measure: { id: string } | null } | null;
        }>(
          `query($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { ... on Recommendation { status version measure { id } } } }`,
          { id: ids.recommendation, asOf: moment },
        )
      ).data?.node;
    expect(await at(moments.suggestion)).toBeNull();
    expect(await at(moments.recommendation)).toEqual({
      status: 'draft',
      version: 1,
      measure: null,
    });
    expect(await at(moments.prioritised)).toEqual({
      status: 'prioritised',
      version: 3,
      measure: null,
    });
    expect((await at(moments.adopted))?.status).toBe('adopted');
    const measureThen = await api.gql<{ node: unknown }>(
      `query($id: ID!, $asOf: DateTime) { node(id: $id, asOf: $asOf) { id } }`,
      { id: ids.measure, asOf: moments.prioritised },
    );
    expect(measureThen.data?.node).toBeNull();
  });

  it('shows the state of the real world at a date (occurrence time)', async () => {
    const response = await api.gql<{ node: { status: string } | null }>(
      `query($id: ID!) { node(id: $id, asOf: "2017-12-31T00:00:00Z", asOfBasis: OCCURRED) { ... on Recommendation { status } } }`,
      { id: ids.recommendation },
    );
    expect(response.data?.node?.status).toBe('in_review');
  });

  it('lists the adoption and the new measure in the partners’ feed, in order', async () => {
    const response = await api.gql<{
      events: { edges: { node: { position: string; type: string; hash: string } }[] };
    }>(`{ events(first: 100) { edges { node { position type hash } } } }`);
    const events = response.data?.events.edges.map((edge) => edge.node) ?? [];
    expect(events.map((e) => Number(e.position))).toEqual(events.map((_, i) => i + 1));
    const types = events.map((e) => e.type);
    expect(types.indexOf('MeasurePlanned')).toBeGreaterThan(
      types.indexOf('RecommendationPrioritised'),
    );
    expect(types).toContain('SuggestionTakenUp');
  });

  it('verifies the whole history and names its head hash', async () => {
    const response = await api.gql<{ audit: { ok: boolean; checked: number; headHash: string } }>(
      '{ audit { ok checked headHash pending } }',
    );
    expect(response.data?.audit.ok).toBe(true);
    expect(response.data?.audit.checked).toBeGreaterThanOrEqual(10);
    expect(response.data?.audit.headHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
