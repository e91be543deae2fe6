import { TEST_NOW, withReason } from '../../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../../shared/testing/fixtures.js';
import type { SuggestionCommand, SuggestionEvent, SuggestionTaker } from '../index.js';

/** A suggestion raised at the StrategieKonferenz of 7 March 2017 in Leipzig. */
export const suggestionId = 'sug-1';
export const at = TEST_NOW;
export const raisedOn = '2017-03-07T15:00:00.000Z';
export const recommendation: SuggestionTaker = { kind: 'Recommendation', id: 'rec-1' };
export const projectIdea: SuggestionTaker = { kind: 'ProjectIdea', id: 'pi-1' };

/** A command on the fixture's suggestion (`suggestionId` filled in) and the event it records. */
export const { command, event } = itemFixtures<SuggestionCommand, SuggestionEvent, 'suggestionId'>(
  'suggestionId',
  suggestionId,
);

const details = {
  text: 'Digitalisierungslotsen für kleine Betriebe einsetzen.',
  sector: 'industry',
  channel: 'meeting',
  meetingId: 'mtg-konferenz-2017',
  actionFieldIds: ['af-digital'],
} as const;

export const capture = (data: Partial<DataOf<SuggestionCommand, 'CaptureSuggestion'>> = {}) =>
  command('CaptureSuggestion', { ...details, ...data }, { occurredAt: raisedOn });

export const revise = (
  data: Omit<DataOf<SuggestionCommand, 'ReviseSuggestion'>, 'suggestionId'>,
  reason?: string,
) => command('ReviseSuggestion', data, withReason(reason));

export const takeUp = (by: SuggestionTaker) => command('TakeUpSuggestion', { by });
export const decline = (reason?: string) => command('DeclineSuggestion', {}, withReason(reason));
export const reopen = (reason?: string) => command('ReopenSuggestion', {}, withReason(reason));

export const captured = { ...event('SuggestionCaptured', details), occurredAt: raisedOn };
export const takenUpBy = (by: SuggestionTaker) => event('SuggestionTakenUp', { by });
export const declined = event('SuggestionDeclined', {}, { reason: 'Außerhalb des Auftrags' });
export const reopened = event('SuggestionReopened', {}, { reason: 'Neu bewertet' });

/** The events that lead to each status. */
export const histories = {
  captured: [captured],
  taken_up: [captured, takenUpBy(recommendation)],
  declined: [captured, declined],
};
