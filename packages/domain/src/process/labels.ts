import type { LocalizedMessage } from '../shared/index.js';
import type { PhaseStatus, ProcessStatus } from './state.js';

export const processKindLabel: LocalizedMessage = {
  de: 'Strategieprozess',
  en: 'Strategy process',
};

export const processStatusLabels: Readonly<Record<ProcessStatus, LocalizedMessage>> = {
  planned: { de: 'Geplant', en: 'Planned' },
  running: { de: 'Läuft', en: 'Running' },
  concluded: { de: 'Abgeschlossen', en: 'Concluded' },
};

export const phaseStatusLabels: Readonly<Record<PhaseStatus, LocalizedMessage>> = {
  planned: { de: 'Geplant', en: 'Planned' },
  running: { de: 'Laufend', en: 'Running' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
};
