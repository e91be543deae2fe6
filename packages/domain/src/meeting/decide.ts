import { createOnce } from '../shared/create-once.js';
import {
  checkBody,
  checkCalendarDate,
  checkedCalendarDate,
  checkId,
  checkIds,
  checkOneOf,
  checkReason,
  checkTitle,
  firstError,
  itemDecider,
  oneEvent,
  textOrNothing,
} from '../shared/index.js';
import {
  type CancelMeeting,
  MEETING_KINDS,
  type MeetingCommand,
  type PlanMeeting,
  type RecordMeetingHeld,
} from './commands.js';
import type { Decision } from './common.js';
import { registerParticipant, removeParticipant } from './decide-participants.js';
import { reviseMeeting } from './decide-revise.js';
import type { ExistingMeeting, MeetingState, MeetingStatus } from './state.js';
import { checkCounts, checkPlace, mergeCounts } from './validate.js';

const plan = ({ data, metadata }: PlanMeeting): Decision => {
  const invalid = firstError(
    checkId('meetingId', data.meetingId),
    checkTitle('title', data.title),
    checkOneOf('kind', data.kind, MEETING_KINDS),
    checkCalendarDate('date', data.date),
    checkPlace(data.place),
    checkBody('description', data.description, false),
    checkIds('actionFieldIds', data.actionFieldIds),
  );
  if (invalid) return invalid;
  const { meetingId, title, kind, date, place, actionFieldIds } = data;
  const description = textOrNothing(data.description);
  return oneEvent(metadata, {
    type: 'MeetingPlanned',
    schemaVersion: 2,
    data: {
      meetingId,
      title,
      kind,
      date: checkedCalendarDate(date),
      place,
      ...(description === undefined ? {} : { description }),
      actionFieldIds: [...actionFieldIds],
    },
  });
};

/** `occurredAt` is when it was held: a 2017 workshop entered today keeps its real date. */
const recordHeld = (command: RecordMeetingHeld, meeting: ExistingMeeting): Decision => {
  const { data, metadata } = command;
  const invalid = firstError(
    data.participantsBySector === undefined ? undefined : checkCounts(data.participantsBySector),
    checkBody('summary', data.summary, false),
  );
  if (invalid) return invalid;
  const summary = textOrNothing(data.summary);
  return oneEvent(metadata, {
    type: 'MeetingHeld',
    schemaVersion: 1,
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
  });
};

const cancel = (command: CancelMeeting, meeting: ExistingMeeting): Decision =>
  checkReason(command.metadata) ??
  oneEvent(command.metadata, {
    type: 'MeetingCancelled',
    schemaVersion: 1,
    data: { meetingId: meeting.meetingId },
  });

type ChangeCommand = Exclude<MeetingCommand, PlanMeeting>;

/**
 * planned → held or cancelled. Details and participants change before and after the meeting,
 * never once it is cancelled.
 */
const FROM: Readonly<Record<ChangeCommand['type'], readonly MeetingStatus[]>> = {
  ReviseMeeting: ['planned', 'held'],
  RecordMeetingHeld: ['planned'],
  CancelMeeting: ['planned'],
  RegisterParticipant: ['planned', 'held'],
  RemoveParticipant: ['planned', 'held'],
};

export const decide = itemDecider<MeetingCommand, MeetingState>()({
  idField: 'meetingId',
  create: { PlanMeeting: createOnce('Meeting', 'meetingId', plan) },
  from: FROM,
  change: {
    ReviseMeeting: reviseMeeting,
    RecordMeetingHeld: recordHeld,
    CancelMeeting: cancel,
    RegisterParticipant: registerParticipant,
    RemoveParticipant: removeParticipant,
  },
});
