import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { ConsultationStatus, SubmissionStatus } from './state.js';

export const consultationStatusLabels: LabelsOf<ConsultationStatus> = {
  open: COMMON_LABELS.open,
  closed: { de: 'Beendet', en: 'Closed' },
};

export const submissionStatusLabels: LabelsOf<SubmissionStatus> = {
  received: { de: 'Unbestätigt', en: 'Unconfirmed' },
  confirmed: { de: 'Zu prüfen', en: 'To review' },
  accepted: { de: 'Übernommen', en: 'Accepted' },
  declined: { de: 'Abgelehnt', en: 'Declined' },
};
