import { type DomainEvent, everyOf } from '../shared/index.js';
import type {
  CaptureSuggestionData,
  ReviseSuggestionData,
  SuggestionIdData,
  TakeUpSuggestionData,
} from './commands.js';

/** The submitter's name and address are in the event's `personalData`, erasable on request. */
export type SuggestionCapturedData = Omit<CaptureSuggestionData, 'actionFieldIds' | 'submitter'> & {
  readonly actionFieldIds: readonly string[];
  readonly submitterSubjectId?: string;
};

export type SuggestionRevisedData = Omit<ReviseSuggestionData, 'actionFieldIds'> & {
  readonly addedActionFieldIds?: readonly string[];
  readonly removedActionFieldIds?: readonly string[];
};

export type SuggestionCaptured = DomainEvent<'SuggestionCaptured', SuggestionCapturedData>;
export type SuggestionRevised = DomainEvent<'SuggestionRevised', SuggestionRevisedData>;
export type SuggestionTakenUp = DomainEvent<'SuggestionTakenUp', TakeUpSuggestionData>;
export type SuggestionDeclined = DomainEvent<'SuggestionDeclined', SuggestionIdData>;
export type SuggestionReopened = DomainEvent<'SuggestionReopened', SuggestionIdData>;

export type SuggestionEvent =
  | SuggestionCaptured
  | SuggestionRevised
  | SuggestionTakenUp
  | SuggestionDeclined
  | SuggestionReopened;

export const SUGGESTION_EVENT_TYPES = everyOf<SuggestionEvent['type']>()([
  'SuggestionCaptured',
  'SuggestionRevised',
  'SuggestionTakenUp',
  'SuggestionDeclined',
  'SuggestionReopened',
]);
