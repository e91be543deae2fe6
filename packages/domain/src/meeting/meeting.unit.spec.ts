import { describe, expect, it } from 'vitest';
import { addEdge, removeEdge } from '../shared/index.js';
import { describeCreatedOnce } from '../shared/testing/created-once.js';
import { DeciderSpecification, day, meta } from '../shared/testing/decider-specification.js';
import { describeGuards, describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import type { MeetingEvent } from './index.js';
import { meeting } from './index.js';
import {
  at,
  cancel,
  cancelled,
  event,
  held,
  heldOn,
  histories,
  meetingId,
  plan,
  planned,
  recordHeld,
  register,
  remove,
  revise,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(meeting);

describeGuards(meeting, {
  everyOtherCommand: [
    revise({ title: 'Neu' }),
    recordHeld(),
    cancel('x'),
    register(),
    remove('subj-1', 'x'),
  ],
  idField: 'meetingId',
  closed: ['cancelled'],
  histories: { cancelled: [planned, cancelled] },
});
const revised = (
  data: Omit<Extract<MeetingEvent, { type: 'MeetingRevised' }>['data'], 'meetingId'>,
  reason?: string,
) => event('MeetingRevised', data, reason === undefined ? {} : { reason });

describe('PlanMeeting', () => {
  describe('when empty', () => {
    it('plans the meeting', () => spec.given([]).when(plan()).then([planned]));
    it('plans a meeting in the future', () =>
      expect(
        spec
          .given([])
          .when(plan({ date: '2027-05-04' }))
          .events(),
      ).toHaveLength(1));
    it.each(['2027-05-04T09:30:00+02:00', '2017-02-30', '0000-01-01', '17-03-07'])(
      'refuses %s: a meeting is on a calendar date',
      (date) => spec.given([]).when(plan({ date })).thenFails('BAD_USER_INPUT', 'date'),
    );
    it('keeps a description and drops a blank one', () => {
      expect(
        spec
          .given([])
          .when(plan({ description: 'Mit Keynote' }))
          .events()[0]?.data,
      ).toMatchObject({ description: 'Mit Keynote' });
      expect(
        spec
          .given([])
          .when(plan({ description: '  ' }))
          .events()[0]?.data,
      ).not.toHaveProperty('description');
    });
    it('plans a meeting without action fields', () =>
      expect(
        spec
          .given([])
          .when(plan({ actionFieldIds: [] }))
          .events()[0]?.data,
      ).toMatchObject({ actionFieldIds: [] }));
    itRejects(spec.given([]), [
      ['rejects a blank id', plan({ meetingId: '' }), 'meetingId'],
      ['rejects a blank title', plan({ title: ' ' }), 'title'],
      ['rejects an unknown kind', plan({ kind: 'party' as 'other' }), 'kind'],
      ['rejects a date that is no date', plan({ date: '7. März 2017' }), 'date'],
      ['rejects a blank place', plan({ place: '' }), 'place'],
      [
        'rejects a description over 20,000',
        plan({ description: 'x'.repeat(20_001) }),
        'description',
      ],
      [
        'rejects an action field named twice',
        plan({ actionFieldIds: ['af-1', 'af-1'] }),
        'actionFieldIds.1',
      ],
      ['rejects a blank action field id', plan({ actionFieldIds: [''] }), 'actionFieldIds.0'],
    ]);
  });
  describe('when it exists', () => describeCreatedOnce(meeting, histories, plan(), 'meetingId'));
});

describe('ReviseMeeting', () => {
  describe('when planned', () => {
    it('records only what changed', () =>
      spec
        .given([planned])
        .when(revise({ title: 'Neu', kind: 'conference', place: 'Leipziger Messe' }))
        .then([revised({ title: 'Neu' })]));
    it('records added and removed action fields', () =>
      spec
        .given([planned])
        .when(revise({ actionFieldIds: ['af-arbeit', 'af-koop'] }, 'Programm geändert'))
        .then([
          revised(
            { addedActionFieldIds: ['af-koop'], removedActionFieldIds: ['af-digital'] },
            'Programm geändert',
          ),
        ]));
    it('clears the description with a blank one', () =>
      spec
        .given([planned, revised({ description: 'Alt' })])
        .when(revise({ description: ' ' }))
        .then([revised({ description: '' })]));
    it('moves the date', () =>
      spec
        .given([planned])
        .when(revise({ date: '2017-03-08' }))
        .then([revised({ date: day('2017-03-08') })]));
    it('rejects an edit that changes nothing', () =>
      spec
        .given([planned])
        .when(revise({ actionFieldIds: ['af-arbeit', 'af-digital'] }))
        .thenFails('BAD_USER_INPUT'));
    it('rejects an empty edit', () =>
      spec.given([planned]).when(revise({})).thenFails('BAD_USER_INPUT'));
    itRejects(spec.given([planned]), [
      [
        'rejects head counts before it is held',
        revise({ participantsBySector: { industry: 3 } }),
        'participantsBySector',
      ],
      ['rejects a summary before it is held', revise({ summary: 'Gut' }), 'summary'],
      ['rejects a title over 200', revise({ title: 'x'.repeat(201) }), 'title'],
      ['rejects a blank place', revise({ place: ' ' }), 'place'],
      ['rejects a bad date', revise({ date: '2017-13-45' }), 'date'],
      ['rejects an unknown kind', revise({ kind: 'fest' as 'other' }), 'kind'],
      [
        'rejects a duplicate action field',
        revise({ actionFieldIds: ['a', 'a'] }),
        'actionFieldIds.1',
      ],
    ]);
  });
  describe('when held', () => {
    it('corrects head counts, keeping the sectors not given', () =>
      spec
        .given([
          planned,
          {
            ...held,
            data: {
              meetingId,
              participantsBySector: { industry: 40, science: 20, society: 5, administration: 8 },
            },
          },
        ])
        .when(revise({ participantsBySector: { society: 6 } }))
        .then([
          revised({
            participantsBySector: { industry: 40, science: 20, society: 6, administration: 8 },
          }),
        ]));
    it('records a summary', () =>
      spec
        .given([planned, held])
        .when(revise({ summary: 'Lebhafte Diskussion' }))
        .then([revised({ summary: 'Lebhafte Diskussion' })]));
    it('rejects a negative head count', () =>
      spec
        .given([planned, held])
        .when(revise({ participantsBySector: { science: -1 } }))
        .thenFails('BAD_USER_INPUT', 'participantsBySector.science'));
  });
  describeInvalidIn(meeting, ['cancelled'], histories, revise({ title: 'Neu' }));
});

describe('RecordMeetingHeld', () => {
  describe('when planned', () => {
    it('records it as held on its real date', () =>
      spec.given([planned]).when(recordHeld()).then([held]));
    it('fills the sectors not given with 0 and keeps the summary', () =>
      spec
        .given([planned])
        .when(
          recordHeld({
            participantsBySector: { industry: 120, science: 45 },
            summary: 'Keynote Westkämper',
          }),
        )
        .then([
          {
            ...held,
            data: {
              meetingId,
              participantsBySector: { industry: 120, science: 45, society: 0, administration: 0 },
              summary: 'Keynote Westkämper',
            },
          },
        ]));
    it('defaults to now', () =>
      spec
        .given([planned])
        .when(recordHeld({}, meta()))
        .then([{ ...held, occurredAt: at }]));
    itRejects(spec.given([planned]), [
      [
        'rejects a future occurredAt',
        recordHeld({}, meta({ occurredAt: '2027-01-01' })),
        'occurredAt',
      ],
      [
        'rejects a fractional head count',
        recordHeld({ participantsBySector: { industry: 1.5 } }),
        'participantsBySector.industry',
      ],
      [
        'rejects an unknown sector',
        recordHeld({ participantsBySector: { press: 3 } as unknown as { industry: number } }),
        'participantsBySector',
      ],
      ['rejects a summary over 20,000', recordHeld({ summary: 'x'.repeat(20_001) }), 'summary'],
    ]);
  });
  describeInvalidIn(meeting, ['held', 'cancelled'], histories, recordHeld());
});

describe('CancelMeeting', () => {
  describe('when planned', () => {
    it('cancels it with the reason', () =>
      spec.given([planned]).when(cancel('Raum nicht verfügbar')).then([cancelled]));
    itRejects(spec.given([planned]), [
      ['requires a reason', cancel(), 'reason'],
      ['rejects a blank reason', cancel(' '), 'reason'],
    ]);
  });
  describeInvalidIn(meeting, ['held', 'cancelled'], histories, cancel('zu spät'));
});

describe('evolve', () => {
  it('folds to the held meeting with its edits', () => {
    const state = [
      planned,
      {
        ...held,
        data: {
          meetingId,
          participantsBySector: { industry: 1, science: 2, society: 3, administration: 4 },
          summary: 'S',
        },
      },
      revised({
        title: 'T',
        removedActionFieldIds: ['af-digital'],
        addedActionFieldIds: ['af-koop'],
        description: 'D',
      }),
      revised({ description: '', summary: '' }),
    ].reduce(meeting.evolve, meeting.initialState);
    expect(state).toEqual({
      status: 'held',
      meetingId,
      title: 'T',
      kind: 'conference',
      date: '2017-03-07',
      place: 'Leipziger Messe',
      actionFieldIds: ['af-arbeit', 'af-koop'],
      participantsBySector: { industry: 1, science: 2, society: 3, administration: 4 },
      participants: [],
      plannedAt: at,
      heldAt: heldOn,
    });
  });
  it('keeps the cancellation reason', () =>
    expect([planned, cancelled].reduce(meeting.evolve, meeting.initialState)).toMatchObject({
      status: 'cancelled',
      cancelledAt: at,
      cancellationReason: 'Raum nicht verfügbar',
    }));
});

describe('provenance', () => {
  const self = { kind: 'Meeting', id: meetingId } as const;
  const field = (id: string) => ({ kind: 'ActionField', id }) as const;
  it('adds coversField edges for the action fields it is planned with', () =>
    expect(meeting.provenanceOf(planned, meetingId)).toEqual([
      addEdge('coversField', field('af-digital'), self),
      addEdge('coversField', field('af-arbeit'), self),
    ]));
  it('removes and adds edges as an edit changes the action fields', () => {
    const moved = revised({ addedActionFieldIds: ['b'], removedActionFieldIds: ['a'] });
    expect(meeting.provenanceOf(moved, meetingId)).toEqual([
      removeEdge('coversField', field('a'), self),
      addEdge('coversField', field('b'), self),
    ]);
  });
  it('adds nothing for other events and sets nothing off', () => {
    for (const event of [held, cancelled, revised({ title: 'T' })])
      expect(meeting.provenanceOf(event, meetingId)).toEqual([]);
    expect(meeting.reactionsTo(planned, meetingId)).toEqual([]);
  });
  it('names the action fields a command refers to', () => {
    expect(meeting.referencesOf(plan())).toEqual([
      { kind: 'ActionField', id: 'af-digital', field: 'actionFieldIds.0' },
      { kind: 'ActionField', id: 'af-arbeit', field: 'actionFieldIds.1' },
    ]);
    expect(meeting.referencesOf(revise({ title: 'T' }))).toEqual([]);
    expect(meeting.referencesOf(cancel('x'))).toEqual([]);
    expect(meeting.targetOf(cancel('x'))).toBe(meetingId);
  });
});
