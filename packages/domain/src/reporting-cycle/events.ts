import { type CalendarDate, type Confidence, type DomainEvent, everyOf } from '../shared/index.js';

type Target = { readonly cycleId: string };

export type ReportingCycleOpened = DomainEvent<
  'ReportingCycleOpened',
  Target & { readonly title: string; readonly deadline: CalendarDate }
>;

export interface ReportedIndicatorValue {
  readonly indicatorId: string;
  readonly valueId: string;
  readonly value: number;
  readonly referenceDate: CalendarDate;
  readonly source: string;
}

/** `reason` explains the confidence, `evidence` backs the narrative. */
export type StatusReportSubmitted = DomainEvent<
  'StatusReportSubmitted',
  Target & {
    readonly measureId: string;
    readonly narrative: string;
    readonly confidence: Confidence;
    readonly measureProgress?: number;
    readonly indicatorValues: readonly ReportedIndicatorValue[];
  }
>;

/** Figures on many indicators, reported together for the cycle; each also on its indicator. */
export type IndicatorValuesReported = DomainEvent<
  'IndicatorValuesReported',
  Target & { readonly values: readonly ReportedIndicatorValue[] }
>;

export type StatusReportAccepted = DomainEvent<
  'StatusReportAccepted',
  Target & { readonly measureId: string }
>;
/** `reason` says what to put right. */
export type StatusReportReturned = DomainEvent<
  'StatusReportReturned',
  Target & { readonly measureId: string }
>;

export type ReportingCycleClosed = DomainEvent<'ReportingCycleClosed', Target>;

export type ReportingCycleEvent =
  | ReportingCycleOpened
  | StatusReportSubmitted
  | IndicatorValuesReported
  | StatusReportAccepted
  | StatusReportReturned
  | ReportingCycleClosed;

export const REPORTING_CYCLE_EVENT_TYPES = everyOf<ReportingCycleEvent['type']>()([
  'ReportingCycleOpened',
  'StatusReportSubmitted',
  'IndicatorValuesReported',
  'StatusReportAccepted',
  'StatusReportReturned',
  'ReportingCycleClosed',
]);
