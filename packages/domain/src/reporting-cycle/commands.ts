import { type Command, type Confidence, everyOf } from '../shared/index.js';

type Target = { readonly cycleId: string };
/** One measure's report in the cycle. */
type OfReport = Target & { readonly measureId: string };

/** The ministry opens a Berichtszyklus („2. Halbjahr 2026“) with the day reports are due. */
export type OpenReportingCycle = Command<
  'OpenReportingCycle',
  Target & { readonly title: string; readonly deadline: string }
>;

/** One figure a report brings along, reported on the indicator. */
export interface ReportedValue {
  readonly indicatorId: string;
  readonly valueId: string;
  readonly value: number;
  readonly referenceDate: string;
  readonly source: string;
}

/**
 * The team's Sachstandsbericht on one open measure, once per cycle (again after a return).
 * `metadata.reason` says why the measure has this confidence; `metadata.evidence` backs the
 * narrative. Its confidence, progress (while the measure runs) and values are recorded on the
 * measure and its indicators in the same transaction.
 */
export type SubmitStatusReport = Command<
  'SubmitStatusReport',
  OfReport & {
    readonly narrative: string;
    readonly confidence: Confidence;
    /** The measure's progress in percent, while it runs. */
    readonly measureProgress?: number;
    readonly indicatorValues?: readonly ReportedValue[];
  }
>;

/**
 * Figures on many indicators at once, for the cycle (the bulk table, a spreadsheet): each is
 * recorded on its indicator in the same transaction, all or none.
 */
export type ReportIndicatorValues = Command<
  'ReportIndicatorValues',
  Target & { readonly values: readonly ReportedValue[] }
>;

export type AcceptStatusReport = Command<'AcceptStatusReport', OfReport>;
/** Needs `metadata.reason`: what the team is to put right. */
export type ReturnStatusReport = Command<'ReturnStatusReport', OfReport>;

/** Ends the cycle; reports still missing stay missing (visible as such). */
export type CloseReportingCycle = Command<'CloseReportingCycle', Target>;

export type ReportingCycleCommand =
  | OpenReportingCycle
  | SubmitStatusReport
  | ReportIndicatorValues
  | AcceptStatusReport
  | ReturnStatusReport
  | CloseReportingCycle;

export const REPORTING_CYCLE_COMMAND_TYPES = everyOf<ReportingCycleCommand['type']>()([
  'OpenReportingCycle',
  'SubmitStatusReport',
  'ReportIndicatorValues',
  'AcceptStatusReport',
  'ReturnStatusReport',
  'CloseReportingCycle',
]);
