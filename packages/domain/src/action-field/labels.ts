import { COMMON_LABELS, type LabelsOf } from '../shared/index.js';
import type { ActionFieldStatus } from './state.js';

/** Handlungsfeld: how its statuses read in the app, German first. */
export const actionFieldStatusLabels: LabelsOf<ActionFieldStatus> = {
  active: COMMON_LABELS.active,
  retired: { de: 'Archiviert', en: 'Retired' },
};
