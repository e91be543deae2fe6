import { type Command, everyOf } from '../shared/index.js';

type Target = { readonly indicatorId: string };

/** Whether a rising figure is good (share of SMEs with a digitalisation project) or a falling one (CO₂). */
export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Where the figure stood when the goal was set, and who says so. */
export interface BaselineInput {
  readonly value: number;
  readonly date: string;
  readonly source: string;
}

/** A value to reach by a day: the 2030 target, or an intermediate one on the way. */
export interface TargetInput {
  readonly value: number;
  readonly date: string;
}

/**
 * A Kennzahl of a measure or, for a figure several measures move, of an action field: exactly
 * one of `measureId` and `actionFieldId`.
 */
export type DefineIndicator = Command<
  'DefineIndicator',
  Target & {
    readonly measureId?: string;
    readonly actionFieldId?: string;
    readonly title: string;
    readonly unit: string;
    readonly direction: Direction;
    readonly description?: string;
    readonly baseline: BaselineInput;
    readonly target: TargetInput;
    readonly intermediateTargets?: readonly TargetInput[];
  }
>;

/** Wording only; the goal itself moves with `ChangeIndicatorTarget`. */
export type ReviseIndicator = Command<
  'ReviseIndicator',
  Target & { readonly title?: string; readonly unit?: string; readonly description?: string }
>;

/**
 * Moves the goalposts: a new target (and intermediate targets; the current ones stay when not
 * given). Needs `metadata.reason`.
 */
export type ChangeIndicatorTarget = Command<
  'ChangeIndicatorTarget',
  Target & { readonly target: TargetInput; readonly intermediateTargets?: readonly TargetInput[] }
>;

/**
 * A measured value for the day it refers to, with its source; `cycleId` and `measureId` when it
 * came with a measure's status report (the indicator must then be that measure's). Who reported
 * it is the event's actor.
 */
export type ReportIndicatorValue = Command<
  'ReportIndicatorValue',
  Target & {
    readonly measureId?: string;
    readonly valueId: string;
    readonly value: number;
    readonly referenceDate: string;
    readonly source: string;
    readonly cycleId?: string;
  }
>;

/** A correction is a new event beside the value, never an overwrite. Needs `metadata.reason`. */
export type CorrectIndicatorValue = Command<
  'CorrectIndicatorValue',
  Target & {
    readonly valueId: string;
    readonly value: number;
    readonly referenceDate?: string;
    readonly source?: string;
  }
>;

/** Needs `metadata.reason`. */
export type RetireIndicator = Command<'RetireIndicator', Target>;

export type IndicatorCommand =
  | DefineIndicator
  | ReviseIndicator
  | ChangeIndicatorTarget
  | ReportIndicatorValue
  | CorrectIndicatorValue
  | RetireIndicator;

export const INDICATOR_COMMAND_TYPES = everyOf<IndicatorCommand['type']>()([
  'DefineIndicator',
  'ReviseIndicator',
  'ChangeIndicatorTarget',
  'ReportIndicatorValue',
  'CorrectIndicatorValue',
  'RetireIndicator',
]);
