import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import { describeGuards } from '../shared/testing/guards.js';
import type { ProjectIdeaCommand } from './index.js';
import { projectIdea } from './index.js';
import {
  CLOSED,
  command,
  discontinued,
  event,
  histories,
  OPEN,
  preparationStarted,
  proposal,
  propose,
  proposed,
  tuChemnitz,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(projectIdea);

/** One well-formed command of every type but the create, for the status checks. */
const everyOtherCommand: readonly ProjectIdeaCommand[] = [
  command('ReviseProjectIdea', { title: 'Lernfabrik 4.0' }),
  command('StartProjectPreparation', {}),
  command('LaunchProject', {}),
  command('CompleteProject', {}),
  command('DiscontinueProject', {}, { reason: 'Keine Förderung' }),
  command('JoinPartner', { partner: tuChemnitz }),
  command('LeavePartner', { partnerId: tuChemnitz.partnerId }, { reason: 'Ausgestiegen' }),
  command('LinkOrigin', { origin: { kind: 'Recommendation', id: 're-1' } }),
  command('UnlinkOrigin', { origin: proposal.originatesFrom[0] }, { reason: 'Irrtum' }),
  command('PlanProjectMilestone', {
    milestoneId: 'ms-1',
    title: 'Eröffnung',
    dueDate: '2027-06-01',
  }),
  command('ReachProjectMilestone', { milestoneId: 'ms-1' }),
];

describeGuards(projectIdea, {
  everyOtherCommand,
  idField: 'projectIdeaId',
  closed: CLOSED,
  histories,
});

describe('ProposeProjectIdea', () => {
  describe('when empty', () => {
    it('proposes the idea', () => spec.given([]).when(propose()).then([proposed]));
    it('starts as an idea without partners or milestones', () =>
      expect(fold(projectIdea, [proposed])).toEqual({
        status: 'idea',
        projectIdeaId: proposed.data.projectIdeaId,
        ...proposal,
        partners: [],
        milestones: [],
        proposedAt: proposed.occurredAt,
      }));
    it('needs no origins nor action fields', () =>
      spec
        .given([])
        .when(command('ProposeProjectIdea', { title: proposal.title, body: proposal.body }))
        .then([
          event('ProjectIdeaProposed', { ...proposal, actionFieldIds: [], originatesFrom: [] }),
        ]));
    it('keeps the planned period', () =>
      spec
        .given([])
        .when(propose({ plannedStart: '2018-01-01', plannedEnd: '2018-01-01' }))
        .then([
          event('ProjectIdeaProposed', {
            ...proposal,
            plannedStart: day('2018-01-01'),
            plannedEnd: day('2018-01-01'),
          }),
        ]));
    it('refuses a planned end that is an instant, not a calendar date', () =>
      spec
        .given([])
        .when(propose({ plannedStart: '2018-01-01', plannedEnd: '2018-01-01T12:00:00Z' }))
        .thenFails('BAD_USER_INPUT', 'plannedEnd'));
    it('keeps the real date of an idea from 2017', () =>
      spec
        .given([])
        .when(command('ProposeProjectIdea', proposal, { occurredAt: '2017-03-07' }))
        .then([{ ...proposed, occurredAt: '2017-03-07T00:00:00.000Z' }]));
    it.each([
      ['projectIdeaId', { projectIdeaId: ' ' }],
      ['title', { title: '' }],
      ['title', { title: 'x'.repeat(201) }],
      ['body', { body: '  ' }],
      ['body', { body: 'x'.repeat(20_001) }],
      ['actionFieldIds.1', { actionFieldIds: ['af-digital', ''] }],
      ['actionFieldIds.1', { actionFieldIds: ['af-digital', 'af-digital'] }],
      ['originatesFrom.0.kind', { originatesFrom: [{ kind: 'Guideline', id: 'gl-1' }] }],
      ['originatesFrom.0.id', { originatesFrom: [{ kind: 'Meeting', id: '' }] }],
      [
        'originatesFrom.1',
        { originatesFrom: [proposal.originatesFrom[0], proposal.originatesFrom[0]] },
      ],
      ['plannedStart', { plannedStart: '2018-13-01' }],
      ['plannedEnd', { plannedEnd: 'Ende 2019' }],
      ['plannedEnd', { plannedStart: '2019-01-01', plannedEnd: '2018-12-31' }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      spec
        .given([])
        // Invalid values on purpose: the API may pass what the types rule out.
        .when(propose(changes as Partial<ReturnType<typeof propose>['data']>))
        .thenFails('BAD_USER_INPUT', field),
    );
    it('rejects a future occurredAt', () =>
      spec
        .given([])
        .when(command('ProposeProjectIdea', proposal, { occurredAt: '2027-01-01' }))
        .thenFails('BAD_USER_INPUT', 'occurredAt'));
  });
  describe('when proposed', () => {
    for (const status of [...OPEN, ...CLOSED]) {
      it(`${status}: conflicts`, () =>
        spec.given(histories[status]).when(propose()).thenFails('CONFLICT', 'projectIdeaId'));
    }
  });
});

describe('ReviseProjectIdea', () => {
  const revise = (
    data: Omit<Extract<ProjectIdeaCommand, { type: 'ReviseProjectIdea' }>['data'], 'projectIdeaId'>,
  ) => command('ReviseProjectIdea', data);
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('records only the changed fields', () =>
        spec
          .given(histories[status])
          .when(
            revise({
              title: proposal.title,
              body: 'Neu beschrieben.',
              plannedStart: '2018-04-01',
            }),
          )
          .then([
            event('ProjectIdeaRevised', {
              body: 'Neu beschrieben.',
              plannedStart: day('2018-04-01'),
            }),
          ]));
    });
  }
  describe('when idea', () => {
    const given = spec.given(histories.idea);
    it('records the replaced action fields beside the new ones', () =>
      given.when(revise({ actionFieldIds: ['af-digital', 'af-kooperation'] })).then([
        event('ProjectIdeaRevised', {
          actionFieldIds: ['af-digital', 'af-kooperation'],
          previousActionFieldIds: proposal.actionFieldIds,
        }),
      ]));
    it('treats the same action fields in another order as unchanged', () =>
      given
        .when(revise({ actionFieldIds: ['af-arbeit', 'af-digital'] }))
        .thenFails('BAD_USER_INPUT'));
    it('rejects an edit that changes nothing', () =>
      given.when(revise({ title: proposal.title })).thenFails('BAD_USER_INPUT'));
    it.each([
      ['title', { title: ' ' }],
      ['body', { body: '' }],
      ['actionFieldIds.0', { actionFieldIds: [''] }],
      ['plannedEnd', { plannedEnd: '31.12.2019' }],
    ] as const)('rejects bad input on %s', (field, data) =>
      given.when(revise(data)).thenFails('BAD_USER_INPUT', field),
    );
    it('updates the state', () =>
      expect(
        fold(projectIdea, [
          ...histories.idea,
          event('ProjectIdeaRevised', { title: 'Lernfabrik 4.0' }),
        ]),
      ).toMatchObject({ status: 'idea', title: 'Lernfabrik 4.0', body: proposal.body }));
  });
  describe('when a period is planned', () => {
    const given = spec.given([
      ...histories.idea,
      event('ProjectIdeaRevised', {
        plannedStart: day('2018-01-01'),
        plannedEnd: day('2019-12-31'),
      }),
    ]);
    it('blames the moved start when it passes the stored end', () =>
      given
        .when(revise({ plannedStart: '2020-01-01' }))
        .thenFails('BAD_USER_INPUT', 'plannedStart'));
    it('blames the moved end when it passes the stored start', () =>
      given.when(revise({ plannedEnd: '2017-12-31' })).thenFails('BAD_USER_INPUT', 'plannedEnd'));
    it('moves both ends at once', () =>
      given.when(revise({ plannedStart: '2020-01-01', plannedEnd: '2021-06-30' })).then([
        event('ProjectIdeaRevised', {
          plannedStart: day('2020-01-01'),
          plannedEnd: day('2021-06-30'),
        }),
      ]));
  });
});

