import type { LocalizedMessage } from '../shared/index.js';
import type { ConsultationStatus, SubmissionStatus } from './state.js';

export const consultationKindLabel: LocalizedMessage = { de: 'Beteiligung', en: 'Consultation' };

export const consultationStatusLabels: Readonly<Record<ConsultationStatus, LocalizedMessage>> = {
  open: { de: 'Offen', en: 'Open' },
  closed: { de: 'Beendet', en: 'Closed' },
};

export const submissionStatusLabels: Readonly<Record<SubmissionStatus, LocalizedMessage>> = {
  received: { de: 'Unbestätigt', en: 'Unconfirmed' },
  confirmed: { de: 'Zu prüfen', en: 'To review' },
  accepted: { de: 'Übernommen', en: 'Accepted' },
  declined: { de: 'Abgelehnt', en: 'Declined' },
};
