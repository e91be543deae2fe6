import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../testing/test-api.js';
import { globalId, seeder } from './measure/testing.js';

const ROADMAP = `query Roadmap($asOf: DateTime, $asOfBasis: TimeBasis, $actionField: ID, $until: Date) {
  roadmap(asOf: $asOf, asOfBasis: $asOfBasis, actionField: $actionField, until: $until) {
    until asOf
    lanes {
      actionField { title }
      measures { title }
      projectIdeas { title }
      milestones { title dueDate status item { __typename title } }
    }
  }
}`;

interface Lane {
  actionField: { title: string } | null;
  measures: { title: string }[];
  projectIdeas: { title: string }[];
  milestones: { title: string; dueDate: string; status: string; item: { title: string } }[];
}
interface RoadmapData {
  roadmap: { until: string; asOf: string | null; lanes: Lane[] };
}

const ARBEIT = 'Arbeit in der Industrie der Zukunft';
const DIGITAL = 'Digitalisierung in der mittelständischen Industrie';
const EARLY = { occurredAt: '2016-01-01' };

let api: TestApi;
let digital: string;
let beforeAdoption: string;

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  api = await createTestApi();
  const seed = seeder(api);
  const arbeit = await seed.actionField(ARBEIT, EARLY);
  digital = await seed.actionField(DIGITAL, EARLY);
  const retired = await seed.actionField('Ein verworfenes Handlungsfeld');
  await seed.run('RetireActionField', { actionFieldId: retired }, { reason: 'Zusammengelegt.' });

  const idea = async (title: string, actionFieldIds: string[], plannedStart: string) => {
    const projectIdeaId = randomUUID();
    const data = { projectIdeaId, title, body: title, actionFieldIds, plannedStart };
    await seed.run('ProposeProjectIdea', data, { occurredAt: '2017-05-01' });
    return projectIdeaId;
  };
  const reallabor = await idea('Reallabor Fertigung', [digital, arbeit], '2018-01-01');
  for (const [title, dueDate] of [
    ['Demonstrator steht', '2022-05-01'],
    ['Konsortium steht', '2019-01-01'],
  ] as const) {
    const milestone = { projectIdeaId: reallabor, milestoneId: randomUUID(), title, dueDate };
    await seed.run('PlanProjectMilestone', milestone, { occurredAt: '2017-06-01' });
  }
  await idea('Zukunftswerkstatt 2032', [arbeit], '2032-01-01');
  await idea('Ohne Handlungsfeld', [], '2020-01-01');

  await pause();
  beforeAdoption = new Date().toISOString();
  await pause();

  const { measureId } = await seed.measure('Digitalisierungsprämie', {
    actionFieldIds: [digital],
    occurredAt: '2019-06-01',
    plannedStart: '2019-07-01',
  });
  for (const [title, dueDate] of [
    ['Evaluation', '2025-01-01'],
    ['Erste Förderrunde', '2020-03-01'],
    ['Nach 2030', '2031-06-01'],
  ] as const) {
    await seed.run('PlanMilestone', { measureId, milestoneId: randomUUID(), title, dueDate });
  }
  await seed.measure('Weiterbildungsverbund', { actionFieldIds: [arbeit] });
});
afterAll(() => api.close());

const roadmap = async (variables: Record<string, unknown> = {}) => {
  const response = await api.gql<RoadmapData>(ROADMAP, variables);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no roadmap');
  return response.data.roadmap;
};

const titles = (items: readonly { title: string }[]) => items.map((item) => item.title);
const laneTitled = (lanes: readonly Lane[], title: string | null) =>
  lanes.find((lane) => (lane.actionField?.title ?? null) === title);

