import type { CommandMetadata } from '../../shared/index.js';
import { day, meta, TEST_NOW, withReason } from '../../shared/testing/decider-specification.js';
import type {
  MeetingCancelled,
  MeetingCommand,
  MeetingHeld,
  MeetingPlanned,
  ParticipantRegistered,
  ParticipantRemoved,
  PlanMeetingData,
  RecordMeetingHeldData,
  RegisterParticipantData,
  ReviseMeetingData,
} from '../index.js';

/** The StrategieKonferenz of 7 March 2017 in Leipzig, entered afterwards. */
export const meetingId = 'mtg-konferenz-2017';
export const at = TEST_NOW;
export const heldOn = '2017-03-07T17:00:00.000Z';

export const plan = (data: Partial<PlanMeetingData> = {}): MeetingCommand => ({
  type: 'PlanMeeting',
  data: {
    meetingId,
    title: 'StrategieKonferenz: Industrie der ZUKUNFT',
    kind: 'conference',
    date: '2017-03-07',
    place: 'Leipziger Messe',
    actionFieldIds: ['af-digital', 'af-arbeit'],
    ...data,
  },
  metadata: meta(),
});

export const revise = (
  data: Omit<ReviseMeetingData, 'meetingId'>,
  reason?: string,
): MeetingCommand => ({
  type: 'ReviseMeeting',
  data: { meetingId, ...data },
  metadata: withReason(reason),
});

export const recordHeld = (
  data: Omit<RecordMeetingHeldData, 'meetingId'> = {},
  metadata: CommandMetadata = meta({ occurredAt: heldOn }),
): MeetingCommand => ({ type: 'RecordMeetingHeld', data: { meetingId, ...data }, metadata });

export const cancel = (reason?: string): MeetingCommand => ({
  type: 'CancelMeeting',
  data: { meetingId },
  metadata: withReason(reason),
});

export const register = (data: Partial<RegisterParticipantData> = {}): MeetingCommand => ({
  type: 'RegisterParticipant',
  data: {
    meetingId,
    subjectId: 'subj-1',
    sector: 'science',
    name: 'Erika Mustermann',
    email: 'erika@example.org',
    organisation: 'TU Dresden',
    ...data,
  },
  metadata: meta(),
});

export const remove = (subjectId: string, reason?: string): MeetingCommand => ({
  type: 'RemoveParticipant',
  data: { meetingId, subjectId },
  metadata: withReason(reason),
});

export const planned: MeetingPlanned = {
  type: 'MeetingPlanned',
  schemaVersion: 2,
  occurredAt: at,
  data: {
    meetingId,
    title: 'StrategieKonferenz: Industrie der ZUKUNFT',
    kind: 'conference',
    date: day('2017-03-07'),
    place: 'Leipziger Messe',
    actionFieldIds: ['af-digital', 'af-arbeit'],
  },
};

export const held: MeetingHeld = {
  type: 'MeetingHeld',
  schemaVersion: 1,
  occurredAt: heldOn,
  data: { meetingId },
};

export const cancelled: MeetingCancelled = {
  type: 'MeetingCancelled',
  schemaVersion: 1,
  occurredAt: at,
  data: { meetingId },
  reason: 'Raum nicht verfügbar',
};

export const registered: ParticipantRegistered = {
  type: 'ParticipantRegistered',
  schemaVersion: 1,
  occurredAt: at,
  data: { meetingId, subjectId: 'subj-1', sector: 'science' },
  personalData: [
    {
      subjectId: 'subj-1',
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      organisation: 'TU Dresden',
    },
  ],
};

export const removed: ParticipantRemoved = {
  type: 'ParticipantRemoved',
  schemaVersion: 1,
  occurredAt: at,
  data: { meetingId, subjectId: 'subj-1' },
  reason: 'Doppelt erfasst',
};
