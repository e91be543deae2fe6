import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../shared/index.js';
import { maybe, metadataAround, mostly } from '../shared/testing/arbitraries.js';
import { checkLifecycle, expectUnique } from '../shared/testing/explore.js';
import type { SuggestionCommand } from './index.js';
import { SUGGESTION_CHANNELS, SUGGESTION_TAKER_KINDS, suggestion } from './index.js';

const id = 'sug-1';
const body = mostly(
  fc.string({ minLength: 1, maxLength: 20 }).map((v) => `T${v}`),
  fc.constantFrom('', ' ', 'x'.repeat(20_001)),
);
const title = maybe(mostly(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(201))));
const fields = fc.uniqueArray(fc.constantFrom('af-1', 'af-2', 'af-3'), { maxLength: 3 });
const sector = mostly(fc.constantFrom(...SECTORS), fc.constant('press' as 'society'));
const metadata = metadataAround(['2017-03-07', '2018-01-01T10:00:00Z'], 'bald');
const capture = fc
  .record({
    text: body,
    title,
    sector,
    channel: fc.constantFrom(...SUGGESTION_CHANNELS),
    withMeeting: fc.boolean(),
    actionFieldIds: maybe(fields),
    submitter: maybe(
      fc.record({
        subjectId: fc.constant('subj-1'),
        name: body,
        email: maybe(fc.constantFrom('a@b.de', 'kaputt')),
      }),
    ),
  })
  .map(({ withMeeting, ...data }) => ({
    ...data,
    suggestionId: id,
    ...(withMeeting ? { meetingId: 'mtg-1' } : {}),
  }));

const command: fc.Arbitrary<SuggestionCommand> = fc.oneof(
  fc.record({ type: fc.constant('CaptureSuggestion' as const), data: capture, metadata }),
  fc.record({
    type: fc.constant('ReviseSuggestion' as const),
    data: fc.record({
      suggestionId: fc.constant(id),
      text: maybe(body),
      title,
      sector: maybe(sector),
      actionFieldIds: maybe(fields),
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('TakeUpSuggestion' as const),
    data: fc.record({
      suggestionId: fc.constant(id),
      by: fc.record({
        kind: fc.constantFrom(...SUGGESTION_TAKER_KINDS),
        id: fc.constantFrom('t-1', 't-2', ''),
      }),
    }),
    metadata,
  }),
  fc.record({
    type: fc.constant('DeclineSuggestion' as const),
    data: fc.constant({ suggestionId: id }),
    metadata,
  }),
  fc.record({
    type: fc.constant('ReopenSuggestion' as const),
    data: fc.constant({ suggestionId: id }),
    metadata,
  }),
);

/** captured → taken_up (and again) | declined → captured; edits keep the status. */
describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () =>
    checkLifecycle(suggestion, fc.array(command, { maxLength: 30 }), {
      steps: {
        empty: ['captured'],
        captured: ['captured', 'taken_up', 'declined'],
        taken_up: ['taken_up'],
        declined: ['captured'],
      },
      statuses: ['captured', 'declined', 'taken_up'],
      numRuns: 300,
      checks: () => ({
        itemId: id,
        onEvent: (event) => {
          expect(JSON.stringify(event.data)).not.toMatch(/a@b\.de/);
          expect(suggestion.reactionsTo(event, id)).toEqual([]);
        },
      }),
      afterRun: ({ state, edges }) => {
        if (state.status === 'empty') return;
        // The edges are the meeting it was raised at and its action fields, nothing more.
        const expected = [
          ...(state.meetingId === undefined
            ? []
            : [`raisedAt:Meeting:${state.meetingId}→Suggestion:${id}`]),
          ...state.actionFieldIds.map((f) => `coversField:ActionField:${f}→Suggestion:${id}`),
        ];
        expect([...edges].sort()).toEqual(expected.sort());
        // A meeting is named exactly when the channel is a meeting.
        expect(state.meetingId !== undefined).toBe(state.channel === 'meeting');
        const takers = state.takenUpBy.map((t) => `${t.kind}:${t.id}`);
        expectUnique(takers);
        expect(state.status === 'taken_up').toBe(takers.length > 0);
      },
    }));
});
