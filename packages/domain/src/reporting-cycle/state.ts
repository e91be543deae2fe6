import {
  assertNever,
  type CalendarDate,
  type Confidence,
  type Evidence,
  type Existing,
  reasonAs,
} from '../shared/index.js';
import type { ReportedIndicatorValue, ReportingCycleEvent } from './events.js';

/** submitted → accepted, or returned → submitted again. */
export const REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A measure's report in the cycle, as it stands (earlier submissions are in the events). */
export interface StatusReport {
  readonly measureId: string;
  readonly status: ReportStatus;
  readonly narrative: string;
  readonly confidence: Confidence;
  readonly confidenceReason?: string;
  readonly measureProgress?: number;
  readonly indicatorValues: readonly ReportedIndicatorValue[];
  readonly evidence: readonly Evidence[];
  readonly submittedAt: string;
  /** 1 for the first submission, more after returns. */
  readonly submissions: number;
  readonly reviewedAt?: string;
  readonly returnReason?: string;
}

export interface CycleBase {
  readonly cycleId: string;
  readonly title: string;
  readonly deadline: CalendarDate;
  /** In the order first submitted. */
  readonly reports: readonly StatusReport[];
  readonly openedAt: string;
}

export type ReportingCycleState =
  | { readonly status: 'empty' }
  | (CycleBase & { readonly status: 'open' })
  | (CycleBase & { readonly status: 'closed'; readonly closedAt: string });

export type ExistingReportingCycle = Existing<ReportingCycleState>;
export type ReportingCycleStatus = ExistingReportingCycle['status'];

export const REPORTING_CYCLE_STATUSES = [
  'open',
  'closed',
] as const satisfies readonly ReportingCycleStatus[];

export const initialState: ReportingCycleState = { status: 'empty' };

const updateReport =
  (measureId: string, change: (report: StatusReport) => StatusReport) =>
  (state: ReportingCycleState): ReportingCycleState =>
    state.status === 'empty'
      ? state
      : {
          ...state,
          reports: state.reports.map((each) =>
            each.measureId === measureId ? change(each) : each,
          ),
        };

/** Events come from `decide`, so one that does not fit the state is ignored, never thrown. */
export const evolve = (
  state: ReportingCycleState,
  event: ReportingCycleEvent,
): ReportingCycleState => {
  const at = event.occurredAt;
  switch (event.type) {
    case 'ReportingCycleOpened':
      return { status: 'open', ...event.data, reports: [], openedAt: at };
    case 'StatusReportSubmitted': {
      if (state.status === 'empty') return state;
      const { cycleId: _, ...data } = event.data;
      const earlier = state.reports.find((each) => each.measureId === data.measureId);
      const report: StatusReport = {
        ...data,
        status: 'submitted',
        ...reasonAs('confidenceReason', event),
        evidence: event.evidence ?? [],
        submittedAt: at,
        submissions: (earlier?.submissions ?? 0) + 1,
      };
      return earlier === undefined
        ? { ...state, reports: [...state.reports, report] }
        : updateReport(data.measureId, () => report)(state);
    }
    case 'IndicatorValuesReported':
      // The figures live on the indicators; the cycle's history shows the batch.
      return state;
    case 'StatusReportAccepted':
      return updateReport(event.data.measureId, (report) => ({
        ...report,
        status: 'accepted',
        reviewedAt: at,
      }))(state);
    case 'StatusReportReturned':
      return updateReport(event.data.measureId, (report) => ({
        ...report,
        status: 'returned',
        reviewedAt: at,
        ...reasonAs('returnReason', event),
      }))(state);
    case 'ReportingCycleClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closedAt: at } : state;
    default:
      return assertNever(event);
  }
};
