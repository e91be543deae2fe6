import { type DomainEvent, everyOf, type RecordedData, type Sector } from '../shared/index.js';
import type {
  CancelMeetingData,
  PlanMeetingData,
  RecordMeetingHeldData,
  RegisterParticipantData,
  RemoveParticipantData,
  ReviseMeetingData,
} from './commands.js';

/** Head counts per sector, always all four: counts are not personal data. */
export type ParticipantCounts = Readonly<Record<Sector, number>>;

export type MeetingPlannedData = RecordedData<PlanMeetingData, 'date'>;

/**
 * Carries only what changed. Action fields travel as added/removed ids, so the provenance
 * projection can add and remove `coversField` edges from the event alone. An empty
 * `description` or `summary` means it was cleared.
 */
export type MeetingRevisedData = Omit<
  RecordedData<ReviseMeetingData, 'date'>,
  'actionFieldIds' | 'participantsBySector'
> & {
  readonly addedActionFieldIds?: readonly string[];
  readonly removedActionFieldIds?: readonly string[];
  readonly participantsBySector?: ParticipantCounts;
};

export type MeetingHeldData = Omit<RecordMeetingHeldData, 'participantsBySector'> & {
  readonly participantsBySector?: ParticipantCounts;
};

/** No name, no e-mail: those are in the event's `personalData`, erasable on request. */
export type ParticipantRegisteredData = Pick<
  RegisterParticipantData,
  'meetingId' | 'subjectId' | 'sector'
>;

export type MeetingPlanned = DomainEvent<'MeetingPlanned', MeetingPlannedData, 2>;
export type MeetingRevised = DomainEvent<'MeetingRevised', MeetingRevisedData, 2>;
export type MeetingHeld = DomainEvent<'MeetingHeld', MeetingHeldData>;
export type MeetingCancelled = DomainEvent<'MeetingCancelled', CancelMeetingData>;
export type ParticipantRegistered = DomainEvent<'ParticipantRegistered', ParticipantRegisteredData>;
export type ParticipantRemoved = DomainEvent<'ParticipantRemoved', RemoveParticipantData>;

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