describe('roadmap', () => {
  it('shows one lane per action field to 2030, items and milestones by date', async () => {
    const now = await roadmap();
    expect(now.until).toBe('2030-12-31');
    expect(now.asOf).toBeNull();
    expect(now.lanes.map((lane) => lane.actionField?.title ?? null)).toEqual([
      ARBEIT,
      DIGITAL,
      null,
    ]);
    expect(laneTitled(now.lanes, DIGITAL)).toEqual({
      actionField: { title: DIGITAL },
      measures: [{ title: 'Digitalisierungsprämie' }],
      projectIdeas: [{ title: 'Reallabor Fertigung' }],
      milestones: [
        {
          title: 'Konsortium steht',
          dueDate: '2019-01-01',
          status: 'OPEN',
          item: { __typename: 'ProjectIdea', title: 'Reallabor Fertigung' },
        },
        {
          title: 'Erste Förderrunde',
          dueDate: '2020-03-01',
          status: 'OPEN',
          item: { __typename: 'Measure', title: 'Digitalisierungsprämie' },
        },
        expect.objectContaining({ title: 'Demonstrator steht', dueDate: '2022-05-01' }),
        expect.objectContaining({ title: 'Evaluation', dueDate: '2025-01-01' }),
      ],
    });
    const arbeit = laneTitled(now.lanes, ARBEIT);
    // The idea starting in 2032 lies beyond the roadmap; the one in two fields is in both.
    expect(titles(arbeit?.projectIdeas ?? [])).toEqual(['Reallabor Fertigung']);
    expect(titles(arbeit?.measures ?? [])).toEqual(['Weiterbildungsverbund']);
    expect(titles(arbeit?.milestones ?? [])).toEqual(['Konsortium steht', 'Demonstrator steht']);
    expect(titles(laneTitled(now.lanes, null)?.projectIdeas ?? [])).toEqual(['Ohne Handlungsfeld']);
  });

  it('shows nothing after `until`', async () => {
    const short = await roadmap({ until: '2020-03-01' });
    const lane = laneTitled(short.lanes, DIGITAL);
    expect(titles(lane?.milestones ?? [])).toEqual(['Konsortium steht', 'Erste Förderrunde']);
    // Adopted today, the measure starts after 2020.
    expect(laneTitled(short.lanes, ARBEIT)?.measures).toEqual([]);
    const all = short.lanes.flatMap((each) => each.milestones.map((m) => m.dueDate));
    expect(all.every((dueDate) => dueDate.slice(0, 10) <= '2020-03-01')).toBe(true);
  });

  it('shows only the lane asked for', async () => {
    const one = await roadmap({ actionField: globalId('ActionField', digital) });
    expect(one.lanes.map((lane) => lane.actionField?.title)).toEqual([DIGITAL]);
    expect(titles(one.lanes[0]?.measures ?? [])).toEqual(['Digitalisierungsprämie']);
  });

  it('travels in time by recording: before the adoption there was no measure', async () => {
    const then = await roadmap({ asOf: beforeAdoption });
    expect(then.asOf).toBe(beforeAdoption);
    const lane = laneTitled(then.lanes, DIGITAL);
    expect(lane?.measures).toEqual([]);
    expect(titles(lane?.projectIdeas ?? [])).toEqual(['Reallabor Fertigung']);
    expect(titles(lane?.milestones ?? [])).toEqual(['Konsortium steht', 'Demonstrator steht']);
    expect(laneTitled(then.lanes, ARBEIT)?.measures).toEqual([]);
  });

  it('travels in time by occurrence: the 2019 adoption shows from June 2019 on', async () => {
    const spring = await roadmap({ asOf: '2019-03-01', asOfBasis: 'OCCURRED' });
    expect(spring.lanes.map((lane) => lane.actionField?.title ?? null)).toEqual([
      ARBEIT,
      DIGITAL,
      null,
    ]);
    expect(laneTitled(spring.lanes, DIGITAL)?.measures).toEqual([]);
    const autumn = await roadmap({ asOf: '2019-10-01', asOfBasis: 'OCCURRED' });
    const lane = laneTitled(autumn.lanes, DIGITAL);
    expect(titles(lane?.measures ?? [])).toEqual(['Digitalisierungsprämie']);
    // Its milestones were planned only now.
    expect(titles(lane?.milestones ?? [])).toEqual(['Konsortium steht', 'Demonstrator steht']);
  });

  it('refuses an id of another kind and a malformed date', async () => {
    const wrong = await api.gql(ROADMAP, { actionField: globalId('Measure', 'x') });
    expect(wrong.errors?.[0]?.message).toMatch(/ActionField/);
    const bad = await api.gql(ROADMAP, { until: 'Ende 2030' });
    expect(bad.errors?.[0]?.message).toMatch(/Date must be a calendar date/);
    // A day that does not exist, or an instant, is no calendar date.
    for (const until of ['2017-02-30', '2030-12-31T00:00:00Z']) {
      expect((await api.gql(ROADMAP, { until })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
  });
});
