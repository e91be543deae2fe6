import { DEFAULT_PROCESS_SLUG, DEMO_IDS } from '@fahrplan/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_LISTS } from '../../testing/demo-items.js';
import { createDemoApi, type TestApi } from '../../testing/test-api.js';

let api: TestApi;
const FK = 'fachkraefte-2030';
const FK_ID = encodeGlobalID('Process', DEMO_IDS.processes.fachkraefte);

beforeAll(async () => {
  api = await createDemoApi();
  // The feed serves sealed events only (on PostgreSQL the sealer runs after commit).
  await api.store.seal();
});
afterAll(() => api.close());

const PROCESS = `query($slug: String!) {
  process(slug: $slug) {
    id slug title state status commissionedBy runBy
    phases { phaseId title status plannedStart plannedEnd startedOn closedOn }
    currentPhase { phaseId }
    figures { actionFields meetings suggestions recommendations guidelines projectIdeas measures }
  }
}`;

interface ProcessData {
  process: {
    slug: string;
    state: string;
    phases: { phaseId: string; status: string; closedOn: string | null }[];
    currentPhase: { phaseId: string } | null;
    figures: Record<string, number>;
  };
}

describe('processes and process(slug)', () => {
  it('lists both processes of the demo, for partners and anonymous callers too', async () => {
    for (const as of ['team', 'anonymous'] as const) {
      const { data } = await api.gql<{
        processes: { totalCount: number; edges: { node: { slug: string } }[] };
      }>('{ processes { totalCount edges { node { slug } } } }', {}, { as });
      expect(data?.processes.edges.map((edge) => edge.node.slug).sort()).toEqual([
        FK,
        DEFAULT_PROCESS_SLUG,
      ]);
    }
  });

  it('gives the StrategieWerkstatt its phases from the 2016 analysis to implementation', async () => {
    const { data, errors } = await api.gql<ProcessData>(PROCESS, { slug: DEFAULT_PROCESS_SLUG });
    expect(errors).toBeUndefined();
    expect(data?.process).toMatchObject({
      state: 'running',
      currentPhase: { phaseId: DEMO_IDS.phases.umsetzung },
    });
    expect(data?.process.phases.map((phase) => phase.status)).toEqual([
      'closed',
      'closed',
      'closed',
      'closed',
      'closed',
      'running',
    ]);
    expect(data?.process.phases[0]).toMatchObject({
      phaseId: DEMO_IDS.phases.analyse,
      closedOn: '2016-07-12',
    });
    expect(data?.process.figures).toMatchObject({
      actionFields: 4,
      meetings: 12,
      measures: 1,
      projectIdeas: 2,
    });
  });

  it('counts the second process’s own items', async () => {
    const { data } = await api.gql<ProcessData>(PROCESS, { slug: FK });
    expect(data?.process.figures).toEqual({
      actionFields: 1,
      meetings: 1,
      suggestions: 1,
      recommendations: 1,
      guidelines: 0,
      projectIdeas: 0,
      measures: 0,
    });
  });

  it('answers an unknown slug with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await api.gql(PROCESS, { slug: 'gibt-es-nicht' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'slug' });
    const malformed = await api.gql(PROCESS, { slug: 'Kein Kurzname!' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'slug',
    });
  });
});

