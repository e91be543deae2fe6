import type { Confidence, LocalizedMessage } from '../shared/index.js';
import type { MeasureStatus } from './state.js';

/** Maßnahme: how its statuses read in the app, German first. */
export const measureStatusLabels: Readonly<Record<MeasureStatus, LocalizedMessage>> = {
  planned: { de: 'Geplant', en: 'Planned' },
  in_progress: { de: 'In Umsetzung', en: 'In progress' },
  completion_requested: { de: 'Abschluss beantragt', en: 'Completion requested' },
  completed: { de: 'Abgeschlossen', en: 'Completed' },
  stopped: { de: 'Gestoppt', en: 'Stopped' },
};

/** A milestone on the roadmap is open until it is reached. */
export const milestoneStatusLabels: Readonly<Record<'open' | 'reached', LocalizedMessage>> = {
  open: { de: 'Offen', en: 'Open' },
  reached: { de: 'Erreicht', en: 'Reached' },
};

export const measureKindLabel: LocalizedMessage = { de: 'Maßnahme', en: 'Measure' };

/** The Ampel of delivery confidence. */
export const confidenceLabels: Readonly<Record<Confidence, LocalizedMessage>> = {
  green: { de: 'Grün: Umsetzung wie geplant', en: 'Green: delivery on plan' },
  amber: { de: 'Gelb: Umsetzung gefährdet', en: 'Amber: delivery at risk' },
  red: {
    de: 'Rot: Umsetzung ohne Gegensteuern nicht erreichbar',
    en: 'Red: delivery unlikely without intervention',
  },
};
