import {
  type ExistingIndicator,
  type IndicatorAssessment,
  rateIndicator,
} from '../indicator/index.js';
import type { ExistingMeasure } from '../measure/index.js';
import { type CalendarDate, type Confidence, type LabelsOf, overdueOn } from '../shared/index.js';

/** Whether a measure is on course for 2030: derived from its state at a moment, never stored. */
export const COURSES = ['on_course', 'at_risk', 'off_course', 'closed'] as const;
export type Course = (typeof COURSES)[number];

export const courseLabels: LabelsOf<Course> = {
  on_course: { de: 'Auf Kurs', en: 'On course' },
  at_risk: { de: 'Gefährdet', en: 'At risk' },
  off_course: { de: 'Nicht auf Kurs', en: 'Off course' },
  closed: { de: 'Abgeschlossen oder gestoppt', en: 'Completed or stopped' },
};

/** One thing that pulls a measure off course, with what it pulls it to. */
export type Signal =
  | { readonly source: 'confidence'; readonly confidence: Confidence; readonly course: Course }
  | {
      readonly source: 'indicator';
      readonly indicatorId: string;
      readonly assessment: IndicatorAssessment;
      readonly course: Course;
    }
  | {
      readonly source: 'milestone';
      readonly milestoneId: string;
      readonly daysOverdue: number;
      readonly course: Course;
    };

/**
 * The one table of how signals set the course; the worst signal wins and none means on course.
 * A red Ampel or an indicator off track puts the measure off course; amber, an indicator at risk
 * or any overdue milestone puts it at risk. A closed measure (completed, stopped) is `closed`.
 */
const CONFIDENCE_COURSE: Readonly<Record<Confidence, Course>> = {
  green: 'on_course',
  amber: 'at_risk',
  red: 'off_course',
};
const RATING_COURSE: Readonly<Record<IndicatorAssessment['rating'], Course>> = {
  achieved: 'on_course',
  on_track: 'on_course',
  no_data: 'on_course',
  at_risk: 'at_risk',
  off_track: 'off_course',
};
const OVERDUE_MILESTONE_COURSE: Course = 'at_risk';

const SEVERITY: readonly Course[] = ['on_course', 'at_risk', 'off_course'];

export interface MeasureStatusSummary {
  readonly measureId: string;
  readonly course: Course;
  readonly confidence?: Confidence;
  readonly overdueMilestones: readonly {
    readonly milestoneId: string;
    readonly daysOverdue: number;
  }[];
  readonly indicators: readonly {
    readonly indicatorId: string;
    readonly assessment: IndicatorAssessment;
  }[];
  /** Every signal not on course, worst first: why the measure has its course. */
  readonly signals: readonly Signal[];
}

/**
 * A measure's status on `today` (a calendar day in the installation's time zone): its Ampel,
 * overdue milestones and its indicators' ratings, combined by the table above. Pass the states as
 * of a past moment and that moment's day for the Lagebild then. Indicators of other measures and
 * retired ones are left out.
 */
export const measureStatusSummary = (
  measure: ExistingMeasure,
  indicators: readonly ExistingIndicator[],
  today: CalendarDate,
): MeasureStatusSummary => {
  const overdueMilestones = measure.milestones.flatMap((each) => {
    const { overdue, daysOverdue } = overdueOn(each, today);
    return overdue ? [{ milestoneId: each.milestoneId, daysOverdue }] : [];
  });
  const rated = indicators
    .filter(
      ({ subject, status }) =>
        subject.kind === 'Measure' && subject.id === measure.measureId && status === 'active',
    )
    .map((each) => ({ indicatorId: each.indicatorId, assessment: rateIndicator(each) }));
  const confidence = measure.confidence?.rating;
  const signals: Signal[] = [
    ...(confidence === undefined
      ? []
      : [{ source: 'confidence', confidence, course: CONFIDENCE_COURSE[confidence] } as const]),
    ...rated.map(
      ({ indicatorId, assessment }) =>
        ({
          source: 'indicator',
          indicatorId,
          assessment,
          course: RATING_COURSE[assessment.rating],
        }) as const,
    ),
    ...overdueMilestones.map(
      (each) => ({ source: 'milestone', ...each, course: OVERDUE_MILESTONE_COURSE }) as const,
    ),
  ]
    .filter((signal) => signal.course !== 'on_course')
    .sort((a, b) => SEVERITY.indexOf(b.course) - SEVERITY.indexOf(a.course));
  const closed = measure.status === 'completed' || measure.status === 'stopped';
  return {
    measureId: measure.measureId,
    course: closed ? 'closed' : (signals[0]?.course ?? 'on_course'),
    ...(confidence === undefined ? {} : { confidence }),
    overdueMilestones,
    indicators: rated,
    signals,
  };
};
