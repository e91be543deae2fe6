import type { CancelledMeeting, HeldMeeting, PlannedMeeting } from '@fahrplan/domain';
import type { ItemRow } from '../../../queries/items.js';

/** What `row.state` of a meeting holds: the domain state at that version. */
export type MeetingShape = PlannedMeeting | HeldMeeting | CancelledMeeting;

export const meetingOf = (row: ItemRow) => row.state as unknown as MeetingShape;
