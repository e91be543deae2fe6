import type { LocalizedMessage } from './errors.js';
import type { AggregateKind } from './kinds.js';

/** How each code of a closed set (statuses, kinds, roles) reads in the app, German first. */
export type LabelsOf<Code extends string> = Readonly<Record<Code, LocalizedMessage>>;

/** What each kind of item is called: the one place, also for lists that name kinds. */
export const KIND_LABELS: LabelsOf<AggregateKind> = {
  ActionField: { de: 'Handlungsfeld', en: 'Action field' },
  Meeting: { de: 'Veranstaltung', en: 'Meeting' },
  Suggestion: { de: 'Vorschlag', en: 'Suggestion' },
  Recommendation: { de: 'Handlungsempfehlung', en: 'Recommendation' },
  Guideline: { de: 'Strategische Leitlinie', en: 'Strategic guideline' },
  ProjectIdea: { de: 'Projektidee', en: 'Project idea' },
  Measure: { de: 'Maßnahme', en: 'Measure' },
  Indicator: { de: 'Kennzahl', en: 'Indicator' },
  ReportingCycle: { de: 'Berichtszyklus', en: 'Reporting cycle' },
  Process: { de: 'Strategieprozess', en: 'Strategy process' },
  Consultation: { de: 'Beteiligung', en: 'Consultation' },
};

/**
 * Words several kinds' statuses (and other code lists) share to the letter: written once, so a
 * status that means the same reads the same everywhere.
 */
export const COMMON_LABELS = {
  active: { de: 'Aktiv', en: 'Active' },
  open: { de: 'Offen', en: 'Open' },
  planned: { de: 'Geplant', en: 'Planned' },
  running: { de: 'Laufend', en: 'Running' },
  draft: { de: 'Entwurf', en: 'Draft' },
  completed: { de: 'Abgeschlossen', en: 'Completed' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
  other: { de: 'Sonstige', en: 'Other' },
} as const satisfies LabelsOf<string>;
