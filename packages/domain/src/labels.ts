import { actionFieldLabel, actionFieldStatusLabels } from './action-field/index.js';
import { consultationKindLabel, consultationStatusLabels } from './consultation/index.js';
import { guidelineKindLabel, guidelineStatusLabels } from './guideline/index.js';
import { indicatorKindLabel, indicatorStatusLabels } from './indicator/index.js';
import { measureKindLabel, measureStatusLabels } from './measure/index.js';
import { meetingLabel, meetingStatusLabels } from './meeting/index.js';
import { processKindLabel, processStatusLabels } from './process/index.js';
import { projectIdeaKindLabel, projectIdeaStatusLabels } from './project-idea/index.js';
import { recommendationKindLabel, recommendationStatusLabels } from './recommendation/index.js';
import { reportingCycleKindLabel, reportingCycleStatusLabels } from './reporting-cycle/index.js';
import type { AggregateKind, LocalizedMessage, Role } from './shared/index.js';
import { suggestionLabel, suggestionStatusLabels } from './suggestion/index.js';

export type Labels = Readonly<Record<string, LocalizedMessage>>;

/** What each kind of item is called (German first). */
export const KIND_LABELS: Readonly<Record<AggregateKind, LocalizedMessage>> = {
  ActionField: actionFieldLabel,
  Meeting: meetingLabel,
  Suggestion: suggestionLabel,
  Recommendation: recommendationKindLabel,
  Guideline: guidelineKindLabel,
  ProjectIdea: projectIdeaKindLabel,
  Measure: measureKindLabel,
  Indicator: indicatorKindLabel,
  ReportingCycle: reportingCycleKindLabel,
  Process: processKindLabel,
  Consultation: consultationKindLabel,
};

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

export const ROLE_LABELS: Readonly<Record<Role, LocalizedMessage>> = {
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
