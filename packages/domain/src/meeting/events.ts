import { type CalendarDate, type DomainEvent, everyOf, type Sector } from '../shared/index.js';
import type { MeetingKind } from './commands.js';

/** Head counts per sector, always all four: counts are not personal data. */
export type ParticipantCounts = Readonly<Record<Sector, number>>;

export interface MeetingPlannedData {
  readonly meetingId: string;
  readonly title: string;
  readonly kind: MeetingKind;
  readonly date: CalendarDate;
  readonly place: string;
  readonly description?: string;
  readonly actionFieldIds: readonly string[];
}

/**
 * Carries only what changed. Action fields travel as added/removed ids, so the provenance
 * projection can add and remove `coversField` edges from the event alone. An empty
 * `description` or `summary` means it was cleared.
 */
export interface MeetingRevisedData {
  readonly meetingId: string;
  readonly title?: string;
  readonly kind?: MeetingKind;
  readonly date?: CalendarDate;
  readonly place?: string;
  readonly description?: string;
  readonly addedActionFieldIds?: readonly string[];
  readonly removedActionFieldIds?: readonly string[];
  readonly participantsBySector?: ParticipantCounts;
  readonly summary?: string;
}

export interface MeetingHeldData {
  readonly meetingId: string;
  readonly participantsBySector?: ParticipantCounts;
  readonly summary?: string;
}

export interface MeetingCancelledData {
  readonly meetingId: string;
}

/** No name, no e-mail: those are in the event's `personalData`, erasable on request. */
export interface ParticipantRegisteredData {
  readonly meetingId: string;
  readonly subjectId: string;
  readonly sector: Sector;
}

export interface ParticipantRemovedData {
  readonly meetingId: string;
  readonly subjectId: string;
}

export type MeetingPlanned = DomainEvent<'MeetingPlanned', MeetingPlannedData, 2>;
export type MeetingRevised = DomainEvent<'MeetingRevised', MeetingRevisedData, 2>;
export type MeetingHeld = DomainEvent<'MeetingHeld', MeetingHeldData>;
export type MeetingCancelled = DomainEvent<'MeetingCancelled', MeetingCancelledData>;
export type ParticipantRegistered = DomainEvent<'ParticipantRegistered', ParticipantRegisteredData>;
export type ParticipantRemoved = DomainEvent<'ParticipantRemoved', ParticipantRemovedData>;

export type MeetingEvent =
  | MeetingPlanned
  | MeetingRevised
  | MeetingHeld
  | MeetingCancelled
  | ParticipantRegistered
  | ParticipantRemoved;

export const MEETING_EVENT_TYPES = everyOf<MeetingEvent['type']>()([
  'MeetingPlanned',
  'MeetingRevised',
  'MeetingHeld',
  'MeetingCancelled',
  'ParticipantRegistered',
  'ParticipantRemoved',
]);
