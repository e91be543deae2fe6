import { COMMON_LABELS, KIND_LABELS, type LabelsOf, type Sector } from '../shared/index.js';
import type { SuggestionChannel } from './commands.js';
import type { SuggestionStatus } from './state.js';

/** Vorschlag: how its statuses read in the app, German first. */
export const suggestionStatusLabels: LabelsOf<SuggestionStatus> = {
  captured: { de: 'Erfasst', en: 'Captured' },
  taken_up: { de: 'Aufgegriffen', en: 'Taken up' },
  declined: { de: 'Nicht aufgegriffen', en: 'Not taken up' },
};

/** Raised at a meeting (the kind's own name), sent in, entered online, or otherwise. */
export const suggestionChannelLabels: LabelsOf<SuggestionChannel> = {
  meeting: KIND_LABELS.Meeting,
  mail: { de: 'Post/E-Mail', en: 'Mail' },
  online: { de: 'Online', en: 'Online' },
  other: COMMON_LABELS.other,
};

/** Akteursgruppen: where input comes from (used by meetings' head counts as well). */
export const sectorLabels: LabelsOf<Sector> = {
  industry: { de: 'Wirtschaft', en: 'Industry' },
  science: { de: 'Wissenschaft', en: 'Science' },
  society: { de: 'Gesellschaft', en: 'Society' },
  administration: { de: 'Verwaltung', en: 'Administration' },
};
