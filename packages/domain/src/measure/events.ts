import {
  type CalendarDate,
  type Confidence,
  type DomainEvent,
  everyOf,
  type RecordedData,
} from '../shared/index.js';
import type {
  AssignMeasureResponsibility,
  PlanMeasure,
  PlanMilestone,
  ReachMilestone,
  ReportMeasureProgress,
  RescheduleMilestone,
  ReviseMeasure,
} from './commands.js';

type Planned = 'plannedStart' | 'plannedEnd';

type Target = { readonly measureId: string };

export type MeasurePlanned = DomainEvent<
  'MeasurePlanned',
  RecordedData<PlanMeasure['data'], Planned>,
  2
>;

/** Only the changed fields. */
export type MeasureRevised = DomainEvent<
  'MeasureRevised',
  RecordedData<ReviseMeasure['data'], Planned>,
  2
>;

export type MeasureStarted = DomainEvent<'MeasureStarted', Target>;
export type MeasureProgressReported = DomainEvent<
  'MeasureProgressReported',
  ReportMeasureProgress['data']
>;
export type MeasureCompleted = DomainEvent<'MeasureCompleted', Target>;
export type MeasureStopped = DomainEvent<'MeasureStopped', Target>;

export type MilestonePlanned = DomainEvent<
  'MilestonePlanned',
  RecordedData<PlanMilestone['data'], 'dueDate'>,
  2
>;
/** Carries the date it replaced, so a slipping roadmap can be read off the events alone. */
export type MilestoneRescheduled = DomainEvent<
  'MilestoneRescheduled',
  RecordedData<RescheduleMilestone['data'], 'dueDate'> & { readonly previousDueDate: CalendarDate },
  2
>;
/** The milestone counts as reached at the event's `occurredAt`, on the event's `evidence`. */
export type MilestoneReached = DomainEvent<'MilestoneReached', ReachMilestone['data']>;

/** The person, if any, by `responsibleSubjectId` only: name and e-mail are in `personalData`. */
export type MeasureResponsibilityAssigned = DomainEvent<
  'MeasureResponsibilityAssigned',
  Omit<AssignMeasureResponsibility['data'], 'responsible'> & {
    readonly responsibleSubjectId?: string;
  }
>;

/** One rating of the Ampel, `reason` saying why; the history is the sequence of these. */
export type MeasureConfidenceRated = DomainEvent<
  'MeasureConfidenceRated',
  Target & { readonly confidence: Confidence; readonly previousConfidence?: Confidence }
>;

/** The team's request, with its `evidence`; `MeasureCompleted` follows on the ministry's confirmation. */
export type MeasureCompletionRequested = DomainEvent<'MeasureCompletionRequested', Target>;
/** The ministry sends the request back, `reason` saying why; the measure runs on. */
export type MeasureCompletionReturned = DomainEvent<'MeasureCompletionReturned', Target>;

export type MeasureEvent =
  | MeasurePlanned
  | MeasureRevised
  | MeasureStarted
  | MeasureProgressReported
  | MeasureCompleted
  | MeasureStopped
  | MilestonePlanned
  | MilestoneRescheduled
  | MilestoneReached
  | MeasureResponsibilityAssigned
  | MeasureConfidenceRated
  | MeasureCompletionRequested
  | MeasureCompletionReturned;

export const MEASURE_EVENT_TYPES = everyOf<MeasureEvent['type']>()([
  'MeasurePlanned',
  'MeasureRevised',
  'MeasureStarted',
  'MeasureProgressReported',
  'MeasureCompleted',
  'MeasureStopped',
  'MilestonePlanned',
  'MilestoneRescheduled',
  'MilestoneReached',
  'MeasureResponsibilityAssigned',
  'MeasureConfidenceRated',
  'MeasureCompletionRequested',
  'MeasureCompletionReturned',
]);
