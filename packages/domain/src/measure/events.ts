import type { CalendarDate, DomainEvent } from '../shared/index.js';

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
/** The milestone counts as reached at the event's `occurredAt`. */
export type MilestoneReached = DomainEvent<
  'MilestoneReached',
  Target & { readonly milestoneId: string }
>;

export type MeasureEvent =
  | MeasurePlanned
  | MeasureRevised
  | MeasureStarted
  | MeasureProgressReported
  | MeasureCompleted
  | MeasureStopped
  | MilestonePlanned
  | MilestoneRescheduled
  | MilestoneReached;

export const MEASURE_EVENT_TYPES = [
  'MeasurePlanned',
  'MeasureRevised',
  'MeasureStarted',
  'MeasureProgressReported',
  'MeasureCompleted',
  'MeasureStopped',
  'MilestonePlanned',
  'MilestoneRescheduled',
  'MilestoneReached',
] as const satisfies readonly MeasureEvent['type'][];
