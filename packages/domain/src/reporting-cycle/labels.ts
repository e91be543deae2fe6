import type { LocalizedMessage } from '../shared/index.js';
import type { ReportingCycleStatus, ReportStatus } from './state.js';

export const reportingCycleKindLabel: LocalizedMessage = {
  de: 'Berichtszyklus',
  en: 'Reporting cycle',
};

export const reportingCycleStatusLabels: Readonly<Record<ReportingCycleStatus, LocalizedMessage>> =
  {
    open: { de: 'Offen', en: 'Open' },
    closed: { de: 'Abgeschlossen', en: 'Closed' },
  };

/** A Sachstandsbericht within a cycle; a missing one has no status (see `missingReports`). */
export const reportStatusLabels: Readonly<Record<ReportStatus, LocalizedMessage>> = {
  submitted: { de: 'Eingereicht', en: 'Submitted' },
  accepted: { de: 'Angenommen', en: 'Accepted' },
  returned: { de: 'Zurückgegeben', en: 'Returned' },
};
