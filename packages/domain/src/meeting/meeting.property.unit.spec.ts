import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../shared/index.js';
import { badTexts, maybe, metadataAround, mostly } from '../shared/testing/arbitraries.js';
import { checkLifecycle, expectUnique } from '../shared/testing/explore.js';
import type { MeetingCommand } from './index.js';
import { MEETING_KINDS, meeting } from './index.js';

const id = 'mtg-1';
const text = mostly(
  fc.string({ minLength: 1, maxLength: 20 }).map((v) => `T${v}`),
  badTexts,
);
const optionalText = maybe(mostly(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(20_001))));
const fields = fc.uniqueArray(fc.constantFrom('af-1', 'af-2', 'af-3'), { maxLength: 3 });
const counts = fc.dictionary(
  mostly(fc.constantFrom(...SECTORS), fc.constant('press')),
  mostly(fc.nat({ max: 500 }), fc.constantFrom(-1, 2.5)),
) as fc.Arbitrary<Partial<Record<(typeof SECTORS)[number], number>>>;
const subject = fc.constantFrom('s-1', 's-2', 's-3');
const metadata = metadataAround(['2017-03-07', '2018-01-01T10:00:00Z'], 'bald');

const command: fc.Arbitrary<MeetingCommand> = fc.oneof(
  fc.record({
    type: fc.constant('PlanMeeting' as const),
    data: fc.record(
      {
        meetingId: fc.constant(id),
        title: text,
        kind: mostly(fc.constantFrom(...MEETING_KINDS), fc.constant('party' as 'other')),
        date: mostly(fc.constantFrom('2017-03-07', '2030-01-01'), fc.constant('morgen')),
        place: text,
        description: optionalText,
        actionFieldIds: fields,
      },
      { requiredKeys: ['meetingId', 'title', 'kind', 'date', 'place', 'actionFieldIds'] },
    ),
    metadata,
  }),
  fc.record({
    type: fc.constant('ReviseMeeting' as const),
    data: fc.record({
      meetingId: fc.constant(id),
      title: maybe(text),
      place: maybe(text),
      description: optionalText,
      actionFieldIds: maybe(fields),
      participantsBySector: maybe(counts),
      summary: optionalText,
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('RecordMeetingHeld' as const),
    data: fc.record({
      meetingId: fc.constant(id),
      participantsBySector: maybe(counts),
      summary: optionalText,
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('CancelMeeting' as const),
    data: fc.constant({ meetingId: id }),
    metadata,
  }),
  fc.record({
    type: fc.constant('RegisterParticipant' as const),
    data: fc.record({
      meetingId: fc.constant(id),
      subjectId: subject,
      sector: fc.constantFrom(...SECTORS),
      name: text,
      email: maybe(mostly(fc.constant('a@b.de'), fc.constant('kaputt'))),
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('RemoveParticipant' as const),
    data: fc.record({ meetingId: fc.constant(id), subjectId: subject }),
    metadata,
  }),
);

/** planned → held | cancelled; edits and registrations keep the status. */
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(meeting, fc.array(command, { maxLength: 30 }), {
      steps: { empty: ['planned'], planned: ['planned', 'held', 'cancelled'], held: ['held'] },
      statuses: ['cancelled', 'held', 'planned'],
      numRuns: 300,
      checks: () => ({
        itemId: id,
        onEvent: (event) => {
          expect(JSON.stringify(event.data)).not.toMatch(/a@b\.de/);
          expect(meeting.reactionsTo(event, id)).toEqual([]);
        },
      }),
      afterRun: ({ state, edges }) => {
        // The coversField edges are exactly the meeting's action fields; registrations are unique.
        if (state.status === 'empty') return;
        expect([...edges].sort()).toEqual(
          state.actionFieldIds
            .map((field) => `coversField:ActionField:${field}→Meeting:${id}`)
            .sort(),
        );
        expectUnique(state.participants.map((p) => p.subjectId));
      },
    }));
});
