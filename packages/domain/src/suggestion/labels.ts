import type { LocalizedMessage, Sector } from '../shared/index.js';
import type { SuggestionChannel } from './commands.js';
import type { SuggestionStatus } from './state.js';

/** Vorschlag: how its statuses read in the app, German first. */
export const suggestionStatusLabels: Readonly<Record<SuggestionStatus, LocalizedMessage>> = {
  captured: { de: 'Erfasst', en: 'Captured' },
  taken_up: { de: 'Aufgegriffen', en: 'Taken up' },
  declined: { de: 'Nicht aufgegriffen', en: 'Not taken up' },
};

export const suggestionChannelLabels: Readonly<Record<SuggestionChannel, LocalizedMessage>> = {
  meeting: { de: 'Veranstaltung', en: 'Meeting' },
  mail: { de: 'Post/E-Mail', en: 'Mail' },
  online: { de: 'Online', en: 'Online' },
  other: { de: 'Sonstige', en: 'Other' },
};

/** Akteursgruppen: where input comes from (used by meetings' head counts as well). */
export const sectorLabels: Readonly<Record<Sector, LocalizedMessage>> = {
  industry: { de: 'Wirtschaft', en: 'Industry' },
  science: { de: 'Wissenschaft', en: 'Science' },
  society: { de: 'Gesellschaft', en: 'Society' },
  administration: { de: 'Verwaltung', en: 'Administration' },
};

export const suggestionLabel: LocalizedMessage = { de: 'Vorschlag', en: 'Suggestion' };
