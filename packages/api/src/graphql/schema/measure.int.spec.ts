import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectWritten, graphqlSpec } from '../../testing/graphql-spec.js';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { globalId, seeder } from './measure/testing.js';

let api: TestApi;
let seed: ReturnType<typeof seeder>;
let digital: string;
let arbeit: string;
beforeAll(async () => {
  api = await createTestApi();
  seed = seeder(api);
  digital = await seed.actionField('Digitalisierung in der mittelständischen Industrie');
  arbeit = await seed.actionField('Arbeit in der Industrie der Zukunft');
});
afterAll(() => api.close());

const MEASURE_FIELDS = `id version status statusLabel title owner description progress
  adoptedAt plannedStart plannedEnd startedAt
  adoptedFrom { id title status }
  actionFields { id title }
  milestones { milestoneId title dueDate reachedAt status statusLabel }`;

interface MeasureView {
  id: string;
  version: number;
  status: string;
  owner: string;
  progress: number;
  milestones: { milestoneId: string; title: string; dueDate: string; status: string }[];
}
type Payload<Name extends string> = Record<Name, { version: number; measure: MeasureView }>;

const mutation = (name: string, input: string) => `mutation Run($input: ${input}!) {
  ${name}(input: $input) { version replayed measure { ${MEASURE_FIELDS} } }
}`;
const REVISE = mutation('reviseMeasure', 'ReviseMeasureInput');
const START = mutation('startMeasure', 'StartMeasureInput');
const PROGRESS = mutation('reportMeasureProgress', 'ReportMeasureProgressInput');
const COMPLETE = mutation('completeMeasure', 'CompleteMeasureInput');
const STOP = mutation('stopMeasure', 'StopMeasureInput');
const PLAN = mutation('planMilestone', 'PlanMilestoneInput');
const RESCHEDULE = mutation('rescheduleMilestone', 'RescheduleMilestoneInput');
const REACH = mutation('reachMilestone', 'ReachMilestoneInput');
const NODE = `query Node($id: ID!, $asOf: DateTime) {
  node(id: $id, asOf: $asOf) { ... on Measure { ${MEASURE_FIELDS} } }
}`;

/** A fresh adopted measure in `digital`, by its global id. */
const adopted = async (title: string, options: { plannedStart?: string } = {}) => {
  const { measureId, recommendationId } = await seed.measure(title, {
    actionFieldIds: [digital],
    ...options,
  });
  return { id: globalId('Measure', measureId), recommendationId };
};

const { failing: refused } = graphqlSpec(() => api);

