import { describe, expect, it } from 'vitest';
import { fold } from '../shared/index.js';
import { DeciderSpecification, day } from '../shared/testing/decider-specification.js';
import type { ProjectPartner } from './index.js';
import { projectIdea } from './index.js';
import {
  at,
  command,
  event,
  histories,
  ihkLeipzig,
  OPEN,
  proposal,
  tuChemnitz,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(projectIdea);
const joined = event('PartnerJoined', { partner: tuChemnitz });
const recommendation = { kind: 'Recommendation', id: 're-lernfabriken' } as const;
const suggestion = proposal.originatesFrom[0];
const planned = event('ProjectMilestonePlanned', {
  milestoneId: 'ms-eroeffnung',
  title: 'Eröffnung der Lernfabrik',
  dueDate: day('2027-09-01'),
});
const reached = event('ProjectMilestoneReached', { milestoneId: 'ms-eroeffnung' });

describe('JoinPartner', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('lets the partner join', () =>
        spec
          .given(histories[status])
          .when(command('JoinPartner', { partner: tuChemnitz }))
          .then([joined]));
    });
  }
  describe('when idea', () => {
    const given = spec.given(histories.idea);
    it('leaves out a role not given', () =>
      spec
        .given(histories.idea)
        .when(command('JoinPartner', { partner: ihkLeipzig }))
        .then([event('PartnerJoined', { partner: ihkLeipzig })]));
    it.each([
      ['partner.partnerId', { partnerId: '' }],
      ['partner.name', { name: ' ' }],
      ['partner.name', { name: 'x'.repeat(201) }],
      ['partner.sector', { sector: 'Wirtschaft' }],
      ['partner.role', { role: 'sponsor' }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      given
        // Invalid values on purpose: the API may pass what the types rule out.
        .when(command('JoinPartner', { partner: { ...tuChemnitz, ...changes } as ProjectPartner }))
        .thenFails('BAD_USER_INPUT', field),
    );
  });
  describe('when the partner has joined', () => {
    it('conflicts', () =>
      spec
        .given([...histories.idea, joined])
        .when(command('JoinPartner', { partner: { ...tuChemnitz, role: 'partner' } }))
        .thenFails('CONFLICT', 'partner.partnerId'));
    it('lists the partner', () =>
      expect(fold(projectIdea, [...histories.idea, joined])).toMatchObject({
        partners: [tuChemnitz],
      }));
  });
  describe('when the partner has left', () => {
    it('lets it join again', () =>
      spec
        .given([
          ...histories.idea,
          joined,
          event('PartnerLeft', { partnerId: tuChemnitz.partnerId }),
        ])
        .when(command('JoinPartner', { partner: tuChemnitz }))
        .then([joined]));
  });
});

