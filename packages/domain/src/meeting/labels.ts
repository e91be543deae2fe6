import type { LocalizedMessage } from '../shared/index.js';
import type { MeetingKind } from './commands.js';
import type { MeetingStatus } from './state.js';

/** Veranstaltung: how its statuses read in the app, German first. */
export const meetingStatusLabels: Readonly<Record<MeetingStatus, LocalizedMessage>> = {
  planned: { de: 'Geplant', en: 'Planned' },
  held: { de: 'Durchgeführt', en: 'Held' },
  cancelled: { de: 'Abgesagt', en: 'Cancelled' },
};

export const meetingKindLabels: Readonly<Record<MeetingKind, LocalizedMessage>> = {
  workshop: { de: 'Workshop', en: 'Workshop' },
  talk: { de: 'Gespräch', en: 'Talk' },
  conference: { de: 'Konferenz', en: 'Conference' },
  other: { de: 'Sonstige', en: 'Other' },
};

export const meetingLabel: LocalizedMessage = { de: 'Veranstaltung', en: 'Meeting' };
