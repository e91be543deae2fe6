import type { CommandMetadata, Confidence, FollowUp } from '../shared/index.js';
import type { PlanMeasure, RateMeasureConfidence, ReportMeasureProgress } from './commands.js';

/** The one way to plan a measure from another aggregate: what adopting a recommendation sets off. */
export const planMeasureFollowUp = (
  data: PlanMeasure['data'],
  metadata: CommandMetadata,
): FollowUp => {
  const command: PlanMeasure = { type: 'PlanMeasure', data, metadata };
  return { kind: 'Measure', command };
};

/** A status report's Ampel, rated on the measure (the report's reason is the rating's). */
export const rateMeasureConfidenceFollowUp = (
  measureId: string,
  confidence: Confidence,
  metadata: CommandMetadata,
): FollowUp => {
  const command: RateMeasureConfidence = {
    type: 'RateMeasureConfidence',
    data: { measureId, confidence },
    metadata,
  };
  return { kind: 'Measure', command };
};

/** A status report's progress, reported on the measure. */
export const reportMeasureProgressFollowUp = (
  measureId: string,
  progress: number,
  metadata: CommandMetadata,
): FollowUp => {
  const command: ReportMeasureProgress = {
    type: 'ReportMeasureProgress',
    data: { measureId, progress },
    metadata,
  };
  return { kind: 'Measure', command };
};
