import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { Priority } from './commands.js';
import type { ExistingRecommendation } from './state.js';

export const recommendationStatusLabels: LabelsOf<ExistingRecommendation['status']> = {
  draft: COMMON_LABELS.draft,
  in_review: { de: 'In Prüfung', en: 'In review' },
  prioritised: { de: 'Priorisiert', en: 'Prioritised' },
  adopted: { de: 'Beschlossen', en: 'Adopted' },
  rejected: { de: 'Abgelehnt', en: 'Rejected' },
  withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
  merged: { de: 'Zusammengeführt', en: 'Merged' },
  split: { de: 'Aufgeteilt', en: 'Split' },
};

export const priorityLabels: LabelsOf<Priority> = {
  high: { de: 'Hoch', en: 'High' },
  medium: { de: 'Mittel', en: 'Medium' },
  low: { de: 'Niedrig', en: 'Low' },
};
