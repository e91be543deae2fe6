import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { PhaseStatus, ProcessStatus } from './state.js';

export const processStatusLabels: LabelsOf<ProcessStatus> = {
  planned: COMMON_LABELS.planned,
  running: { de: 'Läuft', en: 'Running' },
  concluded: { de: 'Abgeschlossen', en: 'Concluded' },
};

export const phaseStatusLabels: LabelsOf<PhaseStatus> = {
  planned: COMMON_LABELS.planned,
  running: COMMON_LABELS.running,
  closed: COMMON_LABELS.closed,
};
