import { type CalendarDate, type DomainEvent, everyOf } from '../shared/index.js';
import type { Direction } from './commands.js';

interface Target {
  readonly indicatorId: string;
}

export interface Baseline {
  readonly value: number;
  readonly date: CalendarDate;
  readonly source: string;
}

export interface IndicatorTarget {
  readonly value: number;
  readonly date: CalendarDate;
}

/** What an indicator measures: a measure, or an action field several measures move. */
export interface IndicatorSubject {
  readonly kind: 'Measure' | 'ActionField';
  readonly id: string;
}

/** What an indicator is defined with; the state starts from it. */
export interface IndicatorDefinition extends Target {
  readonly subject: IndicatorSubject;
  readonly title: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly description?: string;
  readonly baseline: Baseline;
  readonly target: IndicatorTarget;
  readonly intermediateTargets: readonly IndicatorTarget[];
}

export type IndicatorDefined = DomainEvent<'IndicatorDefined', IndicatorDefinition>;

/** Only the changed fields. */
export type IndicatorRevised = DomainEvent<
  'IndicatorRevised',
  Target & { readonly title?: string; readonly unit?: string; readonly description?: string }
>;

/**
 * A moved goalpost, with what it replaced and (in `reason`) why: a target change is never
 * silent, so history, dashboard and reports can show it as such.
 */
export type IndicatorTargetChanged = DomainEvent<
  'IndicatorTargetChanged',
  Target & {
    readonly target: IndicatorTarget;
    readonly previousTarget: IndicatorTarget;
    readonly intermediateTargets: readonly IndicatorTarget[];
    readonly previousIntermediateTargets: readonly IndicatorTarget[];
  }
>;

export type IndicatorValueReported = DomainEvent<
  'IndicatorValueReported',
  Target & {
    readonly valueId: string;
    readonly value: number;
    readonly referenceDate: CalendarDate;
    readonly source: string;
    readonly cycleId?: string;
  }
>;

/** The corrected value in full beside the one it replaces; `reason` says why. */
export type IndicatorValueCorrected = DomainEvent<
  'IndicatorValueCorrected',
  Target & {
    readonly valueId: string;
    readonly value: number;
    readonly referenceDate: CalendarDate;
    readonly source: string;
    readonly previous: {
      readonly value: number;
      readonly referenceDate: CalendarDate;
      readonly source: string;
    };
  }
>;

export type IndicatorRetired = DomainEvent<'IndicatorRetired', Target>;

export type IndicatorEvent =
  | IndicatorDefined
  | IndicatorRevised
  | IndicatorTargetChanged
  | IndicatorValueReported
  | IndicatorValueCorrected
  | IndicatorRetired;

export const INDICATOR_EVENT_TYPES = everyOf<IndicatorEvent['type']>()([
  'IndicatorDefined',
  'IndicatorRevised',
  'IndicatorTargetChanged',
  'IndicatorValueReported',
  'IndicatorValueCorrected',
  'IndicatorRetired',
]);
