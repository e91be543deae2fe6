import { type Aggregate, targetIn } from '../shared/index.js';
import { MEETING_COMMAND_TYPES, type MeetingCommand } from './commands.js';
import { decide } from './decide.js';
import { MEETING_EVENT_TYPES, type MeetingEvent } from './events.js';
import { provenanceOf } from './provenance.js';
import { referencesOf } from './references.js';
import { evolve, initialState, type MeetingState } from './state.js';

export const meeting: Aggregate<MeetingCommand, MeetingEvent, MeetingState> = {
  kind: 'Meeting',
  commandTypes: MEETING_COMMAND_TYPES,
  eventTypes: MEETING_EVENT_TYPES,
  initialState,
  decide,
  evolve,
  targetOf: targetIn('meetingId'),
  referencesOf,
  provenanceOf,
  // Suggestions raised at a meeting are captured on their own; a meeting sets nothing off.
  reactionsTo: () => [],
};

export type * from './commands.js';
export { MEETING_KINDS } from './commands.js';
export type * from './events.js';
export { meetingKindLabels, meetingStatusLabels } from './labels.js';
export type {
  CancelledMeeting,
  HeldMeeting,
  MeetingState,
  MeetingStatus,
  PlannedMeeting,
  RegisteredParticipant,
} from './state.js';
export { MEETING_STATUSES } from './state.js';
export { MEETING_COMMAND_TYPES, MEETING_EVENT_TYPES };
