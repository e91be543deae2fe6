import type { CommandMetadata } from '../../shared/index.js';
import { day, meta, TEST_NOW, withReason } from '../../shared/testing/decider-specification.js';
import { type DataOf, itemFixtures } from '../../shared/testing/fixtures.js';
import type { MeetingCommand, MeetingEvent } from '../index.js';

/** The StrategieKonferenz of 7 March 2017 in Leipzig, entered afterwards. */
export const meetingId = 'mtg-konferenz-2017';
export const at = TEST_NOW;
export const heldOn = '2017-03-07T17:00:00.000Z';

/** A command on the fixture's meeting (`meetingId` filled in) and the event it records. */
export const { command, event } = itemFixtures<MeetingCommand, MeetingEvent, 'meetingId'>(
  'meetingId',
  meetingId,
);

const details = {
  title: 'StrategieKonferenz: Industrie der ZUKUNFT',
  kind: 'conference',
  date: '2017-03-07',
  place: 'Leipziger Messe',
  actionFieldIds: ['af-digital', 'af-arbeit'],
} as const;

const erika = {
  subjectId: 'subj-1',
  name: 'Erika Mustermann',
  email: 'erika@example.org',
  organisation: 'TU Dresden',
} as const;

export const plan = (data: Partial<DataOf<MeetingCommand, 'PlanMeeting'>> = {}) =>
  command('PlanMeeting', { ...details, ...data });

export const revise = (
  data: Omit<DataOf<MeetingCommand, 'ReviseMeeting'>, 'meetingId'>,
  reason?: string,
) => command('ReviseMeeting', data, withReason(reason));

export const recordHeld = (
  data: Omit<DataOf<MeetingCommand, 'RecordMeetingHeld'>, 'meetingId'> = {},
  metadata: CommandMetadata = meta({ occurredAt: heldOn }),
) => command('RecordMeetingHeld', data, metadata);

export const cancel = (reason?: string) => command('CancelMeeting', {}, withReason(reason));

export const register = (data: Partial<DataOf<MeetingCommand, 'RegisterParticipant'>> = {}) =>
  command('RegisterParticipant', { sector: 'science', ...erika, ...data });

export const remove = (subjectId: string, reason?: string) =>
  command('RemoveParticipant', { subjectId }, withReason(reason));

export const planned = event('MeetingPlanned', { ...details, date: day(details.date) });
export const held = { ...event('MeetingHeld', {}), occurredAt: heldOn };
export const cancelled = event('MeetingCancelled', {}, { reason: 'Raum nicht verfügbar' });

export const registered = {
  ...event('ParticipantRegistered', { subjectId: erika.subjectId, sector: 'science' }),
  personalData: [erika],
};

export const removed = event(
  'ParticipantRemoved',
  { subjectId: erika.subjectId },
  { reason: 'Doppelt erfasst' },
);

/** The events that lead to each status. */
export const histories = {
  planned: [planned],
  held: [planned, held],
  cancelled: [planned, cancelled],
};
