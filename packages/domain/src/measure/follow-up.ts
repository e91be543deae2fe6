import type { CommandMetadata, FollowUp } from '../shared/index.js';
import type { PlanMeasure } from './commands.js';

/** The one way to plan a measure from another aggregate: what adopting a recommendation sets off. */
export const planMeasureFollowUp = (
  data: PlanMeasure['data'],
  metadata: CommandMetadata,
): FollowUp => {
  const command: PlanMeasure = { type: 'PlanMeasure', data, metadata };
  return { kind: 'Measure', command };
};
