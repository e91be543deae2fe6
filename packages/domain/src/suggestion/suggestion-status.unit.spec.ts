import { describe, expect, it } from 'vitest';
import { DeciderSpecification, meta } from '../shared/testing/decider-specification.js';
import { describeInvalidIn, itRejects } from '../shared/testing/guards.js';
import { suggestion, takeUpSuggestionFollowUp } from './index.js';
import {
  captured,
  decline,
  declined,
  histories,
  projectIdea,
  recommendation,
  reopen,
  reopened,
  suggestionId,
  takenUpBy,
  takeUp,
} from './testing/fixtures.js';

const spec = DeciderSpecification.for(suggestion);

describe('TakeUpSuggestion', () => {
  describe('when captured', () => {
    it('is taken up by a recommendation', () =>
      spec
        .given([captured])
        .when(takeUp(recommendation))
        .then([takenUpBy(recommendation)]));
    itRejects(spec.given([captured]), [
      [
        'rejects an unknown kind of taker',
        takeUp({ kind: 'Measure' as 'ProjectIdea', id: 'm-1' }),
        'by.kind',
      ],
      ['rejects a blank taker id', takeUp({ kind: 'ProjectIdea', id: '' }), 'by.id'],
    ]);
  });
  describe('when taken up', () => {
    it('records another taker and stays taken up', () =>
      spec
        .given([captured, takenUpBy(recommendation)])
        .when(takeUp(projectIdea))
        .then([takenUpBy(projectIdea)]));
    it('records nothing when the same taker takes it up again (a re-link)', () =>
      spec
        .given([captured, takenUpBy(recommendation)])
        .when(takeUp(recommendation))
        .then([]));
    it('tells takers of different kinds with the same id apart', () =>
      spec
        .given([captured, takenUpBy({ kind: 'Recommendation', id: 'x' })])
        .when(takeUp({ kind: 'ProjectIdea', id: 'x' }))
        .then([takenUpBy({ kind: 'ProjectIdea', id: 'x' })]));
  });
  describeInvalidIn(suggestion, ['declined'], histories, takeUp(recommendation));
  it('is the command a taker sends as a follow-up', () => {
    const followUp = takeUpSuggestionFollowUp({ suggestionId, by: recommendation }, meta());
    expect(followUp).toEqual({
      kind: 'Suggestion',
      command: {
        type: 'TakeUpSuggestion',
        data: { suggestionId, by: recommendation },
        metadata: meta(),
      },
    });
    expect(suggestion.commandTypes).toContain(followUp.command.type);
  });
});

describe('DeclineSuggestion', () => {
  describe('when captured', () => {
    it('declines it with the reason', () =>
      spec.given([captured]).when(decline('Außerhalb des Auftrags')).then([declined]));
    itRejects(spec.given([captured]), [
      ['requires a reason', decline(), 'reason'],
      ['rejects a reason over 2,000', decline('x'.repeat(2_001)), 'reason'],
    ]);
  });
  describeInvalidIn(suggestion, ['taken_up', 'declined'], histories, decline('x'));
});

describe('ReopenSuggestion', () => {
  describe('when declined', () => {
    it('reopens it with the reason', () =>
      spec.given([captured, declined]).when(reopen('Neu bewertet')).then([reopened]));
    it('requires a reason', () =>
      spec.given([captured, declined]).when(reopen()).thenFails('BAD_USER_INPUT', 'reason'));
    it('is captured again and can be taken up', () =>
      spec
        .given([captured, declined, reopened])
        .when(takeUp(recommendation))
        .then([takenUpBy(recommendation)]));
  });
  describeInvalidIn(suggestion, ['captured', 'taken_up'], histories, reopen('x'));
});

describe('status in the state', () => {
  it('remembers why it was declined and forgets it when reopened', () => {
    const declinedState = [captured, declined].reduce(suggestion.evolve, suggestion.initialState);
    expect(declinedState).toMatchObject({
      status: 'declined',
      declineReason: 'Außerhalb des Auftrags',
    });
    const reopenedState = suggestion.evolve(declinedState, reopened);
    expect(reopenedState.status).toBe('captured');
    expect(reopenedState).not.toHaveProperty('declinedAt');
    expect(reopenedState).not.toHaveProperty('declineReason');
  });
});
