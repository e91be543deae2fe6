import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, isDomainError, SECTORS } from '../shared/index.js';
import { meta } from '../shared/testing/decider-specification.js';
import type { SuggestionCommand, SuggestionEvent, SuggestionState } from './index.js';
import { SUGGESTION_CHANNELS, SUGGESTION_TAKER_KINDS, suggestion } from './index.js';

const id = 'sug-1';
/** Mostly valid input, sometimes not: both paths must hold up. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: bad, weight: 1 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const body = mostly(
  fc.string({ minLength: 1, maxLength: 20 }).map((v) => `T${v}`),
  fc.constantFrom('', ' ', 'x'.repeat(20_001)),
);
const title = maybe(mostly(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(201))));
const fields = fc.uniqueArray(fc.constantFrom('af-1', 'af-2', 'af-3'), { maxLength: 3 });
const sector = mostly(fc.constantFrom(...SECTORS), fc.constant('press' as 'society'));
const metadata = fc
  .record({
    reason: maybe(mostly(fc.constantFrom('weil', 'Beschluss'), fc.constantFrom('', ' '))),
    occurredAt: maybe(
      mostly(
        fc.constantFrom('2017-03-07', '2018-01-01T10:00:00Z'),
        fc.constantFrom('2099-01-01', 'bald'),
      ),
    ),
  })
  .map(({ reason, occurredAt }) =>
    meta({
      ...(reason === undefined ? {} : { reason }),
      ...(occurredAt === undefined ? {} : { occurredAt }),
    }),
  );
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
const legalSteps = new Set([
  'empty→captured',
  'captured→captured',
  'captured→taken_up',
  'captured→declined',
  'taken_up→taken_up',
  'declined→captured',
]);
const edgeKey = (e: {
  relation: string;
  source: { kind: string; id: string };
  target: { kind: string; id: string };
}) => `${e.relation}:${e.source.kind}:${e.source.id}→${e.target.kind}:${e.target.id}`;

describe('when any sequence of commands is decided', () => {
  it('never throws, fails only with DomainErrors and follows the lifecycle', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let state: SuggestionState = suggestion.initialState;
        const history: SuggestionEvent[] = [];
        const edges = new Set<string>();
        for (const next of commands) {
          const result = suggestion.decide(next, state);
          expect(suggestion.decide(next, state)).toEqual(result);
          if (isDomainError(result)) continue;
          expect(Array.isArray(result)).toBe(true);
          for (const event of result) {
            expect(suggestion.eventTypes).toContain(event.type);
            expect(event.schemaVersion).toBe(1);
            expect(JSON.stringify(event.data)).not.toMatch(/a@b\.de/);
            const after = suggestion.evolve(state, event);
            expect(legalSteps).toContain(`${state.status}→${after.status}`);
            for (const { op, edge } of suggestion.provenanceOf(event, id)) {
              // An edge is added only when absent and removed only when present.
              expect(edges.has(edgeKey(edge))).toBe(op === 'remove');
              if (op === 'add') edges.add(edgeKey(edge));
              else edges.delete(edgeKey(edge));
            }
            expect(suggestion.reactionsTo(event, id)).toEqual([]);
            state = after;
            reached.add(after.status);
            history.push(event);
          }
        }
        expect(fold(suggestion, history)).toEqual(state);
        expect(fold(suggestion, history)).toEqual(fold(suggestion, history));
        if (state.status !== 'empty') {
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
          expect(new Set(takers).size).toBe(takers.length);
          expect(state.status === 'taken_up').toBe(takers.length > 0);
        }
      }),
      { numRuns: 300 },
    );
    // The generators must reach every status, or the property proves little.
    expect([...reached].sort()).toEqual(['captured', 'declined', 'taken_up']);
  });
});
