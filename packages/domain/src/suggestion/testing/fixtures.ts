import { meta, TEST_NOW, withReason } from '../../shared/testing/decider-specification.js';
import type {
  CaptureSuggestionData,
  ReviseSuggestionData,
  SuggestionCaptured,
  SuggestionCommand,
  SuggestionDeclined,
  SuggestionReopened,
  SuggestionTakenUp,
  SuggestionTaker,
} from '../index.js';

/** A suggestion raised at the StrategieKonferenz of 7 March 2017 in Leipzig. */
export const suggestionId = 'sug-1';
export const at = TEST_NOW;
export const raisedOn = '2017-03-07T15:00:00.000Z';
export const recommendation: SuggestionTaker = { kind: 'Recommendation', id: 'rec-1' };
export const projectIdea: SuggestionTaker = { kind: 'ProjectIdea', id: 'pi-1' };

export const capture = (data: Partial<CaptureSuggestionData> = {}): SuggestionCommand => ({
  type: 'CaptureSuggestion',
  data: {
    suggestionId,
    text: 'Digitalisierungslotsen für kleine Betriebe einsetzen.',
    sector: 'industry',
    channel: 'meeting',
    meetingId: 'mtg-konferenz-2017',
    actionFieldIds: ['af-digital'],
    ...data,
  },
  metadata: meta({ occurredAt: raisedOn }),
});

export const revise = (
  data: Omit<ReviseSuggestionData, 'suggestionId'>,
  reason?: string,
): SuggestionCommand => ({
  type: 'ReviseSuggestion',
  data: { suggestionId, ...data },
  metadata: withReason(reason),
});

export const takeUp = (by: SuggestionTaker): SuggestionCommand => ({
  type: 'TakeUpSuggestion',
  data: { suggestionId, by },
  metadata: meta(),
});

export const decline = (reason?: string): SuggestionCommand => ({
  type: 'DeclineSuggestion',
  data: { suggestionId },
  metadata: withReason(reason),
});

export const reopen = (reason?: string): SuggestionCommand => ({
  type: 'ReopenSuggestion',
  data: { suggestionId },
  metadata: withReason(reason),
});

export const captured: SuggestionCaptured = {
  type: 'SuggestionCaptured',
  schemaVersion: 1,
  occurredAt: raisedOn,
  data: {
    suggestionId,
    text: 'Digitalisierungslotsen für kleine Betriebe einsetzen.',
    sector: 'industry',
    channel: 'meeting',
    meetingId: 'mtg-konferenz-2017',
    actionFieldIds: ['af-digital'],
  },
};

export const takenUpBy = (by: SuggestionTaker): SuggestionTakenUp => ({
  type: 'SuggestionTakenUp',
  schemaVersion: 1,
  occurredAt: at,
  data: { suggestionId, by },
});

export const declined: SuggestionDeclined = {
  type: 'SuggestionDeclined',
  schemaVersion: 1,
  occurredAt: at,
  data: { suggestionId },
  reason: 'Außerhalb des Auftrags',
};

export const reopened: SuggestionReopened = {
  type: 'SuggestionReopened',
  schemaVersion: 1,
  occurredAt: at,
  data: { suggestionId },
  reason: 'Neu bewertet',
};
