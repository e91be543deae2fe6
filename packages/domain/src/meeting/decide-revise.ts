import {
  badInput,
  checkBody,
  checkCalendarDate,
  checkedCalendarDate,
  checkIds,
  checkOneOf,
  checkTitle,
  firstError,
  nothingToChange,
  oneEvent,
  SECTORS,
  textOrNothing,
} from '../shared/index.js';
import { MEETING_KINDS, type ReviseMeeting } from './commands.js';
import type { Decision } from './common.js';
import type { MeetingRevisedData } from './events.js';
import type { ExistingMeeting } from './state.js';
import { checkCounts, checkPlace, mergeCounts } from './validate.js';

/** Head counts and a summary describe what happened, so they wait until the meeting is held. */
const onlyWhenHeld = (field: string, given: unknown, meeting: ExistingMeeting) =>
  given === undefined || meeting.status === 'held'
    ? undefined
    : badInput(
        field,
        `„${field}“ kann erst nach der Veranstaltung erfasst werden.`,
        `"${field}" can only be recorded once the meeting is held.`,
      );

const validate = ({ data }: ReviseMeeting, meeting: ExistingMeeting) =>
  firstError(
    data.title === undefined ? undefined : checkTitle('title', data.title),
    data.kind === undefined ? undefined : checkOneOf('kind', data.kind, MEETING_KINDS),
    data.date === undefined ? undefined : checkCalendarDate('date', data.date),
    data.place === undefined ? undefined : checkPlace(data.place),
    checkBody('description', data.description, false),
    data.actionFieldIds === undefined ? undefined : checkIds('actionFieldIds', data.actionFieldIds),
    onlyWhenHeld('participantsBySector', data.participantsBySector, meeting),
    data.participantsBySector === undefined ? undefined : checkCounts(data.participantsBySector),
    onlyWhenHeld('summary', data.summary, meeting),
    checkBody('summary', data.summary, false),
  );

/** Only what differs from the meeting as it is; a cleared text is recorded as ''. */
const changesOf = ({ data }: ReviseMeeting, meeting: ExistingMeeting): MeetingRevisedData => {
  const differs = <T>(given: T | undefined, current: T): given is T =>
    given !== undefined && given !== current;
  const description =
    data.description === undefined ? undefined : (textOrNothing(data.description) ?? '');
  const summary = data.summary === undefined ? undefined : (textOrNothing(data.summary) ?? '');
  const currentSummary = (meeting.status === 'held' ? meeting.summary : undefined) ?? '';
  const ids = data.actionFieldIds ?? meeting.actionFieldIds;
  const added = ids.filter((id) => !meeting.actionFieldIds.includes(id));
  const removed = meeting.actionFieldIds.filter((id) => !ids.includes(id));
  const counts =
    data.participantsBySector &&
    mergeCounts(meeting.participantsBySector, data.participantsBySector);
  const countsDiffer =
    counts !== undefined && SECTORS.some((s) => counts[s] !== meeting.participantsBySector[s]);
  return {
    meetingId: meeting.meetingId,
    ...(differs(data.title, meeting.title) ? { title: data.title } : {}),
    ...(differs(data.kind, meeting.kind) ? { kind: data.kind } : {}),
    ...(differs(data.date, meeting.date) ? { date: checkedCalendarDate(data.date) } : {}),
    ...(differs(data.place, meeting.place) ? { place: data.place } : {}),
    ...(differs(description, meeting.description ?? '') ? { description } : {}),
    ...(added.length > 0 ? { addedActionFieldIds: added } : {}),
    ...(removed.length > 0 ? { removedActionFieldIds: removed } : {}),
    ...(countsDiffer ? { participantsBySector: counts } : {}),
    ...(differs(summary, currentSummary) ? { summary } : {}),
  };
};

export const reviseMeeting = (command: ReviseMeeting, meeting: ExistingMeeting): Decision => {
  const invalid = validate(command, meeting);
  if (invalid) return invalid;
  const changes = changesOf(command, meeting);
  if (Object.keys(changes).length === 1) {
    return nothingToChange();
  }
  return oneEvent(command.metadata, {
    type: 'MeetingRevised',
    schemaVersion: 2,
    data: changes,
  });
};