describe('a measure adopted from a recommendation', () => {
  it('reads back with its recommendation, action fields and an empty plan', async () => {
    const { id, recommendationId } = await adopted('Digitale Reifegradanalyse für KMU', {
      plannedStart: '2019-01-01',
    });
    const response = await api.gql(NODE, { id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toMatchObject({
      id,
      version: 1,
      status: 'planned',
      statusLabel: 'Geplant',
      title: 'Digitale Reifegradanalyse für KMU',
      owner: 'SMWA Referat 31',
      description: null,
      progress: 0,
      plannedStart: '2019-01-01',
      plannedEnd: null,
      startedAt: null,
      adoptedFrom: { id: globalId('Recommendation', recommendationId), status: 'adopted' },
      actionFields: [{ id: globalId('ActionField', digital) }],
      milestones: [],
    });
  });

  it('is listed with the filters for status, action field and text', async () => {
    await seed.measure('Weiterbildung in der Fertigung', { actionFieldIds: [arbeit] });
    const LIST = `query List($status: [String!], $actionField: ID, $search: String) {
      measures(first: 50, status: $status, actionField: $actionField, search: $search) {
        edges { node { title status } }
      }
    }`;
    const titles = async (variables: Record<string, unknown>) => {
      const response = await api.gql<{ measures: { edges: { node: { title: string } }[] } }>(
        LIST,
        variables,
      );
      expect(response.errors).toBeUndefined();
      return response.data?.measures.edges.map((edge) => edge.node.title);
    };
    expect(await titles({ actionField: globalId('ActionField', arbeit) })).toEqual([
      'Weiterbildung in der Fertigung',
    ]);
    expect(await titles({ search: 'Fertigung' })).toEqual(['Weiterbildung in der Fertigung']);
    expect(await titles({ status: ['completed'] })).toEqual([]);
    expect(await titles({ status: ['planned'] })).toContain('Weiterbildung in der Fertigung');
  });
});

describe('reviseMeasure', () => {
  it('changes only the fields given, keeps the old version for asOf and history', async () => {
    const { id } = await adopted('Transferstellen stärken');
    const beforeRevision = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const response = await api.gql<Payload<'reviseMeasure'>>(REVISE, {
      input: {
        id,
        expectedVersion: 1,
        owner: 'SMWK Referat 4',
        description: 'Zwei Transferstellen an Hochschulen.',
      },
    });
    expectWritten(response, 'reviseMeasure', 'measure', 2, {
      title: 'Transferstellen stärken',
      owner: 'SMWK Referat 4',
      description: 'Zwei Transferstellen an Hochschulen.',
    });
    const then = await api.gql(NODE, { id, asOf: beforeRevision });
    expect(then.data?.node).toMatchObject({ version: 1, owner: 'SMWA Referat 31' });
    const history = await api.gql(
      `query H($id: ID!) { node(id: $id) { ... on Measure {
        history { version type changes { field before after } } } } }`,
      { id },
    );
    expect(history.data?.node).toEqual({
      history: [
        expect.objectContaining({ version: 1, type: 'MeasurePlanned' }),
        {
          version: 2,
          type: 'MeasureRevised',
          changes: [
            { field: 'description', before: null, after: 'Zwei Transferstellen an Hochschulen.' },
            { field: 'owner', before: 'SMWA Referat 31', after: 'SMWK Referat 4' },
          ],
        },
      ],
    });
  });

  it('refuses bad input, unknown ids, stale versions and partners, writing nothing', async () => {
    const { id } = await adopted('Cross-Innovation fördern');
    const missing = await api.gql(REVISE, { input: { id, owner: 'x' } });
    expect(missing.errors?.[0]?.message).toMatch(/expectedVersion/);
    const wrongType = await api.gql(REVISE, { input: { id, expectedVersion: 'eins', owner: 'x' } });
    expect(wrongType.errors?.[0]?.message).toMatch(/Int/);
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, description: 'x'.repeat(20_001) }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, owner: 'SMWA Referat 31' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, plannedStart: 'bald' })).message,
    ).toMatch(/Date must be a calendar date/);
    expect(
      (
        await refused(REVISE, {
          id: globalId('Measure', 'gibt-es-nicht'),
          expectedVersion: 0,
          owner: 'x',
        })
      ).extensions,
    ).toMatchObject({ code: 'NOT_FOUND', field: 'measureId' });
    expect(
      (await refused(REVISE, { id, expectedVersion: 3, owner: 'SMWA Referat 32' })).extensions,
    ).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 1, expectedVersion: 3 } });
    expect(
      (await refused(REVISE, { id, expectedVersion: 1, owner: 'Partner' }, 'partner')).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await refused(REVISE, { id: globalId('Recommendation', 'x'), expectedVersion: 1 })).message,
    ).toMatch(/Measure/);
  });
});

