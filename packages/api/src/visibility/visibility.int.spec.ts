import { DEMO_IDS } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi, type TestApi } from '../testing/test-api.js';
import { isPublic } from './rules.js';

/**
 * Partners and anonymous callers against the seeded demo, which holds drafts, recommendations in
 * review, suggestions nobody took up, and participants with names and e-mail addresses.
 */
let api: TestApi;
const outsiders = ['partner', 'anonymous'] as const;
/** Any trace of the demo's personal data: its e-mail domain and a participant's name. */
const PERSONAL = /example\.org|Böhm/;

beforeAll(async () => {
  api = await createDemoApi();
});
afterAll(() => api.close());

type Listed = { edges: { node: { id: string; status: string; title: string } }[] };

describe.each(outsiders)('as %s', (as) => {
  it('lists only published recommendations, guidelines, project ideas and suggestions', async () => {
    const response = await api.gql<Record<string, Listed>>(
      `{ recommendations(first: 100) { edges { node { id status title } } }
         suggestions(first: 100) { edges { node { id status title } } }
         projectIdeas(first: 100) { edges { node { id status title } } }
         guidelines(first: 100) { edges { node { id status title } } } }`,
      {},
      { as },
    );
    const kinds = {
      recommendations: 'Recommendation',
      suggestions: 'Suggestion',
      projectIdeas: 'ProjectIdea',
      guidelines: 'Guideline',
    } as const;
    for (const [list, kind] of Object.entries(kinds)) {
      const statuses = response.data?.[list]?.edges.map((edge) => edge.node.status) ?? [];
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses) expect(isPublic(kind, status)).toBe(true);
    }
    const team = await api.gql<{ recommendations: Listed }>(
      '{ recommendations(first: 100) { edges { node { status } } } }',
    );
    const everything = team.data?.recommendations.edges.map((edge) => edge.node.status) ?? [];
    expect(everything).toContain('draft');
    expect(response.data?.recommendations?.edges.length).toBeLessThan(everything.length);
  });

  it('finds no draft by id, now or in the past', async () => {
    const draft = encodeGlobalID('Recommendation', DEMO_IDS.recommendations.kreislauf);
    const team = await api.gql<{ node: { status: string } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Item { status } } }',
      { id: draft },
    );
    expect(team.data?.node?.status).toBe('draft');
    const outsider = await api.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: draft },
      { as },
    );
    expect(outsider.data?.node).toBeNull();
    // The adopted recommendation was a draft in 2017: by occurrence time, it did not exist yet.
    const earlier = await api.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id, asOf: "2017-06-01T00:00:00Z", asOfBasis: OCCURRED) { id } }',
      { id: encodeGlobalID('Recommendation', DEMO_IDS.adoptedRecommendation) },
      { as },
    );
    expect(earlier.data?.node).toBeNull();
  });

  it('shows a published item’s history from its publication on, without personal data', async () => {
    const response = await api.gql<{
      node: { history: { type: string; people: unknown[]; evidence: unknown[] }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Item { history { type people { name } evidence } } } }',
      { id: encodeGlobalID('Recommendation', DEMO_IDS.adoptedRecommendation) },
      { as },
    );
    const types = response.data?.node.history.map((entry) => entry.type) ?? [];
    expect(types).toContain('RecommendationAdopted');
    expect(types).not.toContain('RecommendationDrafted');
    expect(types).not.toContain('RecommendationSubmittedForReview');
    expect(JSON.stringify(response.data)).not.toMatch(PERSONAL);
  });

  it('traces provenance through published items only', async () => {
    const response = await api.gql<{
      node: { provenance: { nodes: { kind: string; status: string | null }[]; edges: unknown[] } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Item { provenance(direction: BOTH, depth: 10) { nodes { kind status title } edges { source target relation } } } } }',
      { id: encodeGlobalID('Measure', DEMO_IDS.measure) },
      { as },
    );
    const nodes = response.data?.node.provenance.nodes ?? [];
    expect(nodes.map((node) => node.kind)).toContain('Suggestion');
    for (const node of nodes) expect(isPublic(node.kind, node.status ?? '')).toBe(true);
  });

  it('reads no draft and no personal data in the events feed', async () => {
    const response = await api.gql<{
      events: { edges: { node: { type: string; itemKind: string } }[] };
    }>('{ events(first: 500) { edges { node { type itemKind data reason } } } }', {}, { as });
    const types = response.data?.events.edges.map((edge) => edge.node.type) ?? [];
    expect(types).toContain('RecommendationAdopted');
    expect(types).not.toContain('RecommendationDrafted');
    expect(types).not.toContain('SuggestionCaptured');
    expect(JSON.stringify(response.data)).not.toMatch(PERSONAL);
  });

  it('sees meetings, but not who took part', async () => {
    const response = await api.gql<{
      node: { participants: { name: string | null; email: string | null }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Meeting { participants { name email organisation } } } }',
      { id: encodeGlobalID('Meeting', DEMO_IDS.conference) },
      { as },
    );
    const participants = response.data?.node.participants ?? [];
    expect(participants.length).toBeGreaterThan(0);
    for (const participant of participants)
      expect(participant).toMatchObject({ name: null, email: null });
  });

  it('is refused every change, and the refusal names no person', async () => {
    const response = await api.gql(
      'mutation($input: EraseSubjectInput!) { eraseSubject(input: $input) { erasedRecords } }',
      { input: { subjectId: 'person-04', reason: 'Antrag' } },
      { as },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(response)).not.toMatch(PERSONAL);
  });
});

describe('the project team', () => {
  it('sees participants’ names and e-mail addresses', async () => {
    const response = await api.gql<{ node: { participants: { name: string | null }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Meeting { participants { name email } } } }',
      { id: encodeGlobalID('Meeting', DEMO_IDS.conference) },
    );
    expect(JSON.stringify(response.data)).toMatch(PERSONAL);
  });
});
