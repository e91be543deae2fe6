import type { Command } from '../shared/index.js';

type Target = { readonly measureId: string };

/**
 * Sent only by the Recommendation aggregate as its reaction to adoption: keep this shape exactly.
 * `owner` is an organisational unit (e.g. „SMWA Referat 31“), never a person.
 */
export type PlanMeasure = Command<
  'PlanMeasure',
  Target & {
    /** The adopted recommendation. */
    readonly adoptedFrom: string;
    readonly title: string;
    readonly owner: string;
    readonly actionFieldIds: readonly string[];
    readonly adoptedAt: string;
    readonly plannedStart?: string;
    readonly plannedEnd?: string;
  }
>;

/** A content edit: only the fields given change. */
export type ReviseMeasure = Command<
  'ReviseMeasure',
  Target & {
    readonly title?: string;
    readonly owner?: string;
    readonly description?: string;
    readonly plannedStart?: string;
    readonly plannedEnd?: string;
  }
>;

export type StartMeasure = Command<'StartMeasure', Target>;
/** Progress in percent, an integer 0–100; 100 does not complete the measure by itself. */
export type ReportMeasureProgress = Command<
  'ReportMeasureProgress',
  Target & { readonly progress: number }
>;
export type CompleteMeasure = Command<'CompleteMeasure', Target>;
/** Needs `metadata.reason`. */
export type StopMeasure = Command<'StopMeasure', Target>;

export type PlanMilestone = Command<
  'PlanMilestone',
  Target & { readonly milestoneId: string; readonly title: string; readonly dueDate: string }
>;
/** Needs `metadata.reason`. */
export type RescheduleMilestone = Command<
  'RescheduleMilestone',
  Target & { readonly milestoneId: string; readonly dueDate: string }
>;
export type ReachMilestone = Command<'ReachMilestone', Target & { readonly milestoneId: string }>;

export type MeasureCommand =
  | PlanMeasure
  | ReviseMeasure
  | StartMeasure
  | ReportMeasureProgress
  | CompleteMeasure
  | StopMeasure
  | PlanMilestone
  | RescheduleMilestone
  | ReachMilestone;

export const MEASURE_COMMAND_TYPES = [
  'PlanMeasure',
  'ReviseMeasure',
  'StartMeasure',
  'ReportMeasureProgress',
  'CompleteMeasure',
  'StopMeasure',
  'PlanMilestone',
  'RescheduleMilestone',
  'ReachMilestone',
] as const satisfies readonly MeasureCommand['type'][];
