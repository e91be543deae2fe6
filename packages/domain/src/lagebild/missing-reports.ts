import { isOpen, type MeasureState } from '../measure/index.js';
import type { ExistingReportingCycle } from '../reporting-cycle/index.js';

/** A report the cycle still lacks: none submitted yet, or returned and not submitted again. */
export interface MissingReport {
  readonly measureId: string;
  readonly returned: boolean;
}

/**
 * Which open measures owe the cycle a report, derived from the cycle's and the measures' states
 * at a moment (a measure completed or stopped owes none).
 */
export const missingReports = (
  cycle: ExistingReportingCycle,
  measures: readonly MeasureState[],
): readonly MissingReport[] =>
  measures.flatMap((measure): MissingReport[] => {
    if (!isOpen(measure)) return [];
    const report = cycle.reports.find((each) => each.measureId === measure.measureId);
    if (report === undefined) return [{ measureId: measure.measureId, returned: false }];
    return report.status === 'returned' ? [{ measureId: measure.measureId, returned: true }] : [];
  });
