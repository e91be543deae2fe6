import { actionFieldStatusLabels } from './action-field/index.js';
import { consultationStatusLabels } from './consultation/index.js';
import { guidelineStatusLabels } from './guideline/index.js';
import { indicatorStatusLabels } from './indicator/index.js';
import { measureStatusLabels } from './measure/index.js';
import { meetingStatusLabels } from './meeting/index.js';
import { processStatusLabels } from './process/index.js';
import { projectIdeaStatusLabels } from './project-idea/index.js';
import { recommendationStatusLabels } from './recommendation/index.js';
import { reportingCycleStatusLabels } from './reporting-cycle/index.js';
import type { AggregateKind, LabelsOf, LocalizedMessage, Role } from './shared/index.js';
import { suggestionStatusLabels } from './suggestion/index.js';

export type Labels = LabelsOf<string>;

/** Beside `STATUS_LABELS`, where a reader of the labels looks for it. */
export { KIND_LABELS } from './shared/index.js';

/** Every status of every kind. */
export const STATUS_LABELS: Readonly<Record<AggregateKind, Labels>> = {
  ActionField: actionFieldStatusLabels,
  Meeting: meetingStatusLabels,
  Suggestion: suggestionStatusLabels,
  Recommendation: recommendationStatusLabels,
  Guideline: guidelineStatusLabels,
  ProjectIdea: projectIdeaStatusLabels,
  Measure: measureStatusLabels,
  Indicator: indicatorStatusLabels,
  ReportingCycle: reportingCycleStatusLabels,
  Process: processStatusLabels,
  Consultation: consultationStatusLabels,
};

export const ROLE_LABELS: LabelsOf<Role> = {
  team: { de: 'Projektteam', en: 'Project team' },
  ministry: { de: 'Ministerium', en: 'Ministry' },
  partner: { de: 'Partner', en: 'Partner' },
  admin: { de: 'Administration', en: 'Administrator' },
};

/**
 * The four action fields the StrategieWerkstatt identified, by their key. Action fields are
 * items (the team may define more); these labels give the seeded ones their English names.
 */
export const ACTION_FIELD_LABELS = {
  digitalisierung: {
    de: 'Digitalisierung in der mittelständischen Industrie',
    en: 'Digitalisation in medium-sized industry',
  },
  geschaeftsmodelle: {
    de: 'Neue Geschäftsmodelle und industrielle Wertschöpfung',
    en: 'New business models and industrial value creation',
  },
  kooperationen: {
    de: 'Kooperationen und Cross-Innovationen',
    en: 'Cooperation and cross-innovation',
  },
  arbeit: {
    de: 'Arbeit in der Industrie der Zukunft',
    en: 'Work in the industry of the future',
  },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;
export type ActionFieldKey = keyof typeof ACTION_FIELD_LABELS;
