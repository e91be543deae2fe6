import { type DomainEvent, everyOf, type RecordedData } from '../shared/index.js';
import type {
  AcceptStatusReport,
  OpenReportingCycle,
  ReportedValue,
  ReturnStatusReport,
  SubmitStatusReport,
} from './commands.js';

type Target = { readonly cycleId: string };

export type ReportingCycleOpened = DomainEvent<
  'ReportingCycleOpened',
  RecordedData<OpenReportingCycle['data'], 'deadline'>
>;

export type ReportedIndicatorValue = RecordedData<ReportedValue, 'referenceDate'>;

/** `reason` explains the confidence, `evidence` backs the narrative; values always a list. */
export type StatusReportSubmitted = DomainEvent<
  'StatusReportSubmitted',
  Omit<SubmitStatusReport['data'], 'indicatorValues'> & {
    readonly indicatorValues: readonly ReportedIndicatorValue[];
  }
>;

/** Figures on many indicators, reported together for the cycle; each also on its indicator. */
export type IndicatorValuesReported = DomainEvent<
  'IndicatorValuesReported',
  Target & { readonly values: readonly ReportedIndicatorValue[] }
>;

export type StatusReportAccepted = DomainEvent<'StatusReportAccepted', AcceptStatusReport['data']>;
/** `reason` says what to put right. */
export type StatusReportReturned = DomainEvent<'StatusReportReturned', ReturnStatusReport['data']>;

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
