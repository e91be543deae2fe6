import {
  checkOneOf,
  checkReason,
  DomainError,
  firstError,
  notFound,
  type PersonalData,
  resolveOccurredAt,
  SECTORS,
} from '../shared/index.js';
import type { RegisterParticipant, RemoveParticipant } from './commands.js';
import { type Decision, explanation, meetingIn, textOrNothing } from './common.js';
import type { MeetingState } from './state.js';
import { checkPerson } from './validate.js';

/** Participants are registered before or after the meeting, never for a cancelled one. */
export const registerParticipant = (
  command: RegisterParticipant,
  state: MeetingState,
): Decision => {
  const { data, metadata } = command;
  const meeting = meetingIn(state, command, ['planned', 'held']);
  if (meeting instanceof DomainError) return meeting;
  const invalid = firstError(checkPerson('', data), checkOneOf('sector', data.sector, SECTORS));
  if (invalid) return invalid;
  if (meeting.participants.some((p) => p.subjectId === data.subjectId)) {
    return new DomainError(
      'CONFLICT',
      {
        de: `„${data.subjectId}“ ist für diese Veranstaltung bereits angemeldet.`,
        en: `"${data.subjectId}" is already registered for this meeting.`,
      },
      { field: 'subjectId' },
    );
  }
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const email = textOrNothing(data.email);
  const organisation = textOrNothing(data.organisation);
  const person: PersonalData = {
    subjectId: data.subjectId,
    name: data.name,
    ...(email === undefined ? {} : { email }),
    ...(organisation === undefined ? {} : { organisation }),
  };
  return [
    {
      type: 'ParticipantRegistered',
      schemaVersion: 1,
      occurredAt,
      data: { meetingId: meeting.meetingId, subjectId: data.subjectId, sector: data.sector },
      personalData: [person],
      ...explanation(metadata),
    },
  ];
};

export const removeParticipant = (command: RemoveParticipant, state: MeetingState): Decision => {
  const { data, metadata } = command;
  const meeting = meetingIn(state, command, ['planned', 'held']);
  if (meeting instanceof DomainError) return meeting;
  if (!meeting.participants.some((p) => p.subjectId === data.subjectId)) {
    return notFound('subjectId', data.subjectId);
  }
  const invalid = checkReason(metadata);
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'ParticipantRemoved',
      schemaVersion: 1,
      occurredAt,
      data: { meetingId: meeting.meetingId, subjectId: data.subjectId },
      ...explanation(metadata),
    },
  ];
};
