import { followUpsTo } from '../shared/follow-up-to.js';
import type { IndicatorCommand } from './commands.js';

const toIndicator = followUpsTo<IndicatorCommand>('Indicator');

/** The one way to report a value from another aggregate: what a submitted status report sets off. */
export const reportIndicatorValueFollowUp = toIndicator('ReportIndicatorValue');