describe('the process filter', () => {
  const count = async (list: string, process?: string) => {
    const query =
      process === undefined
        ? `{ ${list} { totalCount } }`
        : `query($process: String) { ${list}(process: $process) { totalCount } }`;
    const { data, errors } = await api.gql<Record<string, { totalCount: number }>>(
      query,
      process === undefined ? {} : { process },
    );
    expect(errors).toBeUndefined();
    return data?.[list]?.totalCount ?? -1;
  };

  it.each(ITEM_LISTS.map(([list]) => list))(
    'splits %s between the processes; without it every process is read',
    async (list) => {
      const all = await count(list);
      const werkstatt = await count(list, DEFAULT_PROCESS_SLUG);
      const fachkraefte = await count(list, FK_ID);
      expect(werkstatt + fachkraefte).toBe(all);
      expect(werkstatt).toBeGreaterThan(0);
      expect(werkstatt).toBeLessThanOrEqual(all);
    },
  );

  it('refuses an unknown process with NOT_FOUND and garbage with BAD_USER_INPUT', async () => {
    const unknown = await api.gql('{ meetings(process: "gibt-es-nicht") { totalCount } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'process' });
    const other = encodeGlobalID('Meeting', DEMO_IDS.conference);
    const wrongKind = await api.gql(`{ meetings(process: "${other}") { totalCount } }`);
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'process',
    });
  });

  it('filters search', async () => {
    const { data } = await api.gql<{
      all: { totalCount: number };
      fk: { edges: { node: { process?: { slug: string }; slug?: string } }[] };
    }>(`{
      all: search(query: "Fachkräfte") { totalCount }
      fk: search(query: "Fachkräfte", process: "${FK}") {
        edges { node { ... on Recommendation { process { slug } } ... on Suggestion { process { slug } } ... on ActionField { process { slug } } ... on Meeting { process { slug } } ... on Process { slug } } }
      }
    }`);
    const slugs = data?.fk.edges.map((edge) => edge.node.process?.slug ?? edge.node.slug) ?? [];
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.length).toBeLessThan(data?.all.totalCount ?? 0);
    expect(new Set(slugs)).toEqual(new Set([FK]));
  });

  it('filters the roadmap, the feed and changes', async () => {
    const { data, errors } = await api.gql<{
      roadmap: { lanes: { actionField: { title: string } | null }[] };
      events: { totalCount: number };
      all: { totalCount: number };
      changes: { item: { __typename: string } }[];
    }>(
      `query($p: String) {
        roadmap(process: $p) { lanes { actionField { title } } }
        events(process: $p) { totalCount }
        all: events { totalCount }
        changes(since: "2019-01-01T00:00:00Z", basis: OCCURRED, process: $p) { item { __typename } }
      }`,
      { p: FK },
    );
    expect(errors).toBeUndefined();
    expect(data?.roadmap.lanes.map((lane) => lane.actionField?.title)).toEqual([
      'Fachkräfte gewinnen und halten',
    ]);
    expect(data?.events.totalCount).toBeGreaterThan(10);
    expect(data?.events.totalCount).toBeLessThan(data?.all.totalCount ?? 0);
    const kinds = new Set(data?.changes.map((change) => change.item.__typename));
    expect(kinds).toEqual(
      new Set(['Process', 'ActionField', 'Meeting', 'Suggestion', 'Recommendation']),
    );
  });
});

