import type { LocalizedMessage } from '../shared/index.js';
import type { OriginKind, PartnerRole } from './commands.js';
import type { ProjectIdeaStatus } from './state.js';

/** Projektidee: how its statuses read in the app, German first. */
export const projectIdeaStatusLabels: Readonly<Record<ProjectIdeaStatus, LocalizedMessage>> = {
  idea: { de: 'Idee', en: 'Idea' },
  in_preparation: { de: 'In Vorbereitung', en: 'In preparation' },
  running: { de: 'Laufend', en: 'Running' },
  completed: { de: 'Abgeschlossen', en: 'Completed' },
  discontinued: { de: 'Eingestellt', en: 'Discontinued' },
};

export const partnerRoleLabels: Readonly<Record<PartnerRole, LocalizedMessage>> = {
  lead: { de: 'Konsortialführung', en: 'Lead partner' },
  partner: { de: 'Partner', en: 'Partner' },
  associate: { de: 'Assoziierter Partner', en: 'Associated partner' },
};

/** What a project idea can grow from. */
export const originKindLabels: Readonly<Record<OriginKind, LocalizedMessage>> = {
  Suggestion: { de: 'Vorschlag', en: 'Suggestion' },
  Recommendation: { de: 'Handlungsempfehlung', en: 'Recommendation' },
  Meeting: { de: 'Veranstaltung', en: 'Meeting' },
};

export const projectIdeaKindLabel: LocalizedMessage = { de: 'Projektidee', en: 'Project idea' };
