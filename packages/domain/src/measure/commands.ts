import {
  type Command,
  type Confidence,
  everyOf,
  type MilestonePlan,
  type PersonInput,
} from '../shared/index.js';

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
/**
 * Completes a running measure at once. Kept for the record before Lagebild (and the API until its
 * next round); new completions go through `RequestMeasureCompletion` and the ministry's answer.
 */
export type CompleteMeasure = Command<'CompleteMeasure', Target>;
/** Needs `metadata.reason`. */
export type StopMeasure = Command<'StopMeasure', Target>;

export type PlanMilestone = Command<'PlanMilestone', Target & MilestonePlan>;
/** Moves the due date after adoption: needs `metadata.reason`; the event keeps the old date. */
export type RescheduleMilestone = Command<
  'RescheduleMilestone',
  Target & { readonly milestoneId: string; readonly dueDate: string }
>;
/** Needs `metadata.evidence`: nothing counts as reached on say-so. */
export type ReachMilestone = Command<'ReachMilestone', Target & { readonly milestoneId: string }>;

/** Federführung: the organisation and its unit that lead the measure. */
export interface LeadUnit {
  readonly organisation: string;
  readonly unit: string;
}

/**
 * Who carries the measure: the lead unit, the organisations that contribute, and optionally the
 * responsible person (personal data: kept beside the event, erasable). Replaces the last one.
 */
export type AssignMeasureResponsibility = Command<
  'AssignMeasureResponsibility',
  Target & {
    readonly lead: LeadUnit;
    readonly partners: readonly string[];
    readonly responsible?: PersonInput;
  }
>;

/** Rates an open measure; needs `metadata.reason`. */
export type RateMeasureConfidence = Command<
  'RateMeasureConfidence',
  Target & { readonly confidence: Confidence }
>;

/** Evidence before done: the team asks the ministry to confirm; needs `metadata.evidence`. */
export type RequestMeasureCompletion = Command<'RequestMeasureCompletion', Target>;
export type ConfirmMeasureCompletion = Command<'ConfirmMeasureCompletion', Target>;
/** Needs `metadata.reason`. */
export type ReturnMeasureCompletion = Command<'ReturnMeasureCompletion', Target>;

export type MeasureCommand =
  | PlanMeasure
  | ReviseMeasure
  | StartMeasure
  | ReportMeasureProgress
  | CompleteMeasure
  | StopMeasure
  | PlanMilestone
  | RescheduleMilestone
  | ReachMilestone
  | AssignMeasureResponsibility
  | RateMeasureConfidence
  | RequestMeasureCompletion
  | ConfirmMeasureCompletion
  | ReturnMeasureCompletion;

export const MEASURE_COMMAND_TYPES = everyOf<MeasureCommand['type']>()([
  'PlanMeasure',
  'ReviseMeasure',
  'StartMeasure',
  'ReportMeasureProgress',
  'CompleteMeasure',
  'StopMeasure',
  'PlanMilestone',
  'RescheduleMilestone',
  'ReachMilestone',
  'AssignMeasureResponsibility',
  'RateMeasureConfidence',
  'RequestMeasureCompletion',
  'ConfirmMeasureCompletion',
  'ReturnMeasureCompletion',
]);
