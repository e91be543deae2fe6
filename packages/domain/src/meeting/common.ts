import {
  type CommandMetadata,
  type DomainError,
  invalidTransition,
  notFound,
} from '../shared/index.js';
import type { MeetingEvent } from './events.js';
import type { ExistingMeeting, MeetingState, MeetingStatus } from './state.js';

export type Decision = readonly MeetingEvent[] | DomainError;

/** Every event keeps the why of its command; absent keys stay absent so events compare cleanly. */
export const explanation = ({ reason, evidence }: CommandMetadata) => ({
  ...(reason === undefined ? {} : { reason }),
  ...(evidence === undefined ? {} : { evidence }),
});

/** The meeting if it exists and its status allows the command, else the error why not. */
export const meetingIn = (
  state: MeetingState,
  command: { type: string; data: { meetingId: string } },
  allowed: readonly MeetingStatus[],
): ExistingMeeting | DomainError => {
  if (state.status === 'empty') return notFound('meetingId', command.data.meetingId);
  return allowed.includes(state.status) ? state : invalidTransition(state.status, command.type);
};

/** A blank optional text counts as none. */
export const textOrNothing = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;
