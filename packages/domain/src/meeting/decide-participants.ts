import {
  checkOneOf,
  checkPerson,
  checkReason,
  conflict,
  firstError,
  notFound,
  oneEvent,
  personalDataOf,
  SECTORS,
} from '../shared/index.js';
import type { RegisterParticipant, RemoveParticipant } from './commands.js';
import type { Decision } from './common.js';
import type { ExistingMeeting } from './state.js';

/** Participants are registered before or after the meeting, never for a cancelled one. */
export const registerParticipant = (
  command: RegisterParticipant,
  meeting: ExistingMeeting,
): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(checkPerson('', data), checkOneOf('sector', data.sector, SECTORS));
  if (invalid) return invalid;
  if (meeting.participants.some((p) => p.subjectId === data.subjectId)) {
    return conflict(
      'subjectId',
      `„${data.subjectId}“ ist für diese Veranstaltung bereits angemeldet.`,
      `"${data.subjectId}" is already registered for this meeting.`,
    );
  }
  return oneEvent(metadata, {
    type: 'ParticipantRegistered',
    schemaVersion: 1,
    data: { meetingId: meeting.meetingId, subjectId: data.subjectId, sector: data.sector },
    personalData: [personalDataOf(data)],
  });
};

export const removeParticipant = (
  command: RemoveParticipant,
  meeting: ExistingMeeting,
): Decision => {
  const { data, metadata } = command;
  if (!meeting.participants.some((p) => p.subjectId === data.subjectId)) {
    return notFound('subjectId', data.subjectId);
  }
  return (
    checkReason(metadata) ??
    oneEvent(metadata, {
      type: 'ParticipantRemoved',
      schemaVersion: 1,
      data: { meetingId: meeting.meetingId, subjectId: data.subjectId },
    })
  );
};
