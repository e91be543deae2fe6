import type { CommandMetadata, FollowUp } from '../shared/index.js';
import type { ReportIndicatorValue } from './commands.js';

/** The one way to report a value from another aggregate: what a submitted status report sets off. */
export const reportIndicatorValueFollowUp = (
  data: ReportIndicatorValue['data'],
  metadata: CommandMetadata,
): FollowUp => {
  const command: ReportIndicatorValue = { type: 'ReportIndicatorValue', data, metadata };
  return { kind: 'Indicator', command };
};
