import { type Command, everyOf, type Sector } from '../shared/index.js';

/** How a suggestion reached the team. */
export const SUGGESTION_CHANNELS = ['meeting', 'mail', 'online', 'other'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

/** What can take a suggestion up: a recommendation or a project idea grows from it. */
export const SUGGESTION_TAKER_KINDS = ['Recommendation', 'ProjectIdea'] as const;
export interface SuggestionTaker {
  readonly kind: (typeof SUGGESTION_TAKER_KINDS)[number];
  readonly id: string;
}

/** Who made the suggestion; only `subjectId` enters the event's data, the rest is erasable. */
export interface Submitter {
  readonly subjectId: string;
  readonly name: string;
  readonly email?: string;
  readonly organisation?: string;
}

export interface CaptureSuggestionData {
  readonly suggestionId: string;
  readonly text: string;
  readonly title?: string;
  readonly sector: Sector;
  readonly channel: SuggestionChannel;
  /** Required when `channel` is `meeting`, not allowed otherwise. */
  readonly meetingId?: string;
  /** The consultation it was submitted to: only with `channel` `online`. */
  readonly consultationId?: string;
  readonly actionFieldIds?: readonly string[];
  readonly submitter?: Submitter;
}

/** Only the fields to change; at least one must differ. A blank `title` clears it. */
export interface ReviseSuggestionData {
  readonly suggestionId: string;
  readonly text?: string;
  readonly title?: string;
  readonly sector?: Sector;
  readonly actionFieldIds?: readonly string[];
}

export interface TakeUpSuggestionData {
  readonly suggestionId: string;
  readonly by: SuggestionTaker;
}

/** Declining and reopening name only the suggestion (the reason is in the metadata). */
export interface SuggestionIdData {
  readonly suggestionId: string;
}

export type CaptureSuggestion = Command<'CaptureSuggestion', CaptureSuggestionData>;
export type ReviseSuggestion = Command<'ReviseSuggestion', ReviseSuggestionData>;
/** Usually a follow-up of a recommendation or project idea (see `takeUpSuggestion`). */
export type TakeUpSuggestion = Command<'TakeUpSuggestion', TakeUpSuggestionData>;
/** Needs `metadata.reason`. */
export type DeclineSuggestion = Command<'DeclineSuggestion', SuggestionIdData>;
/** Needs `metadata.reason`. */
export type ReopenSuggestion = Command<'ReopenSuggestion', SuggestionIdData>;

export type SuggestionCommand =
  | CaptureSuggestion
  | ReviseSuggestion
  | TakeUpSuggestion
  | DeclineSuggestion
  | ReopenSuggestion;

export const SUGGESTION_COMMAND_TYPES = everyOf<SuggestionCommand['type']>()([
  'CaptureSuggestion',
  'ReviseSuggestion',
  'TakeUpSuggestion',
  'DeclineSuggestion',
  'ReopenSuggestion',
]);
