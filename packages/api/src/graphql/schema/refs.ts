import { itemType } from './item.js';

/**
 * The object type of every kind of item, defined in one place so that each type's file can
 * point at the others (a recommendation's suggestions, a measure's recommendation). Each type's
 * own fields, lists and mutations live in its file (`action-field.ts`, `meeting.ts`, …).
 */
export const ActionFieldType = itemType(
  'ActionField',
  'An action field (Handlungsfeld): a focus area of the strategy, e.g. “Digitalisierung in der mittelständischen Industrie”.',
);
export const MeetingType = itemType(
  'Meeting',
  'A meeting (Veranstaltung: Workshop, Gespräch, Konferenz) where input is gathered.',
);
export const SuggestionType = itemType(
  'Suggestion',
  'A suggestion (Vorschlag): input captured at a meeting, by mail or online; the root of provenance.',
);
export const RecommendationType = itemType(
  'Recommendation',
  'A recommendation (Handlungsempfehlung) drafted from suggestions, reviewed, prioritised, adopted or closed.',
);
export const GuidelineType = itemType(
  'Guideline',
  'A strategic guideline (Strategische Leitlinie) grouping recommendations; published in numbered versions.',
);
export const ProjectIdeaType = itemType(
  'ProjectIdea',
  'A project idea (Projektidee) with partners, grown from suggestions, recommendations or meetings.',
);
export const ProcessType = itemType(
  'Process',
  'A strategy process (Strategieprozess), e.g. the StrategieWerkstatt “Industrie der ZUKUNFT”: its phases, status and the items that belong to it.',
);
export const MeasureType = itemType(
  'Measure',
  'A measure (Maßnahme): an adopted recommendation on the roadmap to 2030, with milestones and progress.',
);
export const IndicatorType = itemType(
  'Indicator',
  'An indicator (Kennzahl) of a measure or an action field: baseline, 2030 target, values over time, moved goalposts, and its rating (derived, never stored).',
);
export const ReportingCycleType = itemType(
  'ReportingCycle',
  'A reporting cycle (Berichtszyklus), e.g. “2. Halbjahr 2026”: the status reports (Sachstandsberichte) of the open measures, their review, and the reports still missing. Team, ministry and admins only.',
);
export const ConsultationType = itemType(
  'Consultation',
  'A consultation (Beteiligung): the ministry’s public call for online suggestions on one action field or one meeting, for a period; the team moderates what comes in. Anyone reads an open one through `consultations`; everything else (closed ones, submissions, history) only the team, the ministry and admins.',
);
