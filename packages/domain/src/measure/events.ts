import { type CalendarDate, type Confidence, type DomainEvent, everyOf } from '../shared/index.js';
import type { LeadUnit } from './commands.js';

type Target = { readonly measureId: string };

export type MeasurePlanned = DomainEvent<
  'MeasurePlanned',
  Target & {
    readonly adoptedFrom: string;
    readonly title: string;
    readonly owner: string;
    readonly actionFieldIds: readonly string[];
    readonly adoptedAt: string;
    readonly plannedStart?: CalendarDate;
    readonly plannedEnd?: CalendarDate;
  },
  2
>;

/** Only the changed fields. */
export type MeasureRevised = DomainEvent<
  'MeasureRevised',
  Target & {
    readonly title?: string;
    readonly owner?: string;
    readonly description?: string;
    readonly plannedStart?: CalendarDate;
    readonly plannedEnd?: CalendarDate;
  },
  2
>;

export type MeasureStarted = DomainEvent<'MeasureStarted', Target>;
export type MeasureProgressReported = DomainEvent<
  'MeasureProgressReported',
  Target & { readonly progress: number }
>;
export type MeasureCompleted = DomainEvent<'MeasureCompleted', Target>;
export type MeasureStopped = DomainEvent<'MeasureStopped', Target>;

export type MilestonePlanned = DomainEvent<
  'MilestonePlanned',
  Target & { readonly milestoneId: string; readonly title: string; readonly dueDate: CalendarDate },
  2
>;
/** Carries the date it replaced, so a slipping roadmap can be read off the events alone. */
export type MilestoneRescheduled = DomainEvent<
  'MilestoneRescheduled',
  Target & {
    readonly milestoneId: string;
    readonly dueDate: CalendarDate;
    readonly previousDueDate: CalendarDate;
  },
  2
>;
/** The milestone counts as reached at the event's `occurredAt`, on the event's `evidence`. */
export type MilestoneReached = DomainEvent<
  'MilestoneReached',
  Target & { readonly milestoneId: string }
>;

/** The person, if any, by `responsibleSubjectId` only: name and e-mail are in `personalData`. */
export type MeasureResponsibilityAssigned = DomainEvent<
  'MeasureResponsibilityAssigned',
  Target & {
    readonly lead: LeadUnit;
    readonly partners: readonly string[];
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
