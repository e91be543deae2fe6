import { COMMON_LABELS, KIND_LABELS, type LabelsOf } from '../shared/index.js';
import type { OriginKind, PartnerRole } from './commands.js';
import type { ProjectIdeaStatus } from './state.js';

/** Projektidee: how its statuses read in the app, German first. */
export const projectIdeaStatusLabels: LabelsOf<ProjectIdeaStatus> = {
  idea: { de: 'Idee', en: 'Idea' },
  in_preparation: { de: 'In Vorbereitung', en: 'In preparation' },
  running: COMMON_LABELS.running,
  completed: COMMON_LABELS.completed,
  discontinued: { de: 'Eingestellt', en: 'Discontinued' },
};

export const partnerRoleLabels: LabelsOf<PartnerRole> = {
  lead: { de: 'Konsortialführung', en: 'Lead partner' },
  partner: { de: 'Partner', en: 'Partner' },
  associate: { de: 'Assoziierter Partner', en: 'Associated partner' },
};

/** What a project idea can grow from: those kinds, by their names. */
export const originKindLabels: LabelsOf<OriginKind> = {
  Suggestion: KIND_LABELS.Suggestion,
  Recommendation: KIND_LABELS.Recommendation,
  Meeting: KIND_LABELS.Meeting,
};
