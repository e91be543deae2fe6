import type { LocalizedMessage } from '../shared/index.js';
import type { ActionFieldStatus } from './state.js';

/** Handlungsfeld: how its statuses read in the app, German first. */
export const actionFieldStatusLabels: Readonly<Record<ActionFieldStatus, LocalizedMessage>> = {
  active: { de: 'Aktiv', en: 'Active' },
  retired: { de: 'Archiviert', en: 'Retired' },
};

export const actionFieldLabel: LocalizedMessage = { de: 'Handlungsfeld', en: 'Action field' };
