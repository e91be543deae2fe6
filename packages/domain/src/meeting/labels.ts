import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { MeetingKind } from './commands.js';
import type { MeetingStatus } from './state.js';

/** Veranstaltung: how its statuses read in the app, German first. */
export const meetingStatusLabels: LabelsOf<MeetingStatus> = {
  planned: COMMON_LABELS.planned,
  held: { de: 'Durchgeführt', en: 'Held' },
  cancelled: { de: 'Abgesagt', en: 'Cancelled' },
};

export const meetingKindLabels: LabelsOf<MeetingKind> = {
  workshop: { de: 'Workshop', en: 'Workshop' },
  talk: { de: 'Gespräch', en: 'Talk' },
  conference: { de: 'Konferenz', en: 'Conference' },
  other: COMMON_LABELS.other,
};
