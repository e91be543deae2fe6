import {
  assertNever,
  checkBody,
  checkDate,
  checkOneOf,
  checkReason,
  checkTitle,
  DomainError,
  firstError,
  resolveOccurredAt,
} from '../shared/index.js';
import {
  type CancelMeeting,
  MEETING_KINDS,
  type MeetingCommand,
  type PlanMeeting,
  type RecordMeetingHeld,
} from './commands.js';
import { type Decision, explanation, meetingIn, textOrNothing } from './common.js';
import { registerParticipant, removeParticipant } from './decide-participants.js';
import { reviseMeeting } from './decide-revise.js';
import type { MeetingState } from './state.js';
import { checkCounts, checkId, checkIdList, checkPlace, mergeCounts } from './validate.js';

const plan = ({ data, metadata }: PlanMeeting, state: MeetingState): Decision => {
  if (state.status !== 'empty') {
    return new DomainError(
      'CONFLICT',
      {
        de: `Die Veranstaltung „${data.meetingId}“ gibt es bereits.`,
        en: `Meeting "${data.meetingId}" already exists.`,
      },
      { field: 'meetingId' },
    );
  }
  const invalid = firstError(
    checkId('meetingId', data.meetingId),
    checkTitle('title', data.title),
    checkOneOf('kind', data.kind, MEETING_KINDS),
    checkDate('date', data.date),
    checkPlace(data.place),
    checkBody('description', data.description, false),
    checkIdList('actionFieldIds', data.actionFieldIds),
  );
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const { meetingId, title, kind, date, place, actionFieldIds } = data;
  const description = textOrNothing(data.description);
  return [
    {
      type: 'MeetingPlanned',
      schemaVersion: 1,
      occurredAt,
      data: {
        meetingId,
        title,
        kind,
        date,
        place,
        ...(description === undefined ? {} : { description }),
        actionFieldIds: [...actionFieldIds],
      },
      ...explanation(metadata),
    },
  ];
};

/** `occurredAt` is when it was held: a 2017 workshop entered today keeps its real date. */
const recordHeld = (command: RecordMeetingHeld, state: MeetingState): Decision => {
  const { data, metadata } = command;
  const meeting = meetingIn(state, command, ['planned']);
  if (meeting instanceof DomainError) return meeting;
  const invalid = firstError(
    data.participantsBySector === undefined ? undefined : checkCounts(data.participantsBySector),
    checkBody('summary', data.summary, false),
  );
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  const summary = textOrNothing(data.summary);
  return [
    {
      type: 'MeetingHeld',
      schemaVersion: 1,
      occurredAt,
      data: {
        meetingId: meeting.meetingId,
        ...(data.participantsBySector === undefined
          ? {}
          : {
              participantsBySector: mergeCounts(
                meeting.participantsBySector,
                data.participantsBySector,
              ),
            }),
        ...(summary === undefined ? {} : { summary }),
      },
      ...explanation(metadata),
    },
  ];
};

const cancel = (command: CancelMeeting, state: MeetingState): Decision => {
  const meeting = meetingIn(state, command, ['planned']);
  if (meeting instanceof DomainError) return meeting;
  const invalid = checkReason(command.metadata);
  if (invalid) return invalid;
  const occurredAt = resolveOccurredAt(command.metadata);
  if (occurredAt instanceof DomainError) return occurredAt;
  return [
    {
      type: 'MeetingCancelled',
      schemaVersion: 1,
      occurredAt,
      data: { meetingId: meeting.meetingId },
      ...explanation(command.metadata),
    },
  ];
};

export const decide = (command: MeetingCommand, state: MeetingState): Decision => {
  switch (command.type) {
    case 'PlanMeeting':
      return plan(command, state);
    case 'ReviseMeeting':
      return reviseMeeting(command, state);
    case 'RecordMeetingHeld':
      return recordHeld(command, state);
    case 'CancelMeeting':
      return cancel(command, state);
    case 'RegisterParticipant':
      return registerParticipant(command, state);
    case 'RemoveParticipant':
      return removeParticipant(command, state);
    default:
      return assertNever(command);
  }
};
