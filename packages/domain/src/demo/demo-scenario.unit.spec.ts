import { describe, expect, it } from 'vitest';
import type { MeasureState } from '../measure/index.js';
import type { MeetingState } from '../meeting/index.js';
import { PERMISSIONS } from '../permissions.js';
import type { ProjectIdeaState } from '../project-idea/index.js';
import { RECOMMENDATION_STATUSES, type RecommendationState } from '../recommendation/index.js';
import { kindOfCommand } from '../registry.js';
import { SECTORS } from '../shared/index.js';
import { TEST_NOW } from '../shared/testing/decider-specification.js';
import type { SuggestionState } from '../suggestion/index.js';
import { DEMO_IDS, demoScenario } from './index.js';
import { describeFailures, runSteps, statesOf } from './testing/in-memory-runner.js';

const steps = demoScenario({ now: TEST_NOW });
const result = await runSteps(steps);
const existing = <S extends { status: string }>(states: S[]) =>
  states.filter((state): state is Exclude<S, { status: 'empty' }> => state.status !== 'empty');

describe('the in-memory runner', () => {
  it('refuses what the API refuses: a missing reference, a forbidden role, a follow-up-only command', async () => {
    const defineField = steps.find(({ command }) => command.type === 'DefineActionField');
    const plan = steps.find(({ command }) => command.type === 'PlanMeeting')?.command;
    if (defineField === undefined || plan?.type !== 'PlanMeeting') throw new Error('no steps');
    const asMinistry = { ...plan, metadata: { ...plan.metadata, role: 'ministry' as const } };
    const takeUp = {
      type: 'TakeUpSuggestion' as const,
      data: { suggestionId: 'vs-x', by: { kind: 'Recommendation' as const, id: 'he-x' } },
      metadata: plan.metadata,
    };
    const run = await runSteps([
      { kind: 'Meeting', command: plan },
      defineField,
      { kind: 'Meeting', command: asMinistry },
      { kind: 'Suggestion', command: takeUp },
    ]);
    expect(run.failures.map((f) => [f.index, f.error.code])).toEqual([
      [0, 'NOT_FOUND'],
      [2, 'FORBIDDEN'],
      [3, 'FORBIDDEN'],
    ]);
    expect(run.log).toHaveLength(1);
  });
});

describe('demoScenario', () => {
  it('runs through authorize, references, decide and every follow-up without a DomainError', () => {
    expect(describeFailures(result.failures)).toBe('');
    expect(result.followUps).toBeGreaterThan(0);
  });

  it('issues only commands a caller may issue, each to its own aggregate', () => {
    for (const { kind, command } of steps) {
      expect(kindOfCommand(command.type)).toBe(kind);
      // A follow-up command (no role may issue it) comes only from the loop, never from a caller.
      expect(PERMISSIONS[command.type]).not.toHaveLength(0);
      expect(command.metadata.now).toBe(TEST_NOW);
    }
  });

  it('ends with a recommendation in every status', () => {
    const statuses = statesOf<RecommendationState>(result, 'Recommendation').map((s) => s.status);
    expect(new Set(statuses)).toEqual(new Set(RECOMMENDATION_STATUSES));
  });

  it('has suggestions from all four sectors', () => {
    const sectors = existing(statesOf<SuggestionState>(result, 'Suggestion')).map((s) => s.sector);
    expect(new Set(sectors)).toEqual(new Set(SECTORS));
  });

  it('adopts one recommendation into a measure with milestones to 2030, in progress', () => {
    const [measure, ...others] = existing(statesOf<MeasureState>(result, 'Measure'));
    expect(others).toEqual([]);
    expect(measure).toMatchObject({
      measureId: DEMO_IDS.measure,
      adoptedFrom: DEMO_IDS.adoptedRecommendation,
      status: 'in_progress',
    });
    const dueDates = (measure?.milestones ?? []).map((m) => m.dueDate).sort();
    expect(dueDates.at(-1)).toMatch(/^2030-/);
    expect(dueDates.every((due) => due >= (measure?.adoptedAt ?? '').slice(0, 10))).toBe(true);
    expect(measure?.milestones.some((m) => m.reachedAt !== undefined)).toBe(true);
    const adopted = existing(statesOf<RecommendationState>(result, 'Recommendation')).filter(
      (r) => r.status === 'adopted',
    );
    expect(adopted.map((r) => r.recommendationId)).toEqual([DEMO_IDS.adoptedRecommendation]);
  });

  it('has two project ideas with at least two partners each, one running', () => {
    const ideas = existing(statesOf<ProjectIdeaState>(result, 'ProjectIdea'));
    expect(ideas).toHaveLength(2);
    for (const idea of ideas) expect(idea.partners.length).toBeGreaterThanOrEqual(2);
    expect(ideas.map((idea) => idea.status).sort()).toEqual(['in_preparation', 'running']);
  });

  it('holds the StrategieKonferenz on 7 March 2017 and cancels one meeting with a reason', () => {
    const meetings = existing(statesOf<MeetingState>(result, 'Meeting'));
    const conference = meetings.find((m) => m.meetingId === DEMO_IDS.conference);
    expect(conference).toMatchObject({ status: 'held', date: '2017-03-07', kind: 'conference' });
    const cancelled = meetings.filter((m) => m.status === 'cancelled');
    expect(cancelled.map((m) => m.cancellationReason !== undefined)).toEqual([true]);
    for (const field of Object.values(DEMO_IDS.actionFields)) {
      const workshops = meetings.filter(
        (m) => m.kind === 'workshop' && m.status === 'held' && m.actionFieldIds.includes(field),
      );
      expect(workshops.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps personal data out of the data and beside the events', () => {
    const withPersons = result.log.filter(({ event }) => (event.personalData ?? []).length > 0);
    expect(withPersons.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.log.map(({ event }) => event.data))).not.toContain('@example.org');
  });

  it('dates nothing after now, nor after 2025', () => {
    const times = result.log.map(({ event }) => event.occurredAt);
    expect(times.every((at) => Date.parse(at) <= Date.parse(TEST_NOW))).toBe(true);
    expect(times.every((at) => at < '2026-01-01')).toBe(true);
    expect(demoScenario({ now: '2026-01-01T00:00:00.000Z' }).length).toBe(steps.length);
  });

  it('is deterministic and refuses a now before its last step', async () => {
    expect(demoScenario({ now: TEST_NOW })).toEqual(steps);
    expect((await runSteps(demoScenario({ now: TEST_NOW }))).log).toEqual(result.log);
    expect(() => demoScenario({ now: '2020-01-01T00:00:00.000Z' })).toThrow(RangeError);
  });
});