describe('LeavePartner', () => {
  const leave = (reason?: string) =>
    command(
      'LeavePartner',
      { partnerId: tuChemnitz.partnerId },
      reason === undefined ? {} : { reason },
    );
  for (const status of OPEN) {
    describe(`when ${status} and the partner has joined`, () => {
      const given = spec.given([...histories[status], joined]);
      it('lets the partner leave with the reason', () =>
        given
          .when(leave('Ausgestiegen'))
          .then([
            event('PartnerLeft', { partnerId: tuChemnitz.partnerId }, { reason: 'Ausgestiegen' }),
          ]));
      it('requires a reason', () => given.when(leave()).thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  describe('when the partner never joined', () => {
    it('rejects the unknown partner', () =>
      spec
        .given(histories.idea)
        .when(leave('Ausgestiegen'))
        .thenFails('BAD_USER_INPUT', 'partnerId'));
  });
  describe('when the partner has left', () => {
    it('removes it from the partners', () =>
      expect(
        fold(projectIdea, [
          ...histories.idea,
          joined,
          event('PartnerJoined', { partner: ihkLeipzig }),
          event('PartnerLeft', { partnerId: tuChemnitz.partnerId }, { reason: 'Ausgestiegen' }),
        ]),
      ).toMatchObject({ partners: [ihkLeipzig] }));
  });
});

describe('LinkOrigin', () => {
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('links the origin', () =>
        spec
          .given(histories[status])
          .when(command('LinkOrigin', { origin: recommendation }))
          .then([event('ProjectOriginLinked', { origin: recommendation })]));
    });
  }
  describe('when idea', () => {
    const given = spec.given(histories.idea);
    it('conflicts on an origin already linked', () =>
      given.when(command('LinkOrigin', { origin: suggestion })).thenFails('CONFLICT', 'origin'));
    it('links the same id as another kind', () =>
      given
        .when(command('LinkOrigin', { origin: { kind: 'Recommendation', id: suggestion.id } }))
        .then([
          event('ProjectOriginLinked', { origin: { kind: 'Recommendation', id: suggestion.id } }),
        ]));
    it('rejects a kind that cannot be an origin', () =>
      given
        // An invalid kind on purpose: the API may pass what the types rule out.
        .when(
          command('LinkOrigin', {
            origin: { kind: 'Measure', id: 'me-1' } as unknown as typeof suggestion,
          }),
        )
        .thenFails('BAD_USER_INPUT', 'origin.kind'));
    it('rejects a blank id', () =>
      given
        .when(command('LinkOrigin', { origin: { kind: 'Meeting', id: '' } }))
        .thenFails('BAD_USER_INPUT', 'origin.id'));
  });
});

describe('UnlinkOrigin', () => {
  const unlink = (reason?: string) =>
    command('UnlinkOrigin', { origin: suggestion }, reason === undefined ? {} : { reason });
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      const given = spec.given(histories[status]);
      it('unlinks the origin with the reason', () =>
        given
          .when(unlink('Falsch zugeordnet'))
          .then([
            event('ProjectOriginUnlinked', { origin: suggestion }, { reason: 'Falsch zugeordnet' }),
          ]));
      it('requires a reason', () => given.when(unlink('')).thenFails('BAD_USER_INPUT', 'reason'));
    });
  }
  describe('when the origin is not linked', () => {
    it('rejects it', () =>
      spec
        .given(histories.idea)
        .when(command('UnlinkOrigin', { origin: recommendation }, { reason: 'Irrtum' }))
        .thenFails('BAD_USER_INPUT', 'origin'));
  });
  describe('when unlinked', () => {
    it('keeps the other origins', () =>
      expect(
        fold(projectIdea, [
          ...histories.idea,
          event('ProjectOriginUnlinked', { origin: suggestion }),
        ]),
      ).toMatchObject({ originatesFrom: [proposal.originatesFrom[1]] }));
  });
});

describe('PlanProjectMilestone', () => {
  const plan = (changes: { milestoneId?: string; title?: string; dueDate?: string } = {}) =>
    command('PlanProjectMilestone', { ...planned.data, ...changes });
  for (const status of OPEN) {
    describe(`when ${status}`, () => {
      it('plans the milestone', () => spec.given(histories[status]).when(plan()).then([planned]));
    });
  }
  describe('when idea', () => {
    it.each([
      ['milestoneId', { milestoneId: ' ' }],
      ['title', { title: '' }],
      ['dueDate', { dueDate: 'Herbst 2027' }],
    ] as const)('rejects bad input on %s', (field, changes) =>
      spec.given(histories.idea).when(plan(changes)).thenFails('BAD_USER_INPUT', field),
    );
  });
  describe('when the milestone is planned', () => {
    it('conflicts', () =>
      spec
        .given([...histories.idea, planned])
        .when(plan({ title: 'Anders' }))
        .thenFails('CONFLICT', 'milestoneId'));
  });
});

describe('ReachProjectMilestone', () => {
  const reach = (milestoneId = 'ms-eroeffnung') =>
    command('ReachProjectMilestone', { milestoneId });
  for (const status of OPEN) {
    describe(`when ${status} and the milestone is planned`, () => {
      it('reaches it', () =>
        spec
          .given([...histories[status], planned])
          .when(reach())
          .then([reached]));
    });
  }
  describe('when the milestone is unknown', () => {
    it('rejects it', () =>
      spec
        .given([...histories.running, planned])
        .when(reach('ms-x'))
        .thenFails('BAD_USER_INPUT', 'milestoneId'));
  });
  describe('when the milestone is reached', () => {
    it('is an invalid transition', () =>
      spec
        .given([...histories.running, planned, reached])
        .when(reach())
        .thenFails('INVALID_TRANSITION', 'milestoneId'));
    it('records when it was reached', () =>
      expect(fold(projectIdea, [...histories.running, planned, reached])).toMatchObject({
        milestones: [
          {
            milestoneId: 'ms-eroeffnung',
            title: planned.data.title,
            dueDate: '2027-09-01',
            reachedAt: at,
          },
        ],
      }));
  });
});
