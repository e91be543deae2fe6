import { MEETING_KINDS, meetingKindLabels } from '@fahrplan/domain';
import { labelledEnum } from '../labelled-enum.js';

/** Veranstaltungsart (`'workshop'`, …). */
export const MeetingKindEnum = labelledEnum(
  'MeetingKind',
  'What kind of meeting it is (Art der Veranstaltung).',
  MEETING_KINDS,
  meetingKindLabels,
);