describe('the lifecycle', () => {
  const steps = [
    ['StartProjectPreparation', 'idea', 'ProjectPreparationStarted', 'in_preparation'],
    ['LaunchProject', 'in_preparation', 'ProjectLaunched', 'running'],
    ['CompleteProject', 'running', 'ProjectCompleted', 'completed'],
  ] as const;
  for (const [type, from, eventType, to] of steps) {
    describe(type, () => {
      describe(`when ${from}`, () => {
        it(`moves to ${to}`, () =>
          spec
            .given(histories[from])
            .when(command(type, {}))
            .then([event(eventType, {})]));
        it(`is ${to} afterwards`, () =>
          expect(fold(projectIdea, [...histories[from], event(eventType, {})]).status).toBe(to));
      });
      for (const other of OPEN.filter((status) => status !== from)) {
        describe(`when ${other}`, () => {
          it('is an invalid transition', () =>
            spec.given(histories[other]).when(command(type, {})).thenFails('INVALID_TRANSITION'));
        });
      }
    });
  }

  describe('DiscontinueProject', () => {
    for (const status of OPEN) {
      describe(`when ${status}`, () => {
        it('discontinues it with the reason', () =>
          spec
            .given(histories[status])
            .when(command('DiscontinueProject', {}, { reason: 'Keine Förderung' }))
            .then([discontinued]));
        it('requires a reason', () =>
          spec
            .given(histories[status])
            .when(command('DiscontinueProject', {}, { reason: ' ' }))
            .thenFails('BAD_USER_INPUT', 'reason'));
      });
    }
    it('keeps the reason and the dates in the state', () =>
      expect(fold(projectIdea, [proposed, preparationStarted, discontinued])).toMatchObject({
        status: 'discontinued',
        preparationStartedAt: preparationStarted.occurredAt,
        discontinuedAt: discontinued.occurredAt,
        discontinuationReason: 'Keine Förderung',
      }));
    it('copies the evidence onto the event', () =>
      expect(
        spec
          .given(histories.running)
          .when(
            command(
              'DiscontinueProject',
              {},
              { reason: 'Keine Förderung', evidence: [{ document: 'Bescheid vom 1. März 2019' }] },
            ),
          )
          .events(),
      ).toEqual([{ ...discontinued, evidence: [{ document: 'Bescheid vom 1. März 2019' }] }]));
  });
});