describe('items in their process', () => {
  it('places a meeting and a suggestion in the phase their day fell in', async () => {
    const { data } = await api.gql<{
      conference: { process: { slug: string }; phase: { phaseId: string } };
      forum: { process: { slug: string }; phase: { phaseId: string } };
      suggestion: { phase: { phaseId: string } };
    }>(
      `query($conference: ID!, $forum: ID!, $suggestion: ID!) {
        conference: node(id: $conference) { ... on Meeting { process { slug } phase { phaseId } } }
        forum: node(id: $forum) { ... on Meeting { process { slug } phase { phaseId } } }
        suggestion: node(id: $suggestion) { ... on Suggestion { phase { phaseId } } }
      }`,
      {
        conference: encodeGlobalID('Meeting', DEMO_IDS.conference),
        forum: encodeGlobalID('Meeting', DEMO_IDS.fachkraefte.forum),
        suggestion: encodeGlobalID('Suggestion', DEMO_IDS.suggestions.fachkraefte),
      },
    );
    expect(data?.conference).toEqual({
      process: { slug: DEFAULT_PROCESS_SLUG },
      phase: { phaseId: DEMO_IDS.phases.dialog },
    });
    expect(data?.forum).toEqual({
      process: { slug: FK },
      phase: { phaseId: DEMO_IDS.phases.foren },
    });
    expect(data?.suggestion.phase.phaseId).toBe(DEMO_IDS.phases.dialog);
  });

  it('shows provenance crossing from the StrategieWerkstatt into the skilled-labour strategy', async () => {
    const { data } = await api.gql<{
      node: {
        provenance: {
          nodes: { id: string; process: { slug: string } | null }[];
          edges: { source: string; crossesProcesses: boolean }[];
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Recommendation {
        provenance(direction: UPSTREAM, depth: 1) {
          nodes { id process { slug } } edges { source crossesProcesses } } } } }`,
      { id: encodeGlobalID('Recommendation', DEMO_IDS.fachkraefte.recommendation) },
    );
    const fromWerkstatt = encodeGlobalID('Suggestion', DEMO_IDS.suggestions.fachkraefte);
    const fromForum = encodeGlobalID('Suggestion', DEMO_IDS.fachkraefte.suggestion);
    const edges = data?.node.provenance.edges ?? [];
    expect(edges.find((edge) => edge.source === fromWerkstatt)?.crossesProcesses).toBe(true);
    expect(edges.find((edge) => edge.source === fromForum)?.crossesProcesses).toBe(false);
    expect(data?.node.provenance.nodes.find((node) => node.id === fromWerkstatt)?.process).toEqual({
      slug: DEFAULT_PROCESS_SLUG,
    });
  });
});

describe('changing processes', () => {
  const DEFINE = `mutation($input: DefineProcessInput!) {
    defineProcess(input: $input) { process { id slug state } } }`;
  const input = (slug: string) => ({
    slug,
    title: 'Digitalstrategie Sachsen',
    description: 'Erfunden, für den Test.',
    commissionedBy: 'SMWA',
    runBy: 'Geschäftsstelle',
  });

  it('lets the ministry define one, and refuses a slug in use, a bad slug and the team', async () => {
    const made = await api.gql<{ defineProcess: { process: { id: string; state: string } } }>(
      DEFINE,
      { input: input('digital-2030') },
      { as: 'ministry' },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data?.defineProcess.process.state).toBe('planned');
    const again = await api.gql(DEFINE, { input: input('digital-2030') }, { as: 'ministry' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const bad = await api.gql(DEFINE, { input: input('Digital 2030') }, { as: 'ministry' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    const team = await api.gql(DEFINE, { input: input('digital-2031') }, { as: 'team' });
    expect(team.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('plans phases with calendar dates and refuses an end before the start', async () => {
    const PLAN = `mutation($input: PlanProcessPhaseInput!) {
      planProcessPhase(input: $input) { process { phases { phaseId plannedEnd } } version } }`;
    const base = {
      id: FK_ID,
      expectedVersion: 0,
      phaseId: 'ph-fk-umsetzung',
      title: 'Umsetzung',
      plannedStart: '2021-01-01',
    };
    const { data: now } = await api.gql<{ process: { version: number } }>(
      `{ process(slug: "${FK}") { version } }`,
    );
    const expectedVersion = now?.process.version ?? 0;
    const wrong = await api.gql(PLAN, {
      input: { ...base, expectedVersion, plannedEnd: '2020-01-01' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'plannedEnd',
    });
    const planned = await api.gql<{
      planProcessPhase: { process: { phases: { phaseId: string }[] } };
    }>(PLAN, { input: { ...base, expectedVersion } });
    expect(planned.errors).toBeUndefined();
    expect(planned.data?.planProcessPhase.process.phases.at(-1)?.phaseId).toBe('ph-fk-umsetzung');
  });

  it('defines an action field in a named process, and refuses one that does not exist', async () => {
    const DEFINE_FIELD = `mutation($input: DefineActionFieldInput!) {
      defineActionField(input: $input) { actionField { process { slug } } } }`;
    const field = {
      key: 'fachkraefte-halten',
      title: 'Fachkräfte halten',
      description: 'Bindung.',
    };
    const made = await api.gql<{
      defineActionField: { actionField: { process: { slug: string } } };
    }>(DEFINE_FIELD, { input: { ...field, process: FK_ID } });
    expect(made.data?.defineActionField.actionField.process.slug).toBe(FK);
    const unknown = await api.gql(DEFINE_FIELD, {
      input: { ...field, process: encodeGlobalID('Process', 'sp-gibt-es-nicht') },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'processId',
    });
    const plain = await api.gql<{
      defineActionField: { actionField: { process: { slug: string } } };
    }>(DEFINE_FIELD, { input: { ...field, key: 'ohne-prozess' } });
    expect(plain.data?.defineActionField.actionField.process.slug).toBe(DEFAULT_PROCESS_SLUG);
  });
});
