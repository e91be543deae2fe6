import { type DomainError, existingIn } from '../shared/index.js';
import type { MeetingEvent } from './events.js';
import type { ExistingMeeting, MeetingState, MeetingStatus } from './state.js';

export type Decision = readonly MeetingEvent[] | DomainError;

/** The meeting if it exists and its status allows the command, else the error why not. */
export const meetingIn = (
  state: MeetingState,
  command: { type: string; data: { meetingId: string } },
  allowed: readonly MeetingStatus[],
): ExistingMeeting | DomainError =>
  existingIn(state, command, { field: 'meetingId', id: command.data.meetingId }, allowed);
