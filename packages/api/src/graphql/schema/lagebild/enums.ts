import {
  CONFIDENCES,
  COURSES,
  type Confidence,
  type Course,
  confidenceLabels,
  courseLabels,
  DIRECTIONS,
  type Direction,
  directionLabels,
  INDICATOR_RATINGS,
  type IndicatorRating,
  indicatorRatingLabels,
  REPORT_STATUSES,
  type ReportStatus,
  reportStatusLabels,
} from '@fahrplan/domain';
import { builder } from '../../builder.js';

const describe = (label: { de: string; en: string }) => `${label.en} (${label.de}).`;

/**
 * A measure's delivery confidence (Ampel). GraphQL names are upper case; resolvers and inputs
 * see the domain's values (`'green' | 'amber' | 'red'`).
 */
export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'Delivery confidence (Ampel) of a measure, rated by the team with a reason.',
  values: Object.fromEntries(
    CONFIDENCES.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(confidenceLabels[each]) },
    ]),
  ) as Record<Uppercase<Confidence>, { value: Confidence; description: string }>,
});

/** Whether a rising or a falling figure is good. */
export const DirectionEnum = builder.enumType('IndicatorDirection', {
  description: 'Whether higher or lower values of an indicator (Kennzahl) are better.',
  values: Object.fromEntries(
    DIRECTIONS.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(directionLabels[each]) },
    ]),
  ) as Record<Uppercase<Direction>, { value: Direction; description: string }>,
});

/** How an indicator stands, derived from its state at the moment asked for. */
export const IndicatorRatingEnum = builder.enumType('IndicatorRating', {
  description:
    'How an indicator stands (Bewertung), derived from its latest value against the straight line from baseline to target at that value’s reference date; never stored. Thresholds: up to 5 % of the planned change behind is on track, up to 15 % at risk, more off track; at or beyond the target achieved; no values no data.',
  values: Object.fromEntries(
    INDICATOR_RATINGS.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(indicatorRatingLabels[each]) },
    ]),
  ) as Record<Uppercase<IndicatorRating>, { value: IndicatorRating; description: string }>,
});

/** Whether a measure is on course for 2030, derived. */
export const CourseEnum = builder.enumType('Course', {
  description:
    'Whether a measure is on course for 2030 (Kurs), derived from its Ampel, its indicators’ ratings and its overdue milestones: the worst signal wins (red Ampel or an indicator off track: off course; amber, an indicator at risk or an overdue milestone: at risk).',
  values: Object.fromEntries(
    COURSES.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(courseLabels[each]) },
    ]),
  ) as Record<Uppercase<Course>, { value: Course; description: string }>,
});

/** A status report's review state. */
export const ReportStatusEnum = builder.enumType('StatusReportStatus', {
  description: 'Where a status report (Sachstandsbericht) stands in the ministry’s review.',
  values: Object.fromEntries(
    REPORT_STATUSES.map((each) => [
      each.toUpperCase(),
      { value: each, description: describe(reportStatusLabels[each]) },
    ]),
  ) as Record<Uppercase<ReportStatus>, { value: ReportStatus; description: string }>,
});
