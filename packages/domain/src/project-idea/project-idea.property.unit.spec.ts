import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isDomainError } from '../shared/index.js';
import { meta } from '../shared/testing/decider-specification.js';
import type {
  Origin,
  ProjectIdeaCommand,
  ProjectIdeaEvent,
  ProjectIdeaState,
  ProjectPartner,
} from './index.js';
import { PROJECT_IDEA_STATUSES, projectIdea } from './index.js';

const id = 'pi-1';
/** Mostly valid, sometimes not: enough valid input to walk the lifecycle, enough bad to probe. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const text = mostly(
  fc.constantFrom('Lernfabrik', 'Kompetenzzentrum'),
  fc.oneof(fc.constantFrom('', ' ', 'x'.repeat(201)), fc.string({ maxLength: 20 })),
);
const date = mostly(
  fc.constantFrom('2017-03-07', '2018-01-01', '2019-12-31T12:00:00Z'),
  fc.constantFrom('2018-02-30', 'bald'),
);
const metadata = fc
  .record({
    reason: maybe(mostly(fc.constant('Keine Förderung'), fc.constantFrom('', ' '))),
    occurredAt: maybe(mostly(fc.constant('2017-03-07'), fc.constantFrom('2099-01-01', 'gestern'))),
  })
  .map(({ reason, occurredAt }) =>
    meta({
      ...(reason === undefined ? {} : { reason }),
      ...(occurredAt === undefined ? {} : { occurredAt }),
    }),
  );
// Kinds and sectors outside the unions on purpose: the API may pass what the types rule out.
const origin = fc.record({
  kind: mostly(
    fc.constantFrom('Suggestion', 'Recommendation', 'Meeting'),
    fc.constant('Guideline'),
  ),
  id: mostly(fc.constantFrom('a', 'b'), fc.constant('')),
}) as fc.Arbitrary<Origin>;
const partner = fc.record(
  {
    partnerId: fc.constantFrom('pa-1', 'pa-2', ''),
    name: fc.constantFrom('TU Chemnitz', 'Fraunhofer IWU', ''),
    sector: fc.constantFrom('science', 'industry', 'Kirche'),
    role: fc.constantFrom('lead', 'partner', 'associate', 'sponsor'),
  },
  { requiredKeys: ['partnerId', 'name', 'sector'] },
) as fc.Arbitrary<ProjectPartner>;
const ids = fc.array(fc.constantFrom('af-1', 'af-2', ''), { maxLength: 3 });
const milestoneId = fc.constantFrom('ms-1', 'ms-2', '');

const on = <T extends ProjectIdeaCommand['type'], D>(
  type: T,
  data: fc.Arbitrary<D>,
  weight = 1,
) => ({
  weight,
  arbitrary: fc.record({
    type: fc.constant(type),
    data: data.map((d) => ({ projectIdeaId: id, ...d })),
    metadata,
  }),
});

const anyCommand = fc.oneof(
  on(
    'ProposeProjectIdea',
    fc.record({
      title: text,
      body: text,
      actionFieldIds: maybe(ids),
      originatesFrom: maybe(fc.array(origin, { maxLength: 3 })),
      plannedStart: maybe(date),
      plannedEnd: maybe(date),
    }),
    3,
  ),
  on(
    'ReviseProjectIdea',
    fc.record({
      title: maybe(text),
      body: maybe(text),
      actionFieldIds: maybe(ids),
      plannedStart: maybe(date),
      plannedEnd: maybe(date),
    }),
  ),
  on('StartProjectPreparation', fc.constant({}), 3),
  on('LaunchProject', fc.constant({}), 3),
  on('CompleteProject', fc.constant({}), 3),
  on('DiscontinueProject', fc.constant({})),
  on('JoinPartner', fc.record({ partner })),
  on('LeavePartner', fc.record({ partnerId: fc.constantFrom('pa-1', 'pa-2') })),
  on('LinkOrigin', fc.record({ origin })),
  on('UnlinkOrigin', fc.record({ origin })),
  on('PlanProjectMilestone', fc.record({ milestoneId, title: text, dueDate: date })),
  on('ReachProjectMilestone', fc.record({ milestoneId })),
) as fc.Arbitrary<ProjectIdeaCommand>;

/** Clean steps along the lifecycle, mixed in so that long random runs still reach its end. */
const step = fc.constantFrom<ProjectIdeaCommand>(
  {
    type: 'ProposeProjectIdea',
    data: { projectIdeaId: id, title: 'Lernfabrik', body: 'KMU' },
    metadata: meta(),
  },
  { type: 'StartProjectPreparation', data: { projectIdeaId: id }, metadata: meta() },
  { type: 'LaunchProject', data: { projectIdeaId: id }, metadata: meta() },
  { type: 'CompleteProject', data: { projectIdeaId: id }, metadata: meta() },
);
const command = fc.oneof({ arbitrary: anyCommand, weight: 3 }, { arbitrary: step, weight: 1 });

/** idea → in_preparation → running → completed; discontinued from any open status. */
const legalSteps = new Set([
  'empty→idea',
  'idea→idea',
  'in_preparation→in_preparation',
  'running→running',
  'idea→in_preparation',
  'in_preparation→running',
  'running→completed',
  'idea→discontinued',
  'in_preparation→discontinued',
  'running→discontinued',
]);

const unique = (keys: readonly string[]) => expect(new Set(keys).size).toBe(keys.length);

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40, size: 'max' }), (commands) => {
        let state: ProjectIdeaState = projectIdea.initialState;
        const history: ProjectIdeaEvent[] = [];
        for (const next of commands) {
          const result = projectIdea.decide(next, state);
          expect(projectIdea.decide(next, state)).toEqual(result);
          if (isDomainError(result)) continue;
          expect(Array.isArray(result)).toBe(true);
          for (const event of result) {
            expect(projectIdea.eventTypes).toContain(event.type);
            expect(event.schemaVersion).toBe(1);
            const after = projectIdea.evolve(state, event);
            expect(legalSteps).toContain(`${state.status}→${after.status}`);
            for (const change of projectIdea.provenanceOf(event, id)) {
              expect(change.edge.target).toEqual({ kind: 'ProjectIdea', id });
            }
            for (const followUp of projectIdea.reactionsTo(event, id)) {
              expect(followUp.kind).toBe('Suggestion');
              expect(followUp.command.type).toBe('TakeUpSuggestion');
            }
            state = after;
            reached.add(after.status);
            history.push(event);
          }
          if (state.status !== 'empty') {
            unique(state.partners.map((each) => each.partnerId));
            unique(state.milestones.map((each) => each.milestoneId));
            unique(state.originatesFrom.map((each) => `${each.kind}:${each.id}`));
            unique([...state.actionFieldIds]);
            if (state.plannedStart !== undefined && state.plannedEnd !== undefined) {
              expect(state.plannedEnd.slice(0, 10) >= state.plannedStart.slice(0, 10)).toBe(true);
            }
          }
        }
        expect(fold(projectIdea, history)).toEqual(state);
        expect(fold(projectIdea, history)).toEqual(fold(projectIdea, history));
      }),
      { numRuns: 400 },
    );
    // The generators must reach every status, or the property proves little.
    expect([...reached].sort()).toEqual([...PROJECT_IDEA_STATUSES].sort());
  });
});
