import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlSpec } from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { globalId, seeder } from './measure/testing.js';

let api: TestApi;
let seed: ReturnType<typeof seeder>;
let digital: string;
let kooperation: string;
let suggestion: string;
let meeting: string;
let recommendation: string;
beforeAll(async () => {
  api = await createTestApi();
  seed = seeder(api);
  digital = await seed.actionField('Digitalisierung in der mittelständischen Industrie');
  kooperation = await seed.actionField('Kooperationen und Cross-Innovationen');
  suggestion = await seed.suggestion('Ein Reallabor für vernetzte Fertigung in Chemnitz.');
  meeting = await seed.meeting('Workshop Industrie 4.0');
  recommendation = await seed.recommendation('Reallabore fördern', [digital]);
});
afterAll(() => api.close());

const IDEA_FIELDS = `id version status statusLabel title body plannedStart plannedEnd proposedAt
  actionFields { id title }
  originatesFrom { __typename id title }
  partners { partnerId name sector role roleLabel }
  milestones { milestoneId title dueDate reachedAt status statusLabel }`;

interface IdeaView {
  id: string;
  version: number;
  status: string;
  partners: { partnerId: string; name: string }[];
  milestones: { milestoneId: string; title: string; status: string; reachedAt: string | null }[];
  originatesFrom: { __typename: string; id: string }[];
}
type Payload<Name extends string> = Record<Name, { version: number; projectIdea: IdeaView }>;

const mutation = (
  name: string,
) => `mutation Run($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) {
  ${name}(input: $input) { version replayed projectIdea { ${IDEA_FIELDS} } }
}`;
const PROPOSE = mutation('proposeProjectIdea');
const REVISE = mutation('reviseProjectIdea');
const PREPARE = mutation('startProjectPreparation');
const LAUNCH = mutation('launchProject');
const COMPLETE = mutation('completeProject');
const DISCONTINUE = mutation('discontinueProject');
const JOIN = mutation('joinPartner');
const LEAVE = mutation('leavePartner');
const LINK = mutation('linkOrigin');
const UNLINK = mutation('unlinkOrigin');
const PLAN = mutation('planProjectMilestone');
const REACH = mutation('reachProjectMilestone');
const NODE = `query Node($id: ID!, $asOf: DateTime) {
  node(id: $id, asOf: $asOf) { ... on ProjectIdea { ${IDEA_FIELDS} } }
}`;

const reallabor = {
  title: 'Reallabor vernetzte Fertigung',
  body: 'Ein Reallabor, in dem KMU vernetzte Fertigung erproben.',
};

/** Proposes an idea and returns its global id. */
const proposed = async (input: Record<string, unknown> = {}) => {
  const response = await api.gql<Payload<'proposeProjectIdea'>>(PROPOSE, {
    input: { ...reallabor, ...input },
  });
  expect(response.errors).toBeUndefined();
  const id = response.data?.proposeProjectIdea.projectIdea.id;
  if (!id) throw new Error('no project idea');
  return id;
};

const { failing: refused } = graphqlSpec(() => api);

