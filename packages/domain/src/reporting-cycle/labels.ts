import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { ReportingCycleStatus, ReportStatus } from './state.js';

export const reportingCycleStatusLabels: LabelsOf<ReportingCycleStatus> = {
  open: COMMON_LABELS.open,
  closed: COMMON_LABELS.closed,
};

/** A Sachstandsbericht within a cycle; a missing one has no status (see `missingReports`). */
export const reportStatusLabels: LabelsOf<ReportStatus> = {
  submitted: { de: 'Eingereicht', en: 'Submitted' },
  accepted: { de: 'Angenommen', en: 'Accepted' },
  returned: { de: 'Zurückgegeben', en: 'Returned' },
};
