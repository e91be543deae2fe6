import { followUpsTo } from '../shared/follow-up-to.js';
import type { MeasureCommand } from './commands.js';

const toMeasure = followUpsTo<MeasureCommand>('Measure');

/** The one way to plan a measure from another aggregate: what adopting a recommendation sets off. */
export const planMeasureFollowUp = toMeasure('PlanMeasure');

/** A status report's Ampel, rated on the measure (the report's reason is the rating's). */
export const rateMeasureConfidenceFollowUp = toMeasure('RateMeasureConfidence');

/** A status report's progress, reported on the measure. */
export const reportMeasureProgressFollowUp = toMeasure('ReportMeasureProgress');