describe('proposeProjectIdea', () => {
  it('creates an idea from its origins, taking up the suggestion, and reads it back', async () => {
    const response = await api.gql<Payload<'proposeProjectIdea'>>(PROPOSE, {
      input: {
        ...reallabor,
        actionFields: [globalId('ActionField', digital)],
        originatesFrom: [globalId('Suggestion', suggestion), globalId('Meeting', meeting)],
        plannedStart: '2018-01-01',
        plannedEnd: '2020-12-31',
      },
    });
    expect(response.errors).toBeUndefined();
    const payload = response.data?.proposeProjectIdea;
    expect(payload).toMatchObject({
      version: 1,
      replayed: false,
      projectIdea: {
        ...reallabor,
        version: 1,
        status: 'idea',
        statusLabel: 'Idee',
        plannedStart: '2018-01-01',
        plannedEnd: '2020-12-31',
        actionFields: [{ id: globalId('ActionField', digital) }],
        originatesFrom: [
          { __typename: 'Suggestion', id: globalId('Suggestion', suggestion) },
          {
            __typename: 'Meeting',
            id: globalId('Meeting', meeting),
            title: 'Workshop Industrie 4.0',
          },
        ],
        partners: [],
        milestones: [],
      },
    });
    const id = payload?.projectIdea.id;
    const read = await api.gql(NODE, { id });
    expect(read.data?.node).toEqual(payload?.projectIdea);
    const taken = await api.gql(
      `query S($id: ID!) { node(id: $id) { ... on Suggestion { status } } }`,
      {
        id: globalId('Suggestion', suggestion),
      },
    );
    expect(taken.data?.node).toEqual({ status: 'taken_up' });
  });

  it('refuses bad input, unknown references and other roles, writing nothing', async () => {
    const missing = await api.gql(PROPOSE, { input: { title: 'Ohne Text' } });
    expect(missing.errors?.[0]?.message).toMatch(/body/);
    expect(missing.data).toBeUndefined();
    expect(
      (await refused(PROPOSE, { ...reallabor, title: 'x'.repeat(201) })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await refused(PROPOSE, { ...reallabor, title: 42 })).message).toMatch(/String/);
    expect(
      (await refused(PROPOSE, { ...reallabor, originatesFrom: [globalId('ActionField', digital)] }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'originatesFrom.0' });
    expect(
      (
        await refused(PROPOSE, {
          ...reallabor,
          originatesFrom: [globalId('Suggestion', 'gibt-es-nicht')],
        })
      ).extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'originatesFrom.0.id' });
    expect(
      (await refused(PROPOSE, { ...reallabor, actionFields: [globalId('ActionField', 'nope')] }))
        .extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'actionFieldIds.0' });
    expect(
      (
        await refused(PROPOSE, {
          ...reallabor,
          plannedStart: '2020-01-01',
          plannedEnd: '2019-01-01',
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedEnd' });
    expect((await refused(PROPOSE, { ...reallabor, plannedStart: 'demnächst' })).message).toMatch(
      /Date must be a calendar date/,
    );
    expect((await refused(PROPOSE, reallabor, 'partner')).extensions?.code).toBe('FORBIDDEN');
    expect((await refused(PROPOSE, reallabor, 'ministry')).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reviseProjectIdea', () => {
  it('changes the fields given; history and asOf show before and after', async () => {
    const id = await proposed({ actionFields: [globalId('ActionField', digital)] });
    const beforeRevision = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const revised = await api.gql<Payload<'reviseProjectIdea'>>(REVISE, {
      input: {
        id,
        expectedVersion: 1,
        title: 'Reallabor Fertigung 4.0',
        actionFields: [globalId('ActionField', kooperation)],
      },
    });
    expect(revised.data?.reviseProjectIdea).toMatchObject({
      version: 2,
      projectIdea: {
        title: 'Reallabor Fertigung 4.0',
        body: reallabor.body,
        actionFields: [{ id: globalId('ActionField', kooperation) }],
      },
    });
    const then = await api.gql(NODE, { id, asOf: beforeRevision });
    expect(then.data?.node).toMatchObject({
      version: 1,
      title: reallabor.title,
      actionFields: [{ id: globalId('ActionField', digital) }],
    });
    const history = await api.gql<{
      node: {
        history: { type: string; changes: { field: string; before: unknown; after: unknown }[] }[];
      };
    }>(
      `query H($id: ID!) { node(id: $id) { ... on ProjectIdea {
        history { type changes { field before after } } } } }`,
      { id },
    );
    expect(history.data?.node.history.map((entry) => entry.type)).toEqual([
      'ProjectIdeaProposed',
      'ProjectIdeaRevised',
    ]);
    expect(history.data?.node.history[1]?.changes).toEqual([
      { field: 'actionFieldIds', before: [digital], after: [kooperation] },
      { field: 'title', before: reallabor.title, after: 'Reallabor Fertigung 4.0' },
    ]);
  });

  it('refuses stale versions, unknown ids, no change and oversized text', async () => {
    const id = await proposed();
    expect(
      (await refused(REVISE, { id, expectedVersion: 2, body: 'neu' })).extensions,
    ).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 1, expectedVersion: 2 } });
    expect(
      (
        await refused(REVISE, {
          id: globalId('ProjectIdea', 'nope'),
          expectedVersion: 0,
          body: 'x',
        })
      ).extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'projectIdeaId' });
    expect((await refused(REVISE, { id, expectedVersion: 1, ...reallabor })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, body: 'x'.repeat(20_001) })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, body: 'x' }, 'partner')).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await refused(REVISE, { id, body: 'x' })).message).toMatch(/expectedVersion/);
  });
});

