import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandsOn,
  dayField,
  metadataOn,
  mostlyValid,
  sometimes,
  textField,
} from '../shared/testing/arbitraries.js';
import { meta } from '../shared/testing/decider-specification.js';
import { checkLifecycle, expectUnique } from '../shared/testing/explore.js';
import type { Origin, ProjectIdeaCommand, ProjectPartner } from './index.js';
import { PROJECT_IDEA_STATUSES, projectIdea } from './index.js';

const id = 'pi-1';
const text = textField('Lernfabrik', 'Kompetenzzentrum');
const date = dayField(['2017-03-07', '2018-01-01', '2019-12-31T12:00:00Z'], ['2018-02-30', 'bald']);
const metadata = metadataOn('2017-03-07', 'Keine Förderung');
// Kinds and sectors outside the unions on purpose: the API may pass what the types rule out.
const origin = fc.record({
  kind: mostlyValid(
    fc.constantFrom('Suggestion', 'Recommendation', 'Meeting'),
    fc.constant('Guideline'),
  ),
  id: mostlyValid(fc.constantFrom('a', 'b'), fc.constant('')),
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

const on = commandsOn<ProjectIdeaCommand>({ projectIdeaId: id }, metadata);

const anyCommand = fc.oneof(
  on(
    'ProposeProjectIdea',
    fc.record({
      title: text,
      body: text,
      actionFieldIds: sometimes(ids),
      originatesFrom: sometimes(fc.array(origin, { maxLength: 3 })),
      plannedStart: sometimes(date),
      plannedEnd: sometimes(date),
    }),
    3,
  ),
  on(
    'ReviseProjectIdea',
    fc.record({
      title: sometimes(text),
      body: sometimes(text),
      actionFieldIds: sometimes(ids),
      plannedStart: sometimes(date),
      plannedEnd: sometimes(date),
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
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(projectIdea, fc.array(command, { maxLength: 40, size: 'max' }), {
      steps: {
        empty: ['idea'],
        idea: ['idea', 'in_preparation', 'discontinued'],
        in_preparation: ['in_preparation', 'running', 'discontinued'],
        running: ['running', 'completed', 'discontinued'],
      },
      statuses: PROJECT_IDEA_STATUSES,
      numRuns: 400,
      checks: () => ({
        onEvent: (event) => {
          for (const change of projectIdea.provenanceOf(event, id)) {
            expect(change.edge.target).toEqual({ kind: 'ProjectIdea', id });
          }
          for (const followUp of projectIdea.reactionsTo(event, id)) {
            expect(followUp.kind).toBe('Suggestion');
            expect(followUp.command.type).toBe('TakeUpSuggestion');
          }
        },
        afterCommand: (state) => {
          if (state.status === 'empty') return;
          expectUnique(state.partners.map((each) => each.partnerId));
          expectUnique(state.milestones.map((each) => each.milestoneId));
          expectUnique(state.originatesFrom.map((each) => `${each.kind}:${each.id}`));
          expectUnique([...state.actionFieldIds]);
          if (state.plannedStart !== undefined && state.plannedEnd !== undefined) {
            expect(state.plannedEnd.slice(0, 10) >= state.plannedStart.slice(0, 10)).toBe(true);
          }
        },
      }),
    }));
});
