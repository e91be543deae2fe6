import { type DomainEvent, everyOf, type Sector } from '../shared/index.js';
import type { SuggestionChannel, SuggestionTaker } from './commands.js';

/** The submitter's name and address are in the event's `personalData`, erasable on request. */
export interface SuggestionCapturedData {
  readonly suggestionId: string;
  readonly text: string;
  readonly title?: string;
  readonly sector: Sector;
  readonly channel: SuggestionChannel;
  readonly meetingId?: string;
  readonly consultationId?: string;
  readonly actionFieldIds: readonly string[];
  readonly submitterSubjectId?: string;
}

/**
 * Carries only what changed. Action fields travel as added/removed ids, so the provenance
 * projection can add and remove `coversField` edges from the event alone. An empty `title`
 * means it was cleared.
 */
export interface SuggestionRevisedData {
  readonly suggestionId: string;
  readonly text?: string;
  readonly title?: string;
  readonly sector?: Sector;
  readonly addedActionFieldIds?: readonly string[];
  readonly removedActionFieldIds?: readonly string[];
}

export interface SuggestionTakenUpData {
  readonly suggestionId: string;
  readonly by: SuggestionTaker;
}

export interface SuggestionDeclinedData {
  readonly suggestionId: string;
}

export interface SuggestionReopenedData {
  readonly suggestionId: string;
}

export type SuggestionCaptured = DomainEvent<'SuggestionCaptured', SuggestionCapturedData>;
export type SuggestionRevised = DomainEvent<'SuggestionRevised', SuggestionRevisedData>;
export type SuggestionTakenUp = DomainEvent<'SuggestionTakenUp', SuggestionTakenUpData>;
export type SuggestionDeclined = DomainEvent<'SuggestionDeclined', SuggestionDeclinedData>;
export type SuggestionReopened = DomainEvent<'SuggestionReopened', SuggestionReopenedData>;

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