describe('the lifecycle', () => {
  it('runs idea → in_preparation → running → completed, and no step twice', async () => {
    const id = await proposed();
    expect((await refused(LAUNCH, { id, expectedVersion: 1 })).extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const steps = [
      [PREPARE, 'startProjectPreparation', 'in_preparation', 'In Vorbereitung'],
      [LAUNCH, 'launchProject', 'running', 'Laufend'],
      [COMPLETE, 'completeProject', 'completed', 'Abgeschlossen'],
    ] as const;
    for (const [index, [query, name, status, statusLabel]] of steps.entries()) {
      const response = await api.gql<Payload<typeof name>>(query, {
        input: { id, expectedVersion: index + 1 },
      });
      expect(response.data?.[name]).toMatchObject({
        version: index + 2,
        projectIdea: { status, statusLabel },
      });
    }
    expect((await refused(COMPLETE, { id, expectedVersion: 4 })).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (await refused(DISCONTINUE, { id, expectedVersion: 4, reason: 'x' })).extensions?.code,
    ).toBe('INVALID_TRANSITION');
    expect(
      (await refused(JOIN, { id, expectedVersion: 4, name: 'IHK', sector: 'INDUSTRY' })).extensions
        ?.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('discontinues only with a reason, and not for partners or stale versions', async () => {
    const id = await proposed();
    expect((await refused(DISCONTINUE, { id, expectedVersion: 1 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(
      (await refused(DISCONTINUE, { id, expectedVersion: 1, reason: 'x' }, 'partner')).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await refused(PREPARE, { id, expectedVersion: 7 })).extensions?.code).toBe('CONFLICT');
    expect(
      (await refused(PREPARE, { id: globalId('ProjectIdea', 'nope'), expectedVersion: 0 }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    const response = await api.gql<Payload<'discontinueProject'>>(DISCONTINUE, {
      input: { id, expectedVersion: 1, reason: 'Keine Partner gefunden.' },
    });
    expect(response.data?.discontinueProject.projectIdea).toMatchObject({
      status: 'discontinued',
      statusLabel: 'Eingestellt',
    });
  });
});

describe('partners: joinPartner, leavePartner', () => {
  it('lets partners join with a new id and leave with a reason', async () => {
    const id = await proposed();
    const joined = await api.gql<Payload<'joinPartner'>>(JOIN, {
      input: { id, expectedVersion: 1, name: 'TU Chemnitz', sector: 'SCIENCE', role: 'LEAD' },
    });
    expect(joined.errors).toBeUndefined();
    const second = await api.gql<Payload<'joinPartner'>>(JOIN, {
      input: { id, expectedVersion: 2, name: 'IHK Chemnitz', sector: 'INDUSTRY' },
    });
    const partners = second.data?.joinPartner.projectIdea.partners;
    expect(partners).toEqual([
      {
        partnerId: expect.any(String),
        name: 'TU Chemnitz',
        sector: 'SCIENCE',
        role: 'LEAD',
        roleLabel: 'Konsortialführung',
      },
      {
        partnerId: expect.any(String),
        name: 'IHK Chemnitz',
        sector: 'INDUSTRY',
        role: null,
        roleLabel: null,
      },
    ]);
    const partnerId = partners?.[0]?.partnerId;
    expect((await refused(LEAVE, { id, expectedVersion: 3, partnerId })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const left = await api.gql<Payload<'leavePartner'>>(LEAVE, {
      input: { id, expectedVersion: 3, partnerId, reason: 'Kapazität fehlt.' },
    });
    expect(left.data?.leavePartner).toMatchObject({
      version: 4,
      projectIdea: { partners: [{ name: 'IHK Chemnitz' }] },
    });
  });

  it('refuses bad partners and unknown ones, writing nothing', async () => {
    const id = await proposed();
    const join = { id, expectedVersion: 1, name: 'Fraunhofer IWU', sector: 'SCIENCE' };
    expect((await refused(JOIN, { ...join, sector: 'MARS' })).message).toMatch(/Sector/);
    expect((await refused(JOIN, { ...join, role: 'BOSS' })).message).toMatch(/PartnerRole/);
    expect((await refused(JOIN, { id, expectedVersion: 1, name: 'x' })).message).toMatch(/sector/);
    expect((await refused(JOIN, { ...join, name: 'x'.repeat(201) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partner.name',
    });
    expect((await refused(JOIN, join, 'partner')).extensions?.code).toBe('FORBIDDEN');
    expect((await refused(JOIN, { ...join, expectedVersion: 5 })).extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await refused(LEAVE, { id, expectedVersion: 1, partnerId: 'niemand', reason: 'x' }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
  });
});

describe('origins: linkOrigin, unlinkOrigin', () => {
  it('links a recommendation and unlinks it with a reason', async () => {
    const id = await proposed();
    const origin = globalId('Recommendation', recommendation);
    const linked = await api.gql<Payload<'linkOrigin'>>(LINK, {
      input: { id, expectedVersion: 1, origin },
    });
    expect(linked.data?.linkOrigin).toMatchObject({
      version: 2,
      projectIdea: { originatesFrom: [{ __typename: 'Recommendation', id: origin }] },
    });
    expect((await refused(LINK, { id, expectedVersion: 2, origin })).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'origin',
    });
    expect((await refused(UNLINK, { id, expectedVersion: 2, origin })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const unlinked = await api.gql<Payload<'unlinkOrigin'>>(UNLINK, {
      input: { id, expectedVersion: 2, origin, reason: 'Falsch zugeordnet.' },
    });
    expect(unlinked.data?.unlinkOrigin).toMatchObject({
      version: 3,
      projectIdea: { originatesFrom: [] },
    });
    expect(
      (await refused(UNLINK, { id, expectedVersion: 3, origin, reason: 'noch mal' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'origin' });
  });

  it('refuses origins of another kind, unknown ones, malformed ids and partners', async () => {
    const id = await proposed();
    const link = { id, expectedVersion: 1, origin: globalId('Meeting', meeting) };
    expect(
      (await refused(LINK, { ...link, origin: globalId('ActionField', digital) })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'origin' });
    expect((await refused(UNLINK, { ...link, origin: id, reason: 'x' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'origin',
    });
    expect(
      (await refused(LINK, { ...link, origin: globalId('Meeting', 'nirgends') })).extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'origin.id' });
    expect((await refused(LINK, { ...link, origin: 'kaputt' })).message).toMatch(/ID/i);
    expect((await refused(LINK, { id, expectedVersion: 1 })).message).toMatch(/origin/);
    expect((await refused(LINK, link, 'partner')).extensions?.code).toBe('FORBIDDEN');
    expect((await refused(LINK, { ...link, expectedVersion: 0 })).extensions?.code).toBe(
      'CONFLICT',
    );
  });
});

describe('milestones: planProjectMilestone, reachProjectMilestone', () => {
  it('plans a milestone with a new id and reaches it once', async () => {
    const id = await proposed();
    const planned = await api.gql<Payload<'planProjectMilestone'>>(PLAN, {
      input: { id, expectedVersion: 1, title: 'Demonstrator steht', dueDate: '2021-06-30' },
    });
    const [milestone] = planned.data?.planProjectMilestone.projectIdea.milestones ?? [];
    expect(milestone).toEqual({
      milestoneId: expect.any(String),
      title: 'Demonstrator steht',
      dueDate: '2021-06-30',
      reachedAt: null,
      status: 'OPEN',
      statusLabel: 'Offen',
    });
    const milestoneId = milestone?.milestoneId;
    const reached = await api.gql<Payload<'reachProjectMilestone'>>(
      REACH,
      { input: { id, expectedVersion: 2, milestoneId, occurredAt: '2021-06-15' } },
      { language: 'en' },
    );
    expect(reached.data?.reachProjectMilestone.projectIdea.milestones).toEqual([
      {
        ...milestone,
        reachedAt: '2021-06-15T00:00:00.000Z',
        status: 'REACHED',
        statusLabel: 'Reached',
      },
    ]);
    expect(
      (await refused(REACH, { id, expectedVersion: 3, milestoneId })).extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'milestoneId',
    });
  });

  it('refuses bad milestones, unknown ones and partners, writing nothing', async () => {
    const id = await proposed();
    const plan = { id, expectedVersion: 1, title: 'Abschlussbericht', dueDate: '2022-01-01' };
    expect((await refused(PLAN, { id, expectedVersion: 1, title: 'x' })).message).toMatch(
      /dueDate/,
    );
    expect((await refused(PLAN, { ...plan, dueDate: 'irgendwann' })).message).toMatch(
      /Date must be a calendar date/,
    );
    expect((await refused(PLAN, { ...plan, title: 'x'.repeat(201) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect((await refused(PLAN, plan, 'partner')).extensions?.code).toBe('FORBIDDEN');
    expect((await refused(PLAN, { ...plan, expectedVersion: 2 })).extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await refused(REACH, { id, expectedVersion: 1, milestoneId: 'unbekannt' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
    expect(
      (
        await refused(REACH, {
          id: globalId('ProjectIdea', 'nope'),
          expectedVersion: 0,
          milestoneId: 'x',
        })
      ).extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('projectIdeas', () => {
  it('lists by status, action field, text, and as of a moment', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const id = await proposed({
      title: 'Kooperationsbörse Erzgebirge',
      body: 'Eine Börse für Kooperationen zwischen Hochschulen und Betrieben.',
      actionFields: [globalId('ActionField', kooperation)],
    });
    await api.gql(PREPARE, { input: { id, expectedVersion: 1 } });
    const LIST = `query List($status: [String!], $actionField: ID, $search: String, $asOf: DateTime) {
      projectIdeas(first: 50, status: $status, actionField: $actionField, search: $search, asOf: $asOf) {
        edges { node { title status } }
      }
    }`;
    const list = async (variables: Record<string, unknown>) => {
      const response = await api.gql<{ projectIdeas: { edges: { node: unknown }[] } }>(
        LIST,
        variables,
      );
      expect(response.errors).toBeUndefined();
      return response.data?.projectIdeas.edges.map((edge) => edge.node);
    };
    const kooperationsboerse = { title: 'Kooperationsbörse Erzgebirge', status: 'in_preparation' };
    expect(await list({ status: ['in_preparation'] })).toEqual([kooperationsboerse]);
    expect(
      await list({ actionField: globalId('ActionField', kooperation), status: ['in_preparation'] }),
    ).toEqual([kooperationsboerse]);
    expect(await list({ search: 'Hochschulen Börse' })).toEqual([kooperationsboerse]);
    expect(await list({ search: 'Hochschulen', asOf: before })).toEqual([]);
  });
});
