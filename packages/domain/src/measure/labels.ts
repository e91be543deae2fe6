import { COMMON_LABELS, type Confidence, type LabelsOf } from '../shared/index.js';
import type { MeasureStatus } from './state.js';

/** Maßnahme: how its statuses read in the app, German first. */
export const measureStatusLabels: LabelsOf<MeasureStatus> = {
  planned: COMMON_LABELS.planned,
  in_progress: { de: 'In Umsetzung', en: 'In progress' },
  completion_requested: { de: 'Abschluss beantragt', en: 'Completion requested' },
  completed: COMMON_LABELS.completed,
  stopped: { de: 'Gestoppt', en: 'Stopped' },
};

/** A milestone on the roadmap is open until it is reached. */
export const milestoneStatusLabels: LabelsOf<'open' | 'reached'> = {
  open: COMMON_LABELS.open,
  reached: { de: 'Erreicht', en: 'Reached' },
};

/** The Ampel of delivery confidence. */
export const confidenceLabels: LabelsOf<Confidence> = {
  green: { de: 'Grün: Umsetzung wie geplant', en: 'Green: delivery on plan' },
  amber: { de: 'Gelb: Umsetzung gefährdet', en: 'Amber: delivery at risk' },
  red: {
    de: 'Rot: Umsetzung ohne Gegensteuern nicht erreichbar',
    en: 'Red: delivery unlikely without intervention',
  },
};
