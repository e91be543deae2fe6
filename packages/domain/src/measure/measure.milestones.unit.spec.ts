import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import { measure } from './index.js';
import {
  at,
  command,
  event,
  evidence,
  histories,
  milestone,
  milestonePlanned,
  milestoneReached,
  OPEN,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(measure);
const { milestoneId } = milestone;

describe('PlanMilestone', () => {
  const planMilestone = (
    changes: { milestoneId?: string; title?: string; dueDate?: string } = {},
  ) => command('PlanMilestone', { ...milestone, ...changes });
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('plans the milestone', () =>
        spec.given(histories[status]).when(planMilestone()).then([milestonePlanned]));
    });
  }
  describe('when planned', () => {
    const given = spec.given(histories.planned);
    it('allows the day of adoption, whatever the hour', () =>
      given
        .when(planMilestone({ dueDate: '2018-06-12' }))
        .then([event('MilestonePlanned', { ...milestone, dueDate: day('2018-06-12') })]));
    it('allows a date after 2030', () =>
      given
        .when(planMilestone({ dueDate: '2031-06-30' }))
        .then([event('MilestonePlanned', { ...milestone, dueDate: day('2031-06-30') })]));
    it.each([
      ['milestoneId', { milestoneId: '' }],
      ['title', { title: ' ' }],
      ['dueDate', { dueDate: '2018-06-11' }],
      ['dueDate', { dueDate: '1. Juli 2020' }],
      ['dueDate', { dueDate: '2020-13-01' }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      given.when(planMilestone(changes)).thenFails('BAD_USER_INPUT', field),
    );
  });
  describe('when the milestone is planned', () => {
    it('conflicts', () =>
      spec
        .given([...histories.planned, milestonePlanned])
        .when(planMilestone({ title: 'Anders' }))
        .thenFails('CONFLICT', 'milestoneId'));
  });
});

describe('RescheduleMilestone', () => {
  const reschedule = (dueDate: string, reason?: string, id: string = milestoneId) =>
    command(
      'RescheduleMilestone',
      { milestoneId: id, dueDate },
      reason === undefined ? {} : { reason },
    );
  const rescheduled = event(
    'MilestoneRescheduled',
    { milestoneId, dueDate: day('2021-03-01'), previousDueDate: day(milestone.dueDate) },
    { reason: 'Bauverzug' },
  );
  for (const status of OPEN) {
    describe(`when ${status} and the milestone is planned`, () => {
      const given = spec.given([...histories[status], milestonePlanned]);
      it('moves it with the reason and the old date', () =>
        given.when(reschedule('2021-03-01', 'Bauverzug')).then([rescheduled]));
      it('requires a reason', () =>
        given.when(reschedule('2021-03-01')).thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  describe('when the milestone is planned', () => {
    const given = spec.given([...histories.in_progress, milestonePlanned]);
    it('rejects a date before the adoption', () =>
      given.when(reschedule('2018-01-01', 'Vorgezogen')).thenFails('BAD_USER_INPUT', 'dueDate'));
    it('rejects an invalid date', () =>
      given.when(reschedule('bald', 'Vorgezogen')).thenFails('BAD_USER_INPUT', 'dueDate'));
    it('rejects the same date', () =>
      given
        .when(reschedule(milestone.dueDate, 'Bauverzug'))
        .thenFails('BAD_USER_INPUT', 'dueDate'));
    it('rejects an unknown milestone', () =>
      given
        .when(reschedule('2021-03-01', 'Bauverzug', 'ms-x'))
        .thenFails('BAD_USER_INPUT', 'milestoneId'));
    it('updates the due date', () =>
      expect(
        fold(measure, [...histories.in_progress, milestonePlanned, rescheduled]),
      ).toMatchObject({
        milestones: [{ ...milestone, dueDate: '2021-03-01' }],
      }));
  });
  describe('when the milestone is reached', () => {
    it('is an invalid transition', () =>
      spec
        .given([...histories.in_progress, milestonePlanned, milestoneReached])
        .when(reschedule('2021-03-01', 'Bauverzug'))
        .thenFails('INVALID_TRANSITION', 'milestoneId'));
  });
});

describe('ReachMilestone', () => {
  const reach = (id: string = milestoneId) =>
    command('ReachMilestone', { milestoneId: id }, { evidence });
  for (const status of OPEN) {
    describe(`when ${status} and the milestone is planned`, () => {
      it('reaches it', () =>
        spec
          .given([...histories[status], milestonePlanned])
          .when(reach())
          .then([milestoneReached]));
    });
  }
  describe('without evidence', () => {
    it('is refused: nothing counts as reached on say-so', () =>
      spec
        .given([...histories.in_progress, milestonePlanned])
        .when(command('ReachMilestone', { milestoneId }))
        .thenFails('BAD_USER_INPUT', 'evidence'));
  });
  describe('when the milestone is unknown', () => {
    it('rejects it', () =>
      spec
        .given([...histories.in_progress, milestonePlanned])
        .when(reach('ms-x'))
        .thenFails('BAD_USER_INPUT', 'milestoneId'));
  });
  describe('when the milestone is reached', () => {
    const history = [...histories.in_progress, milestonePlanned, milestoneReached];
    it('is an invalid transition', () =>
      spec.given(history).when(reach()).thenFails('INVALID_TRANSITION', 'milestoneId'));
    it('records when it was reached', () =>
      expect(fold(measure, history)).toMatchObject({
        milestones: [{ ...milestone, reachedAt: at }],
      }));
  });
});
