import { type Command, everyOf, type Sector } from '../shared/index.js';

/** Veranstaltung: Workshop, Gespräch, Konferenz or something else. */
export const MEETING_KINDS = ['workshop', 'talk', 'conference', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Head counts per sector; a sector left out keeps its current count (0 at first). */
export type ParticipantCountsInput = Readonly<Partial<Record<Sector, number>>>;

export interface PlanMeetingData {
  readonly meetingId: string;
  readonly title: string;
  readonly kind: MeetingKind;
  /** The meeting's own date (ISO date or date-time), past or future. */
  readonly date: string;
  readonly place: string;
  readonly description?: string;
  readonly actionFieldIds: readonly string[];
}

/**
 * Only the fields to change; at least one must differ. A blank `description` or `summary`
 * clears it. `participantsBySector` and `summary` belong to a held meeting only.
 */
export interface ReviseMeetingData {
  readonly meetingId: string;
  readonly title?: string;
  readonly kind?: MeetingKind;
  readonly date?: string;
  readonly place?: string;
  readonly description?: string;
  readonly actionFieldIds?: readonly string[];
  readonly participantsBySector?: ParticipantCountsInput;
  readonly summary?: string;
}

export interface RecordMeetingHeldData {
  readonly meetingId: string;
  readonly participantsBySector?: ParticipantCountsInput;
  readonly summary?: string;
}

export interface CancelMeetingData {
  readonly meetingId: string;
}

/** Name, e-mail and organisation go into the event's erasable `personalData`, not its data. */
export interface RegisterParticipantData {
  readonly meetingId: string;
  readonly subjectId: string;
  readonly sector: Sector;
  readonly name: string;
  readonly email?: string;
  readonly organisation?: string;
}

export interface RemoveParticipantData {
  readonly meetingId: string;
  readonly subjectId: string;
}

export type PlanMeeting = Command<'PlanMeeting', PlanMeetingData>;
export type ReviseMeeting = Command<'ReviseMeeting', ReviseMeetingData>;
export type RecordMeetingHeld = Command<'RecordMeetingHeld', RecordMeetingHeldData>;
/** Needs `metadata.reason`. */
export type CancelMeeting = Command<'CancelMeeting', CancelMeetingData>;
export type RegisterParticipant = Command<'RegisterParticipant', RegisterParticipantData>;
/** Needs `metadata.reason`. */
export type RemoveParticipant = Command<'RemoveParticipant', RemoveParticipantData>;

export type MeetingCommand =
  | PlanMeeting
  | ReviseMeeting
  | RecordMeetingHeld
  | CancelMeeting
  | RegisterParticipant
  | RemoveParticipant;

export const MEETING_COMMAND_TYPES = everyOf<MeetingCommand['type']>()([
  'PlanMeeting',
  'ReviseMeeting',
  'RecordMeetingHeld',
  'CancelMeeting',
  'RegisterParticipant',
  'RemoveParticipant',
]);