describe('the lifecycle: startMeasure, reportMeasureProgress, completeMeasure, stopMeasure', () => {
  it('starts, reports progress and completes; the ministry may do it too', async () => {
    const { id } = await adopted('Digitalisierungsprämie');
    const started = await api.gql<Payload<'startMeasure'>>(START, {
      input: { id, expectedVersion: 1 },
    });
    expectWritten(started, 'startMeasure', 'measure', 2, {
      status: 'in_progress',
      statusLabel: 'In Umsetzung',
      startedAt: expect.any(String),
    });
    const reported = await api.gql<Payload<'reportMeasureProgress'>>(
      PROGRESS,
      { input: { id, expectedVersion: 2, progress: 40 } },
      { as: 'ministry' },
    );
    expectWritten(reported, 'reportMeasureProgress', 'measure', 3, {
      progress: 40,
      status: 'in_progress',
    });
    const completed = await api.gql<Payload<'completeMeasure'>>(COMPLETE, {
      input: { id, expectedVersion: 3 },
    });
    expectWritten(completed, 'completeMeasure', 'measure', 4, {
      status: 'completed',
      statusLabel: 'Abgeschlossen',
      progress: 40,
    });
    expect((await refused(START, { id, expectedVersion: 4 })).extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('refuses progress out of range or of the wrong type, and before the start', async () => {
    const { id } = await adopted('Innovationsgutscheine');
    expect(
      (await refused(PROGRESS, { id, expectedVersion: 1, progress: 10 })).extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await refused(COMPLETE, { id, expectedVersion: 1 })).extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await api.gql(START, { input: { id, expectedVersion: 1 } });
    expect(
      (await refused(PROGRESS, { id, expectedVersion: 2, progress: 101 })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'progress' });
    expect((await refused(PROGRESS, { id, expectedVersion: 2, progress: 'halb' })).message).toMatch(
      /Int/,
    );
    expect((await refused(PROGRESS, { id, expectedVersion: 2, progress: 1.5 })).message).toMatch(
      /Int/,
    );
    expect((await refused(PROGRESS, { id, expectedVersion: 2 })).message).toMatch(/progress/);
    expect(
      (await refused(PROGRESS, { id, expectedVersion: 2, progress: 50 }, 'partner')).extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('lets only the ministry stop a measure, and only with a reason', async () => {
    const { id } = await adopted('Modellfabrik');
    expect(
      (await refused(STOP, { id, expectedVersion: 1, reason: 'Kein Geld' })).extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused(STOP, { id, expectedVersion: 1 }, 'ministry')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const stopped = await api.gql<Payload<'stopMeasure'>>(
      STOP,
      { input: { id, expectedVersion: 1, reason: 'Die Förderung entfällt.' } },
      { as: 'ministry' },
    );
    expect(stopped.data?.stopMeasure.measure).toMatchObject({
      status: 'stopped',
      statusLabel: 'Gestoppt',
    });
    expect(
      (await refused(STOP, { id, expectedVersion: 2, reason: 'noch mal' }, 'ministry')).extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('milestones: planMilestone, rescheduleMilestone, reachMilestone', () => {
  it('plans, moves (with a reason) and reaches a milestone', async () => {
    const { id } = await adopted('Netzwerk Industrie 4.0');
    const planned = await api.gql<Payload<'planMilestone'>>(PLAN, {
      input: { id, expectedVersion: 1, title: 'Auftaktveranstaltung', dueDate: '2030-03-01' },
    });
    expect(planned.errors).toBeUndefined();
    const [milestone] = planned.data?.planMilestone.measure.milestones ?? [];
    expect(milestone).toEqual({
      milestoneId: expect.any(String),
      title: 'Auftaktveranstaltung',
      dueDate: '2030-03-01',
      reachedAt: null,
      status: 'OPEN',
      statusLabel: 'Offen',
    });
    const milestoneId = milestone?.milestoneId;
    expect(
      (await refused(RESCHEDULE, { id, expectedVersion: 2, milestoneId, dueDate: '2030-06-01' }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const moved = await api.gql<Payload<'rescheduleMilestone'>>(RESCHEDULE, {
      input: { id, expectedVersion: 2, milestoneId, dueDate: '2030-06-01', reason: 'Später.' },
    });
    expect(moved.data?.rescheduleMilestone.measure.milestones).toMatchObject([
      { milestoneId, dueDate: '2030-06-01' },
    ]);
    // Evidence before done: nothing counts as reached on say-so.
    expect(
      (await refused(REACH, { id, expectedVersion: 3, milestoneId })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    const reached = await api.gql<Payload<'reachMilestone'>>(
      REACH,
      {
        input: {
          id,
          expectedVersion: 3,
          milestoneId,
          evidence: [{ document: 'Abnahmeprotokoll der Pilotphase' }],
        },
      },
      { as: 'ministry' },
    );
    expect(reached.data?.reachMilestone).toMatchObject({
      version: 4,
      measure: {
        milestones: [{ milestoneId, status: 'REACHED', statusLabel: 'Erreicht' }],
      },
    });
    expect(reached.data?.reachMilestone.measure.milestones[0]).toHaveProperty(
      'reachedAt',
      expect.any(String),
    );
    expect(
      (await refused(REACH, { id, expectedVersion: 4, milestoneId })).extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION', field: 'milestoneId' });
    expect(
      (
        await refused(RESCHEDULE, {
          id,
          expectedVersion: 4,
          milestoneId,
          dueDate: '2030-09-01',
          reason: 'x',
        })
      ).extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('refuses bad milestones, unknown ones, stale versions and partners', async () => {
    const { id } = await adopted('Fachkräftesicherung');
    const plan = { id, expectedVersion: 1, title: 'Studie', dueDate: '2029-01-01' };
    expect(
      (await refused(PLAN, { id, expectedVersion: 1, dueDate: '2029-01-01' })).message,
    ).toMatch(/title/);
    expect((await refused(PLAN, { ...plan, dueDate: 'nächstes Jahr' })).message).toMatch(
      /Date must be a calendar date/,
    );
    expect((await refused(PLAN, { ...plan, title: 'x'.repeat(201) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect((await refused(PLAN, { ...plan, dueDate: '2001-01-01' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueDate',
    });
    expect((await refused(PLAN, { ...plan, expectedVersion: 0 })).extensions).toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 1 },
    });
    expect((await refused(PLAN, plan, 'partner')).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await refused(PLAN, { ...plan, id: globalId('Measure', 'nirgends'), expectedVersion: 0 }))
        .extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await refused(REACH, { id, expectedVersion: 1, milestoneId: 'unbekannt' })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
    expect(
      (
        await refused(RESCHEDULE, {
          id,
          expectedVersion: 1,
          milestoneId: 'unbekannt',
          dueDate: '2030-01-01',
          reason: 'x',
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
    expect((await refused(REACH, { id, expectedVersion: 1 })).message).toMatch(/milestoneId/);
  });
});
